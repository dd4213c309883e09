import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GlossaryTermsInWorkflow: glossary terms become the library workflow's GLOSSARY_TERM kind. Each
 * existing term gets its content item (same id; status and audience move there; the definition
 * becomes the item's summary and escaped body), then the term's own status, audience and
 * updated-by columns go and its id references the item.
 */
export class GlossaryTermsInWorkflow1796471000000 implements MigrationInterface {
  name = 'GlossaryTermsInWorkflow1796471000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "content_item" ("id", "kind", "status", "audience", "title", "slug", "summary", "body", "published_at", "created_at", "updated_at")
       SELECT g."id", 'GLOSSARY_TERM', g."status", g."audience", g."term", g."slug", left(g."definition", 500),
              '<p>' || replace(replace(replace(replace(replace(g."definition", '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') || '</p>',
              CASE WHEN g."status" = 'PUBLISHED' THEN g."updated_at" END, g."created_at", g."updated_at"
         FROM "glossary_term" g`,
    );
    await queryRunner.query(`ALTER TABLE "glossary_term" DROP CONSTRAINT "FK_d6ab9db928c618b687b1e7e8d53"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_term_updated_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_term_status_letter_term_idx"`);
    await queryRunner.query(`ALTER TABLE "glossary_term" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "glossary_term" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "glossary_term" DROP COLUMN "audience"`);
    await queryRunner.query(`ALTER TABLE "glossary_term" ALTER COLUMN "id" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE INDEX "glossary_term_letter_sort_key_idx" ON "glossary_term" ("letter", "sort_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_term" ADD CONSTRAINT "FK_0392cb8d1b80ba9570ad6344b85" FOREIGN KEY ("id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "glossary_term" DROP CONSTRAINT "FK_0392cb8d1b80ba9570ad6344b85"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_term_letter_sort_key_idx"`);
    await queryRunner.query(`ALTER TABLE "glossary_term" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await queryRunner.query(
      `ALTER TABLE "glossary_term" ADD "audience" character varying(10) NOT NULL DEFAULT 'PUBLIC'`,
    );
    await queryRunner.query(`ALTER TABLE "glossary_term" ADD "status" character varying(10) NOT NULL DEFAULT 'DRAFT'`);
    await queryRunner.query(`ALTER TABLE "glossary_term" ADD "updated_by_id" uuid`);
    await queryRunner.query(
      `UPDATE "glossary_term" g SET "status" = CASE WHEN c."status" = 'PUBLISHED' THEN 'PUBLISHED' ELSE 'DRAFT' END, "audience" = c."audience" FROM "content_item" c WHERE c."id" = g."id"`,
    );
    await queryRunner.query(
      `CREATE INDEX "glossary_term_status_letter_term_idx" ON "glossary_term" ("status", "letter", "sort_key") `,
    );
    await queryRunner.query(`CREATE INDEX "glossary_term_updated_by_id_idx" ON "glossary_term" ("updated_by_id") `);
    await queryRunner.query(
      `ALTER TABLE "glossary_term" ADD CONSTRAINT "FK_d6ab9db928c618b687b1e7e8d53" FOREIGN KEY ("updated_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`DELETE FROM "content_item" WHERE "kind" = 'GLOSSARY_TERM'`);
  }
}
