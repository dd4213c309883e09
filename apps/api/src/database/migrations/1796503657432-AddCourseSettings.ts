import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddCourseSettings: generated from the entities, then reviewed. */
export class AddCourseSettings1796503657432 implements MigrationInterface {
  name = 'AddCourseSettings1796503657432';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_setting" ("id" integer NOT NULL, "offer_accept_hours" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0fc52d1d003afc11616534acb55" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "course_setting"`);
  }
}
