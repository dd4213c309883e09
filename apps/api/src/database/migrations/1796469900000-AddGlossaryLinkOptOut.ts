import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddGlossaryLinkOptOut: the editors' per-content switch that turns glossary linking off. */
export class AddGlossaryLinkOptOut1796469900000 implements MigrationInterface {
  name = 'AddGlossaryLinkOptOut1796469900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "glossary_link_opt_out" ("content_kind" character varying(20) NOT NULL, "content_id" uuid NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aaaaad19af2756d7056f67faf16" PRIMARY KEY ("content_kind", "content_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "glossary_link_opt_out_created_by_id_idx" ON "glossary_link_opt_out" ("created_by_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_link_opt_out" ADD CONSTRAINT "FK_0edf0102ae853b5fde816bd5e39" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "glossary_link_opt_out"`);
  }
}
