import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddPodcasts: generated from the entities, then reviewed. */
export class AddPodcasts1796478048000 implements MigrationInterface {
  name = 'AddPodcasts1796478048000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "podcast_show" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(120) NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(4000) NOT NULL DEFAULT '', "artwork_media_id" uuid, "artwork_alt" character varying(300), "audience" character varying(10) NOT NULL DEFAULT 'PUBLIC', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b410f7b4b96db5773506e64231" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "podcast_show_slug_key" ON "podcast_show"  ("slug") `);
    await queryRunner.query(
      `CREATE INDEX "podcast_show_artwork_media_id_idx" ON "podcast_show"  ("artwork_media_id") `,
    );
    await queryRunner.query(`CREATE INDEX "podcast_show_created_by_id_idx" ON "podcast_show"  ("created_by_id") `);
    await queryRunner.query(`CREATE INDEX "podcast_show_title_id_idx" ON "podcast_show"  ("title", "id") `);
    await queryRunner.query(
      `CREATE TABLE "podcast_episode" ("content_item_id" uuid NOT NULL, "show_id" uuid NOT NULL, "audio_media_id" uuid, "transcript_vtt" text NOT NULL DEFAULT '', "chapters" jsonb NOT NULL DEFAULT '[]', "voices" jsonb NOT NULL DEFAULT '[]', "explicit" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_c81d0cfabeed6fb4e88060ad21e" PRIMARY KEY ("content_item_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "podcast_episode_audio_media_id_idx" ON "podcast_episode"  ("audio_media_id") `,
    );
    await queryRunner.query(`CREATE INDEX "podcast_episode_show_id_idx" ON "podcast_episode"  ("show_id") `);
    await queryRunner.query(
      `CREATE TABLE "podcast_feed_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "show_id" uuid NOT NULL, "person_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e5247bff6458c11fb9290e7508b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "podcast_feed_token_hash_key" ON "podcast_feed_token"  ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "podcast_feed_token_person_id_idx" ON "podcast_feed_token"  ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "podcast_feed_token_live_key" ON "podcast_feed_token"  ("show_id", "person_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "media" ADD "duration_seconds" double precision`);
    await queryRunner.query(`ALTER TABLE "media" ADD "format" character varying(60)`);
    await queryRunner.query(
      `ALTER TABLE "podcast_show" ADD CONSTRAINT "FK_a6b92624115c2c8dc80ebc8a2e8" FOREIGN KEY ("artwork_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "podcast_show" ADD CONSTRAINT "FK_e1fc75420ce47eacbaa8f12aa96" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "podcast_episode" ADD CONSTRAINT "FK_c81d0cfabeed6fb4e88060ad21e" FOREIGN KEY ("content_item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "podcast_episode" ADD CONSTRAINT "FK_e70a89b237f31476e30ea4c09a2" FOREIGN KEY ("show_id") REFERENCES "podcast_show"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "podcast_episode" ADD CONSTRAINT "FK_7eff5fe3d82f48b02777b0c28c8" FOREIGN KEY ("audio_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "podcast_feed_token" ADD CONSTRAINT "FK_e267bde8df44662caa347f28fda" FOREIGN KEY ("show_id") REFERENCES "podcast_show"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "podcast_feed_token" ADD CONSTRAINT "FK_91e093a0e43ea3c550727686131" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "podcast_feed_token" DROP CONSTRAINT "FK_91e093a0e43ea3c550727686131"`);
    await queryRunner.query(`ALTER TABLE "podcast_feed_token" DROP CONSTRAINT "FK_e267bde8df44662caa347f28fda"`);
    await queryRunner.query(`ALTER TABLE "podcast_episode" DROP CONSTRAINT "FK_7eff5fe3d82f48b02777b0c28c8"`);
    await queryRunner.query(`ALTER TABLE "podcast_episode" DROP CONSTRAINT "FK_e70a89b237f31476e30ea4c09a2"`);
    await queryRunner.query(`ALTER TABLE "podcast_episode" DROP CONSTRAINT "FK_c81d0cfabeed6fb4e88060ad21e"`);
    await queryRunner.query(`ALTER TABLE "podcast_show" DROP CONSTRAINT "FK_e1fc75420ce47eacbaa8f12aa96"`);
    await queryRunner.query(`ALTER TABLE "podcast_show" DROP CONSTRAINT "FK_a6b92624115c2c8dc80ebc8a2e8"`);
    await queryRunner.query(`ALTER TABLE "media" DROP COLUMN "format"`);
    await queryRunner.query(`ALTER TABLE "media" DROP COLUMN "duration_seconds"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_feed_token_live_key"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_feed_token_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_feed_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "podcast_feed_token"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_episode_show_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_episode_audio_media_id_idx"`);
    await queryRunner.query(`DROP TABLE "podcast_episode"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_show_title_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_show_created_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_show_artwork_media_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."podcast_show_slug_key"`);
    await queryRunner.query(`DROP TABLE "podcast_show"`);
  }
}
