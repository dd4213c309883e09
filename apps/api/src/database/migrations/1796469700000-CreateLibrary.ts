import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CreateLibrary: the library's one editorial workflow (content items, revisions) and blog posts. */
export class CreateLibrary1796469700000 implements MigrationInterface {
  name = 'CreateLibrary1796469700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "content_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'DRAFT', "audience" character varying(10) NOT NULL DEFAULT 'STAFF', "title" character varying(200) NOT NULL, "slug" character varying(120) NOT NULL, "summary" character varying(500) NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "word_count" integer NOT NULL DEFAULT '0', "author_id" uuid, "publish_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_65d05a7056f7b695c9473ce43b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "content_item_author_id_idx" ON "content_item"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "content_item_publish_at_idx" ON "content_item"  ("publish_at") `);
    await queryRunner.query(`CREATE INDEX "content_item_updated_by_id_idx" ON "content_item"  ("updated_by_id") `);
    await queryRunner.query(
      `CREATE INDEX "content_item_kind_status_updated_at_idx" ON "content_item"  ("kind", "status", "updated_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "content_item_kind_status_published_at_idx" ON "content_item"  ("kind", "status", "published_at", "id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "content_item_kind_slug_key" ON "content_item"  ("kind", "slug") `);
    await queryRunner.query(
      `CREATE TABLE "blog_post" ("content_item_id" uuid NOT NULL, "cover_media_id" uuid, "cover_alt" character varying(300), "tags" text array NOT NULL DEFAULT '{}', "featured" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_0d6d30b67538066fe7b431479ac" PRIMARY KEY ("content_item_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "blog_post_cover_media_id_idx" ON "blog_post"  ("cover_media_id") `);
    await queryRunner.query(`CREATE INDEX "blog_post_featured_idx" ON "blog_post"  ("featured") `);
    await queryRunner.query(`CREATE INDEX "blog_post_tags_idx" ON "blog_post" USING gin ("tags")`);
    await queryRunner.query(
      `CREATE TABLE "content_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "content_item_id" uuid NOT NULL, "number" integer NOT NULL, "event" character varying(12) NOT NULL, "status" character varying(12) NOT NULL, "title" character varying(200) NOT NULL, "summary" character varying(500) NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9a263b2bcb4233173933931fb7d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "content_revision_created_by_id_idx" ON "content_revision"  ("created_by_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "content_revision_content_item_id_number_key" ON "content_revision"  ("content_item_id", "number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "content_item" ADD CONSTRAINT "FK_37977d540ab05e3485fa7c38b9b" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_item" ADD CONSTRAINT "FK_70c24405f647a93858201f3467f" FOREIGN KEY ("updated_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "blog_post" ADD CONSTRAINT "FK_0d6d30b67538066fe7b431479ac" FOREIGN KEY ("content_item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "blog_post" ADD CONSTRAINT "FK_7e293dd1facd3c03b0b10289973" FOREIGN KEY ("cover_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_revision" ADD CONSTRAINT "FK_1648cd6c3629d6428ff6e57f676" FOREIGN KEY ("content_item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_revision" ADD CONSTRAINT "FK_b898771bea1549e1fff68eafb45" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "content_revision" DROP CONSTRAINT "FK_b898771bea1549e1fff68eafb45"`);
    await queryRunner.query(`ALTER TABLE "content_revision" DROP CONSTRAINT "FK_1648cd6c3629d6428ff6e57f676"`);
    await queryRunner.query(`ALTER TABLE "blog_post" DROP CONSTRAINT "FK_7e293dd1facd3c03b0b10289973"`);
    await queryRunner.query(`ALTER TABLE "blog_post" DROP CONSTRAINT "FK_0d6d30b67538066fe7b431479ac"`);
    await queryRunner.query(`ALTER TABLE "content_item" DROP CONSTRAINT "FK_70c24405f647a93858201f3467f"`);
    await queryRunner.query(`ALTER TABLE "content_item" DROP CONSTRAINT "FK_37977d540ab05e3485fa7c38b9b"`);
    await queryRunner.query(`DROP INDEX "public"."content_revision_content_item_id_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."content_revision_created_by_id_idx"`);
    await queryRunner.query(`DROP TABLE "content_revision"`);
    await queryRunner.query(`DROP INDEX "public"."blog_post_tags_idx"`);
    await queryRunner.query(`DROP INDEX "public"."blog_post_featured_idx"`);
    await queryRunner.query(`DROP INDEX "public"."blog_post_cover_media_id_idx"`);
    await queryRunner.query(`DROP TABLE "blog_post"`);
    await queryRunner.query(`DROP INDEX "public"."content_item_kind_slug_key"`);
    await queryRunner.query(`DROP INDEX "public"."content_item_kind_status_published_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."content_item_kind_status_updated_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."content_item_updated_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."content_item_publish_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."content_item_author_id_idx"`);
    await queryRunner.query(`DROP TABLE "content_item"`);
  }
}
