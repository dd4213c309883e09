import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddModeration: generated from the entities, then reviewed. */
export class AddModeration1796467135876 implements MigrationInterface {
  name = 'AddModeration1796467135876';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "category_moderator" ("category_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_c9d442d2e90f25726cb790dfeed" PRIMARY KEY ("category_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "category_moderator_person_id_idx" ON "category_moderator"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "moderation_audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(40) NOT NULL, "person_id" uuid, "post_id" uuid, "thread_id" uuid, "category_id" uuid, "reason" character varying(1000) NOT NULL, "detail" character varying(200) NOT NULL DEFAULT '', CONSTRAINT "PK_702d6f65bea017b1d458e54a3c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_audit_person_id_at_id_idx" ON "moderation_audit"  ("person_id", "at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_audit_actor_id_at_id_idx" ON "moderation_audit"  ("actor_id", "at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "moderation_audit_action_at_id_idx" ON "moderation_audit"  ("action", "at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "moderation_audit_at_id_idx" ON "moderation_audit"  ("at", "id") `);
    // The audit log is append-only (EXTRA_SCHEMA): nobody, the app included, can change or remove an entry.
    await queryRunner.query(
      `CREATE FUNCTION "moderation_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'The moderation audit log cannot be changed: entries are only ever added.' USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "moderation_audit_no_change" BEFORE UPDATE OR DELETE ON "moderation_audit" FOR EACH ROW EXECUTE FUNCTION "moderation_audit_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "moderation_audit_no_truncate" BEFORE TRUNCATE ON "moderation_audit" FOR EACH STATEMENT EXECUTE FUNCTION "moderation_audit_append_only"()`,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_setting" ("id" smallint NOT NULL, "flag_threshold" integer NOT NULL, "hold_first_posts" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "moderation_setting_one_row_check" CHECK ("id" = 1), CONSTRAINT "PK_37ed583c3605827d3c7e6ef77de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "post_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "flagger_id" uuid, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bc3f9934b880708defa8088096d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "post_flag_flagger_id_idx" ON "post_flag"  ("flagger_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "post_flag_post_id_flagger_id_key" ON "post_flag"  ("post_id", "flagger_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "suspension" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "suspended_by_id" uuid, "reason" character varying(1000) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lifted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b46f45ab12700f920ef9237a967" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "suspension_ends_at_id_idx" ON "suspension"  ("ends_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "suspension_person_id_ends_at_idx" ON "suspension"  ("person_id", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "watched_word" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "word" character varying(100) NOT NULL, "action" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "watched_word_action_check" CHECK ("action" in ('BLOCK', 'HOLD', 'FLAG')), CONSTRAINT "PK_476fd190680d40f48a93d69eeee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "watched_word_word_key" ON "watched_word"  ("word") `);
    await queryRunner.query(
      `ALTER TABLE "post" ADD "moderation_state" character varying(8) NOT NULL DEFAULT 'VISIBLE'`,
    );
    await queryRunner.query(`ALTER TABLE "post" ADD "queued_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "post_queued_at_id_idx" ON "post"  ("queued_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "post_moderation_state_check" CHECK ("moderation_state" in ('VISIBLE', 'HIDDEN', 'HELD'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_moderator" ADD CONSTRAINT "FK_472beef3b2dcca15c7273653a91" FOREIGN KEY ("category_id") REFERENCES "forum_category"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_moderator" ADD CONSTRAINT "FK_3e7e069caa388d9b42ede3c5005" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_flag" ADD CONSTRAINT "FK_c1c148672cbadd895b2e41f4879" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_flag" ADD CONSTRAINT "FK_601266c080c104e7d9113ae341c" FOREIGN KEY ("flagger_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "suspension" ADD CONSTRAINT "FK_7196cb0a32bae374d5aaa7dcf3e" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "suspension" ADD CONSTRAINT "FK_f57d5f3f643f44b0418c25f8888" FOREIGN KEY ("suspended_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "suspension" DROP CONSTRAINT "FK_f57d5f3f643f44b0418c25f8888"`);
    await queryRunner.query(`ALTER TABLE "suspension" DROP CONSTRAINT "FK_7196cb0a32bae374d5aaa7dcf3e"`);
    await queryRunner.query(`ALTER TABLE "post_flag" DROP CONSTRAINT "FK_601266c080c104e7d9113ae341c"`);
    await queryRunner.query(`ALTER TABLE "post_flag" DROP CONSTRAINT "FK_c1c148672cbadd895b2e41f4879"`);
    await queryRunner.query(`ALTER TABLE "category_moderator" DROP CONSTRAINT "FK_3e7e069caa388d9b42ede3c5005"`);
    await queryRunner.query(`ALTER TABLE "category_moderator" DROP CONSTRAINT "FK_472beef3b2dcca15c7273653a91"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "post_moderation_state_check"`);
    await queryRunner.query(`DROP INDEX "public"."post_queued_at_id_idx"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "queued_at"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "moderation_state"`);
    await queryRunner.query(`DROP INDEX "public"."watched_word_word_key"`);
    await queryRunner.query(`DROP TABLE "watched_word"`);
    await queryRunner.query(`DROP INDEX "public"."suspension_person_id_ends_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."suspension_ends_at_id_idx"`);
    await queryRunner.query(`DROP TABLE "suspension"`);
    await queryRunner.query(`DROP INDEX "public"."post_flag_post_id_flagger_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."post_flag_flagger_id_idx"`);
    await queryRunner.query(`DROP TABLE "post_flag"`);
    await queryRunner.query(`DROP TABLE "moderation_setting"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_audit_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_audit_action_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_audit_actor_id_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_audit_person_id_at_id_idx"`);
    await queryRunner.query(`DROP TABLE "moderation_audit"`);
    await queryRunner.query(`DROP FUNCTION "moderation_audit_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."category_moderator_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "category_moderator"`);
  }
}
