import type { MigrationInterface, QueryRunner } from 'typeorm';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * AddRevisionMediaIds: generated from the entities, then reviewed; the backfill of existing
 * revisions and the GIN index (which the entity cannot declare) added by hand.
 */
export class AddRevisionMediaIds1795466446979 implements MigrationInterface {
  name = 'AddRevisionMediaIds1795466446979';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."media_uploaded_by_id_idx"`);
    await queryRunner.query(`ALTER TABLE "lesson_revision" ADD "media_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE INDEX "media_uploaded_by_id_created_at_idx" ON "media"  ("uploaded_by_id", "created_at") `,
    );
    // Existing revisions: every UUID anywhere in the content. Over-including (a scene id that
    // happens to be a UUID) is harmless, since media_ids is only ever compared with media ids.
    await queryRunner.query(
      `UPDATE "lesson_revision" r SET "media_ids" = (SELECT array_agg(DISTINCT lower(m[1])::uuid) FROM regexp_matches(r."content"::text, '${UUID}', 'gi') AS m) WHERE r."content"::text ~* '${UUID}'`,
    );
    await queryRunner.query(
      `CREATE INDEX "lesson_revision_media_ids_idx" ON "lesson_revision" USING gin ("media_ids")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."lesson_revision_media_ids_idx"`);
    await queryRunner.query(`DROP INDEX "public"."media_uploaded_by_id_created_at_idx"`);
    await queryRunner.query(`ALTER TABLE "lesson_revision" DROP COLUMN "media_ids"`);
    await queryRunner.query(`CREATE INDEX "media_uploaded_by_id_idx" ON "media" USING btree ("uploaded_by_id") `);
  }
}
