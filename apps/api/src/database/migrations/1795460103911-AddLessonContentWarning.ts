import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddLessonContentWarning: generated from the entities, then reviewed. */
export class AddLessonContentWarning1795460103911 implements MigrationInterface {
  name = 'AddLessonContentWarning1795460103911';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson" ADD "content_warning" character varying(600)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "lesson" DROP COLUMN "content_warning"`);
  }
}
