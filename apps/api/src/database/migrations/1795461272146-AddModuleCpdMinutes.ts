import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddModuleCpdMinutes: generated from the entities, then reviewed. */
export class AddModuleCpdMinutes1795461272146 implements MigrationInterface {
  name = 'AddModuleCpdMinutes1795461272146';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_module" ADD "cpd_minutes" integer NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_module" DROP COLUMN "cpd_minutes"`);
  }
}
