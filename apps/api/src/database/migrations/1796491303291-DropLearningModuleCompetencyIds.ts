import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DropLearningModuleCompetencyIds: learning_module.competency_ids was a placeholder for the
 * competencies a module serves, kept before the framework existed. The framework's mapping
 * (a MODULE learning resource and its resource_competency rows) now says this, nothing
 * wrote the column but an empty default and nothing read it, so it and its GIN index go.
 */
export class DropLearningModuleCompetencyIds1796491303291 implements MigrationInterface {
  name = 'DropLearningModuleCompetencyIds1796491303291';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "learning_module_competency_ids_idx"`);
    await queryRunner.query(`ALTER TABLE "learning_module" DROP COLUMN "competency_ids"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_module" ADD "competency_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `CREATE INDEX "learning_module_competency_ids_idx" ON "learning_module" USING gin ("competency_ids")`,
    );
  }
}
