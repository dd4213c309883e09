import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddContentItemThreads: a discussion thread's third home, a library item's comments (exactly one home each). */
export class AddContentItemThreads1796471018791 implements MigrationInterface {
  name = 'AddContentItemThreads1796471018791';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_thread" ADD "content_item_id" uuid`);
    await queryRunner.query(`ALTER TABLE "discussion_thread" DROP CONSTRAINT "discussion_thread_one_home_check"`);
    await queryRunner.query(
      `ALTER TABLE "discussion_thread" ADD CONSTRAINT "discussion_thread_one_home_check" CHECK (num_nonnulls("category_id", "lesson_id", "content_item_id") = 1)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "discussion_thread_content_item_id_key" ON "discussion_thread"  ("content_item_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_thread" ADD CONSTRAINT "FK_948f518eb6bb8e0893091717928" FOREIGN KEY ("content_item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_thread" DROP CONSTRAINT "FK_948f518eb6bb8e0893091717928"`);
    await queryRunner.query(`DROP INDEX "public"."discussion_thread_content_item_id_key"`);
    await queryRunner.query(`ALTER TABLE "discussion_thread" DROP CONSTRAINT "discussion_thread_one_home_check"`);
    await queryRunner.query(
      `ALTER TABLE "discussion_thread" ADD CONSTRAINT "discussion_thread_one_home_check" CHECK (("category_id" is null) <> ("lesson_id" is null))`,
    );
    await queryRunner.query(`ALTER TABLE "discussion_thread" DROP COLUMN "content_item_id"`);
  }
}
