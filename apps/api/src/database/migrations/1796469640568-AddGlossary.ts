import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddGlossary: glossary terms and translations, with accent-insensitive trigram search (unaccent + pg_trgm). */
export class AddGlossary1796469640568 implements MigrationInterface {
  name = 'AddGlossary1796469640568';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: unaccent folds "Łódź" to "lodz" when the search text is written and searched.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE TABLE "glossary_translation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "term_id" uuid NOT NULL, "language_code" character varying(35) NOT NULL, "language_name" character varying(60) NOT NULL, "text" character varying(200) NOT NULL, "pronunciation" character varying(200), "audio_media_id" uuid, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_abc4006867b6bbdc3e2a7987eb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "glossary_translation_language_code_idx" ON "glossary_translation"  ("language_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "glossary_translation_audio_media_id_idx" ON "glossary_translation"  ("audio_media_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "glossary_translation_term_id_language_code_key" ON "glossary_translation"  ("term_id", "language_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "glossary_term" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "term" character varying(120) NOT NULL, "sort_key" character varying(120) NOT NULL, "letter" character varying(1) NOT NULL, "definition" character varying(1000) NOT NULL, "category" character varying(20) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'DRAFT', "audience" character varying(10) NOT NULL DEFAULT 'PUBLIC', "search_text" text NOT NULL DEFAULT '', "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0392cb8d1b80ba9570ad6344b85" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "glossary_term_slug_key" ON "glossary_term"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "glossary_term_category_idx" ON "glossary_term"  ("category") `);
    await queryRunner.query(`CREATE INDEX "glossary_term_updated_by_id_idx" ON "glossary_term"  ("updated_by_id") `);
    await queryRunner.query(
      `CREATE INDEX "glossary_term_status_letter_term_idx" ON "glossary_term"  ("status", "letter", "sort_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_translation" ADD CONSTRAINT "FK_c0e1bab88c9841c16daf6758531" FOREIGN KEY ("term_id") REFERENCES "glossary_term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_translation" ADD CONSTRAINT "FK_d7b81c77cda1ef0be891a84afe1" FOREIGN KEY ("audio_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_term" ADD CONSTRAINT "FK_d6ab9db928c618b687b1e7e8d53" FOREIGN KEY ("updated_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Hand-written: the trigram index search uses (see extra-schema.ts).
    await queryRunner.query(
      `CREATE INDEX "glossary_term_search_text_trgm_idx" ON "glossary_term" USING gin ("search_text" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."glossary_term_search_text_trgm_idx"`);
    await queryRunner.query(`ALTER TABLE "glossary_term" DROP CONSTRAINT "FK_d6ab9db928c618b687b1e7e8d53"`);
    await queryRunner.query(`ALTER TABLE "glossary_translation" DROP CONSTRAINT "FK_d7b81c77cda1ef0be891a84afe1"`);
    await queryRunner.query(`ALTER TABLE "glossary_translation" DROP CONSTRAINT "FK_c0e1bab88c9841c16daf6758531"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_term_status_letter_term_idx"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_term_updated_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_term_category_idx"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_term_slug_key"`);
    await queryRunner.query(`DROP TABLE "glossary_term"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_translation_term_id_language_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_translation_audio_media_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."glossary_translation_language_code_idx"`);
    await queryRunner.query(`DROP TABLE "glossary_translation"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
