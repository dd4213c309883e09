import type { MigrationInterface, QueryRunner } from 'typeorm';

/** LinkCoursesToFramework: generated from the entities, then reviewed. */
export class LinkCoursesToFramework1796490627880 implements MigrationInterface {
  name = 'LinkCoursesToFramework1796490627880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "framework_resource" ADD "course_id" uuid`);
    await queryRunner.query(`CREATE INDEX "framework_resource_course_id_idx" ON "framework_resource"  ("course_id") `);
    await queryRunner.query(
      `ALTER TABLE "framework_resource" ADD CONSTRAINT "FK_7adcce7e2f3318f5030d9e2a7a7" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "framework_resource" DROP CONSTRAINT "FK_7adcce7e2f3318f5030d9e2a7a7"`);
    await queryRunner.query(`DROP INDEX "public"."framework_resource_course_id_idx"`);
    await queryRunner.query(`ALTER TABLE "framework_resource" DROP COLUMN "course_id"`);
  }
}
