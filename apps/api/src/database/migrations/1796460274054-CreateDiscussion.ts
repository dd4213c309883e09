import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CreateDiscussion: generated from the entities, then reviewed. */
export class CreateDiscussion1796460274054 implements MigrationInterface {
  name = 'CreateDiscussion1796460274054';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "forum_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" character varying(1000) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "allowed_roles" text array NOT NULL DEFAULT '{}', "allowed_sectors" text array NOT NULL DEFAULT '{}', "allowed_organisation_ids" uuid array NOT NULL DEFAULT '{}', "allows_anonymous" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c2da35d6b1460edf3e241bb16f7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "forum_category_position_idx" ON "forum_category"  ("position", "id") `);
    await queryRunner.query(
      `CREATE TABLE "discussion_thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid, "lesson_id" uuid, "title" character varying(200) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "author_id" uuid, "anonymous" boolean NOT NULL DEFAULT false, "pinned" boolean NOT NULL DEFAULT false, "locked" boolean NOT NULL DEFAULT false, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, "post_count" integer NOT NULL DEFAULT '0', "seq" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "discussion_thread_one_home_check" CHECK (("category_id" is null) <> ("lesson_id" is null)), CONSTRAINT "PK_1965fcdba12f581678be29eeba5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "discussion_thread_lesson_id_key" ON "discussion_thread"  ("lesson_id") `,
    );
    await queryRunner.query(`CREATE INDEX "discussion_thread_author_id_idx" ON "discussion_thread"  ("author_id") `);
    await queryRunner.query(
      `CREATE INDEX "discussion_thread_category_activity_idx" ON "discussion_thread"  ("category_id", "pinned", "last_activity_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "seq" integer NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "scene_id" character varying(64), "anonymous" boolean NOT NULL DEFAULT false, "quoted_post_id" uuid, "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "post_quoted_post_id_idx" ON "post"  ("quoted_post_id") `);
    await queryRunner.query(`CREATE INDEX "post_author_id_created_at_idx" ON "post"  ("author_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "post_thread_id_seq_key" ON "post"  ("thread_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "post_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "body" text NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0fb8b6151edec86b21b1fd40300" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "post_revision_post_id_written_at_idx" ON "post_revision"  ("post_id", "written_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_thread" ADD CONSTRAINT "FK_c491ec9b187479b83b4adacbc56" FOREIGN KEY ("category_id") REFERENCES "forum_category"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_thread" ADD CONSTRAINT "FK_503edc431eb7823b5a24aabf0e7" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_thread" ADD CONSTRAINT "FK_7c1218f40760e2d6725c007252d" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "FK_34b1af108a2cba82cdbfefaefb1" FOREIGN KEY ("thread_id") REFERENCES "discussion_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post" ADD CONSTRAINT "FK_aa35a2409a03b1ddeedd244a498" FOREIGN KEY ("quoted_post_id") REFERENCES "post"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_revision" ADD CONSTRAINT "FK_16871ad1d4b765c7db2fb46ee0c" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_revision" DROP CONSTRAINT "FK_16871ad1d4b765c7db2fb46ee0c"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_aa35a2409a03b1ddeedd244a498"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62"`);
    await queryRunner.query(`ALTER TABLE "post" DROP CONSTRAINT "FK_34b1af108a2cba82cdbfefaefb1"`);
    await queryRunner.query(`ALTER TABLE "discussion_thread" DROP CONSTRAINT "FK_7c1218f40760e2d6725c007252d"`);
    await queryRunner.query(`ALTER TABLE "discussion_thread" DROP CONSTRAINT "FK_503edc431eb7823b5a24aabf0e7"`);
    await queryRunner.query(`ALTER TABLE "discussion_thread" DROP CONSTRAINT "FK_c491ec9b187479b83b4adacbc56"`);
    await queryRunner.query(`DROP INDEX "public"."post_revision_post_id_written_at_idx"`);
    await queryRunner.query(`DROP TABLE "post_revision"`);
    await queryRunner.query(`DROP INDEX "public"."post_thread_id_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."post_author_id_created_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."post_quoted_post_id_idx"`);
    await queryRunner.query(`DROP TABLE "post"`);
    await queryRunner.query(`DROP INDEX "public"."discussion_thread_category_activity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."discussion_thread_author_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."discussion_thread_lesson_id_key"`);
    await queryRunner.query(`DROP TABLE "discussion_thread"`);
    await queryRunner.query(`DROP INDEX "public"."forum_category_position_idx"`);
    await queryRunner.query(`DROP TABLE "forum_category"`);
  }
}
