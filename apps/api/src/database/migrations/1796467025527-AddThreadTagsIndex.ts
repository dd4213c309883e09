import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddThreadTagsIndex: a category's thread list filtered by a tag (tags @> array[tag]). */
export class AddThreadTagsIndex1796467025527 implements MigrationInterface {
  name = 'AddThreadTagsIndex1796467025527';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "discussion_thread_tags_idx" ON "discussion_thread" USING gin ("tags")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."discussion_thread_tags_idx"`);
  }
}
