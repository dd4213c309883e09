import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CreateLearning: generated from the entities, then reviewed. */
export class CreateLearning1795457244335 implements MigrationInterface {
  name = 'CreateLearning1795457244335';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "mime" character varying(100) NOT NULL, "size" integer NOT NULL, "storage_key" character varying(100) NOT NULL, "original_name" character varying(200) NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "media_storage_key_key" ON "media"  ("storage_key") `);
    await queryRunner.query(`CREATE INDEX "media_uploaded_by_id_idx" ON "media"  ("uploaded_by_id") `);
    await queryRunner.query(
      `CREATE TABLE "learning_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL DEFAULT '', "outcomes" text array NOT NULL DEFAULT '{}', "topic" character varying(80) NOT NULL, "audience" character varying(10) NOT NULL DEFAULT 'STAFF', "cover_media_id" uuid, "cover_alt" character varying(300), "status" character varying(12) NOT NULL DEFAULT 'DRAFT', "position" integer NOT NULL DEFAULT '0', "competency_ids" uuid array NOT NULL DEFAULT '{}', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18059fa85d29772b550f94d3103" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "learning_module_slug_key" ON "learning_module"  ("slug") `);
    await queryRunner.query(`CREATE INDEX "learning_module_topic_idx" ON "learning_module"  ("topic") `);
    await queryRunner.query(`CREATE INDEX "learning_module_audience_idx" ON "learning_module"  ("audience") `);
    await queryRunner.query(
      `CREATE INDEX "learning_module_cover_media_id_idx" ON "learning_module"  ("cover_media_id") `,
    );
    await queryRunner.query(`CREATE INDEX "learning_module_status_idx" ON "learning_module"  ("status") `);
    await queryRunner.query(
      `CREATE INDEX "learning_module_created_by_id_idx" ON "learning_module"  ("created_by_id") `,
    );
    await queryRunner.query(`CREATE INDEX "learning_module_position_id_idx" ON "learning_module"  ("position", "id") `);
    await queryRunner.query(
      `CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "module_id" uuid NOT NULL, "code" character varying(10) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "certificate_module_id_idx" ON "certificate"  ("module_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificate_code_key" ON "certificate"  ("code") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_person_id_module_id_key" ON "certificate"  ("person_id", "module_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "outcomes" text array NOT NULL DEFAULT '{}', "test_role" character varying(10) NOT NULL DEFAULT 'NONE', "draft_content" jsonb NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'DRAFT', "published_revision_id" uuid, "publish_at" TIMESTAMP WITH TIME ZONE, "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ef25918f0237e68696dee455bd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "lesson_status_idx" ON "lesson"  ("status") `);
    await queryRunner.query(`CREATE INDEX "lesson_published_revision_id_idx" ON "lesson"  ("published_revision_id") `);
    await queryRunner.query(`CREATE INDEX "lesson_publish_at_idx" ON "lesson"  ("publish_at") `);
    await queryRunner.query(`CREATE INDEX "lesson_updated_by_id_idx" ON "lesson"  ("updated_by_id") `);
    await queryRunner.query(`CREATE INDEX "lesson_module_id_position_idx" ON "lesson"  ("module_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "lesson_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "lesson_id" uuid NOT NULL, "number" integer NOT NULL, "title" character varying(200) NOT NULL, "content" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3132526ec440461891f328215f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "lesson_revision_created_by_id_idx" ON "lesson_revision"  ("created_by_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "lesson_revision_lesson_id_number_key" ON "lesson_revision"  ("lesson_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lesson_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "attempt_number" integer NOT NULL, "state" jsonb NOT NULL DEFAULT '{}', "status" character varying(12) NOT NULL DEFAULT 'IN_PROGRESS', "score" integer, "passed" boolean, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1aa793ed48acc8739fd9be8e9d6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "lesson_attempt_lesson_id_idx" ON "lesson_attempt"  ("lesson_id") `);
    await queryRunner.query(`CREATE INDEX "lesson_attempt_revision_id_idx" ON "lesson_attempt"  ("revision_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "lesson_attempt_one_in_progress_key" ON "lesson_attempt"  ("person_id", "lesson_id") WHERE "status" = 'IN_PROGRESS'`,
    );
    await queryRunner.query(
      `CREATE INDEX "lesson_attempt_person_id_lesson_id_idx" ON "lesson_attempt"  ("person_id", "lesson_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "scenario_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attempt_id" uuid NOT NULL, "person_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "revision_id" uuid NOT NULL, "scene_id" character varying(64) NOT NULL, "choice_id" character varying(64) NOT NULL, "sector" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7a63bd6de5ac2c434b839e555e5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "scenario_decision_attempt_id_idx" ON "scenario_decision"  ("attempt_id") `);
    await queryRunner.query(`CREATE INDEX "scenario_decision_person_id_idx" ON "scenario_decision"  ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "scenario_decision_revision_id_idx" ON "scenario_decision"  ("revision_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "scenario_decision_lesson_id_scene_id_idx" ON "scenario_decision"  ("lesson_id", "scene_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "media" ADD CONSTRAINT "FK_0498a52d4d304aa6810d0772208" FOREIGN KEY ("uploaded_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_module" ADD CONSTRAINT "FK_35f6ee00992d6b42c9a272e99b1" FOREIGN KEY ("cover_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_module" ADD CONSTRAINT "FK_28461fcdd9be379b991223e34bd" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_72edceab6e5aa36f58007d24f47" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_7d3d4f5d7b3efd097d49fce17b7" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_53d2329d64a9274517d7160c29c" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_7027176fe959c2f0bec6457c53b" FOREIGN KEY ("published_revision_id") REFERENCES "lesson_revision"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson" ADD CONSTRAINT "FK_d25935b86bb02925bc997f4ca97" FOREIGN KEY ("updated_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_revision" ADD CONSTRAINT "FK_fb6d6b68327f2022c28d59d23e3" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_revision" ADD CONSTRAINT "FK_288439dcd356c365bcdecee8419" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_attempt" ADD CONSTRAINT "FK_0a38e228066181ecdcd68c36663" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_attempt" ADD CONSTRAINT "FK_8937be6fde139069a037748576c" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lesson_attempt" ADD CONSTRAINT "FK_169ba04f53c763f1ae570a15b09" FOREIGN KEY ("revision_id") REFERENCES "lesson_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scenario_decision" ADD CONSTRAINT "FK_af9ab2180b67130ac81b197dfb1" FOREIGN KEY ("attempt_id") REFERENCES "lesson_attempt"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scenario_decision" ADD CONSTRAINT "FK_ad1eeda1add5b888a27c1a503fb" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scenario_decision" ADD CONSTRAINT "FK_0c98f95750cb1c47cc538b91da6" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scenario_decision" ADD CONSTRAINT "FK_ee3cebb7c0d47d22b4699fbe51e" FOREIGN KEY ("revision_id") REFERENCES "lesson_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written: indexes entities cannot express (catalogue title search, competency look-up).
    await queryRunner.query(
      `CREATE INDEX "learning_module_title_trgm_idx" ON "learning_module" USING gin (lower("title") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "learning_module_competency_ids_idx" ON "learning_module" USING gin ("competency_ids")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "learning_module_competency_ids_idx"`);
    await queryRunner.query(`DROP INDEX "learning_module_title_trgm_idx"`);
    await queryRunner.query(`ALTER TABLE "scenario_decision" DROP CONSTRAINT "FK_ee3cebb7c0d47d22b4699fbe51e"`);
    await queryRunner.query(`ALTER TABLE "scenario_decision" DROP CONSTRAINT "FK_0c98f95750cb1c47cc538b91da6"`);
    await queryRunner.query(`ALTER TABLE "scenario_decision" DROP CONSTRAINT "FK_ad1eeda1add5b888a27c1a503fb"`);
    await queryRunner.query(`ALTER TABLE "scenario_decision" DROP CONSTRAINT "FK_af9ab2180b67130ac81b197dfb1"`);
    await queryRunner.query(`ALTER TABLE "lesson_attempt" DROP CONSTRAINT "FK_169ba04f53c763f1ae570a15b09"`);
    await queryRunner.query(`ALTER TABLE "lesson_attempt" DROP CONSTRAINT "FK_8937be6fde139069a037748576c"`);
    await queryRunner.query(`ALTER TABLE "lesson_attempt" DROP CONSTRAINT "FK_0a38e228066181ecdcd68c36663"`);
    await queryRunner.query(`ALTER TABLE "lesson_revision" DROP CONSTRAINT "FK_288439dcd356c365bcdecee8419"`);
    await queryRunner.query(`ALTER TABLE "lesson_revision" DROP CONSTRAINT "FK_fb6d6b68327f2022c28d59d23e3"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_d25935b86bb02925bc997f4ca97"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_7027176fe959c2f0bec6457c53b"`);
    await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_53d2329d64a9274517d7160c29c"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_7d3d4f5d7b3efd097d49fce17b7"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_72edceab6e5aa36f58007d24f47"`);
    await queryRunner.query(`ALTER TABLE "learning_module" DROP CONSTRAINT "FK_28461fcdd9be379b991223e34bd"`);
    await queryRunner.query(`ALTER TABLE "learning_module" DROP CONSTRAINT "FK_35f6ee00992d6b42c9a272e99b1"`);
    await queryRunner.query(`ALTER TABLE "media" DROP CONSTRAINT "FK_0498a52d4d304aa6810d0772208"`);
    await queryRunner.query(`DROP INDEX "public"."scenario_decision_lesson_id_scene_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scenario_decision_revision_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scenario_decision_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."scenario_decision_attempt_id_idx"`);
    await queryRunner.query(`DROP TABLE "scenario_decision"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_attempt_person_id_lesson_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_attempt_one_in_progress_key"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_attempt_revision_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_attempt_lesson_id_idx"`);
    await queryRunner.query(`DROP TABLE "lesson_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_revision_lesson_id_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_revision_created_by_id_idx"`);
    await queryRunner.query(`DROP TABLE "lesson_revision"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_module_id_position_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_updated_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_publish_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_published_revision_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."lesson_status_idx"`);
    await queryRunner.query(`DROP TABLE "lesson"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_person_id_module_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_module_id_idx"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP INDEX "public"."learning_module_position_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_module_created_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_module_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_module_cover_media_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_module_audience_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_module_topic_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_module_slug_key"`);
    await queryRunner.query(`DROP TABLE "learning_module"`);
    await queryRunner.query(`DROP INDEX "public"."media_uploaded_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."media_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "media"`);
  }
}
