import type { MigrationInterface, QueryRunner } from 'typeorm';

/** PostChangedSeq: generated from the entities, then reviewed. */
export class PostChangedSeq1796469685203 implements MigrationInterface {
  name = 'PostChangedSeq1796469685203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post" ADD "changed_seq" integer`);
    await queryRunner.query(
      `CREATE INDEX "post_thread_id_changed_seq_idx" ON "post"  ("thread_id", "changed_seq") WHERE "changed_seq" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."post_thread_id_changed_seq_idx"`);
    await queryRunner.query(`ALTER TABLE "post" DROP COLUMN "changed_seq"`);
  }
}
