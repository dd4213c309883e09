import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddBookingLifecycle: generated from the entities, then reviewed. */
export class AddBookingLifecycle1796489198832 implements MigrationInterface {
  name = 'AddBookingLifecycle1796489198832';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_reminder_sent" ("application_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a56460d35f948d1b68242fec7a6" PRIMARY KEY ("application_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "course_reminder_setting" ("person_id" uuid NOT NULL, "reminders" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_69cdb432c54ac28b13f80a31ec6" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "course" ADD "requires_manager_approval" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "course_application" ADD "offer_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "course_application" ADD "manager_token_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "course_application" ADD "manager_token_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "course_application" ADD "substitute_for_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "course_application_offer_expires_idx" ON "course_application"  ("offer_expires_at") WHERE status = 'OFFERED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "course_application_manager_token_key" ON "course_application"  ("manager_token_hash") WHERE manager_token_hash is not null`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_reminder_sent" ADD CONSTRAINT "FK_2c5423d27f6013a271f8f5cf38f" FOREIGN KEY ("application_id") REFERENCES "course_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_reminder_setting" ADD CONSTRAINT "FK_69cdb432c54ac28b13f80a31ec6" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_reminder_setting" DROP CONSTRAINT "FK_69cdb432c54ac28b13f80a31ec6"`);
    await queryRunner.query(`ALTER TABLE "course_reminder_sent" DROP CONSTRAINT "FK_2c5423d27f6013a271f8f5cf38f"`);
    await queryRunner.query(`DROP INDEX "public"."course_application_manager_token_key"`);
    await queryRunner.query(`DROP INDEX "public"."course_application_offer_expires_idx"`);
    await queryRunner.query(`ALTER TABLE "course_application" DROP COLUMN "substitute_for_id"`);
    await queryRunner.query(`ALTER TABLE "course_application" DROP COLUMN "manager_token_expires_at"`);
    await queryRunner.query(`ALTER TABLE "course_application" DROP COLUMN "manager_token_hash"`);
    await queryRunner.query(`ALTER TABLE "course_application" DROP COLUMN "offer_expires_at"`);
    await queryRunner.query(`ALTER TABLE "course" DROP COLUMN "requires_manager_approval"`);
    await queryRunner.query(`DROP TABLE "course_reminder_setting"`);
    await queryRunner.query(`DROP TABLE "course_reminder_sent"`);
  }
}
