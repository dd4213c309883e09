import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AddCourses: the course programme's tables, generated from the entities and reviewed, plus
 * the charges the partnership starts with (seed 004 e); admins add later rates with their dates.
 */
export class AddCourses1796478160355 implements MigrationInterface {
  name = 'AddCourses1796478160355';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bank_holiday_list" ("id" character varying(20) NOT NULL, "data" jsonb NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_56edd493bb593b1d111f4c89d47" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "course_charge_rate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "band" character varying(30) NOT NULL, "amount_pence" integer NOT NULL, "effective_from" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "course_charge_rate_band_from_key" UNIQUE ("band", "effective_from"), CONSTRAINT "PK_da5aa66efe3a3c34edf3acc4c04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "course" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(160) NOT NULL, "description" text NOT NULL DEFAULT '', "outcomes" text array NOT NULL DEFAULT '{}', "target_groups" text array NOT NULL DEFAULT '{}', "trainer" character varying(120) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf95180dd756fd204fb01ce4916" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "course_title_id_idx" ON "course"  ("title", "id") `);
    await queryRunner.query(
      `CREATE TABLE "course_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "venue" character varying(200) NOT NULL, "joining_instructions" text NOT NULL DEFAULT '', "locality" character varying(60) NOT NULL, "nation" character varying(20) NOT NULL DEFAULT 'ENGLAND_AND_WALES', "capacity" integer NOT NULL, "trainer" character varying(120) NOT NULL DEFAULT '', "status" character varying(12) NOT NULL DEFAULT 'SCHEDULED', "shortlisted_at" TIMESTAMP WITH TIME ZONE, "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "course_session_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "course_session_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_12288a725cc3c3fba4e600a0ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "course_session_course_id_idx" ON "course_session"  ("course_id") `);
    await queryRunner.query(
      `CREATE INDEX "course_session_locality_starts_at_idx" ON "course_session"  ("locality", "starts_at") `,
    );
    await queryRunner.query(`CREATE INDEX "course_session_starts_at_id_idx" ON "course_session"  ("starts_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "course_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "locality" character varying(60), "manager_name" character varying(120) NOT NULL, "manager_email" character varying(254) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'APPLIED', "reason" character varying(500), "waiting_position" integer, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "charge_band" character varying(30), "charge_pence" integer, "late_cancellation" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_549e134fad0fd407c73a31e30e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "course_application_organisation_id_idx" ON "course_application"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "course_application_person_applied_idx" ON "course_application"  ("person_id", "applied_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "course_application_person_active_key" ON "course_application"  ("session_id", "person_id") WHERE status in ('APPLIED', 'AWAITING_MANAGER', 'OFFERED', 'CONFIRMED', 'WAITING')`,
    );
    await queryRunner.query(
      `CREATE INDEX "course_application_session_status_idx" ON "course_application"  ("session_id", "status", "applied_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "course_session" ADD CONSTRAINT "FK_7d09aa9b1873078d3eae312b69b" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_application" ADD CONSTRAINT "FK_c2fdda10af7697bc28596380a20" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_application" ADD CONSTRAINT "FK_01fef6ac0fa44e9be81273eb389" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_application" ADD CONSTRAINT "FK_873322b510385e3fd59aeebba09" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "course_charge_rate" ("band", "amount_pence", "effective_from") VALUES
        ('FUNDING_PARTNER', 0, '2025-01-01'), ('STANDARD', 10000, '2025-01-01'),
        ('VOLUNTARY_SAFER_MEMBER', 4000, '2025-01-01'), ('VOLUNTARY_NON_MEMBER', 5000, '2025-01-01')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "course_application" DROP CONSTRAINT "FK_873322b510385e3fd59aeebba09"`);
    await queryRunner.query(`ALTER TABLE "course_application" DROP CONSTRAINT "FK_01fef6ac0fa44e9be81273eb389"`);
    await queryRunner.query(`ALTER TABLE "course_application" DROP CONSTRAINT "FK_c2fdda10af7697bc28596380a20"`);
    await queryRunner.query(`ALTER TABLE "course_session" DROP CONSTRAINT "FK_7d09aa9b1873078d3eae312b69b"`);
    await queryRunner.query(`DROP INDEX "public"."course_application_session_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."course_application_person_active_key"`);
    await queryRunner.query(`DROP INDEX "public"."course_application_person_applied_idx"`);
    await queryRunner.query(`DROP INDEX "public"."course_application_organisation_id_idx"`);
    await queryRunner.query(`DROP TABLE "course_application"`);
    await queryRunner.query(`DROP INDEX "public"."course_session_starts_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."course_session_locality_starts_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."course_session_course_id_idx"`);
    await queryRunner.query(`DROP TABLE "course_session"`);
    await queryRunner.query(`DROP INDEX "public"."course_title_id_idx"`);
    await queryRunner.query(`DROP TABLE "course"`);
    await queryRunner.query(`DROP TABLE "course_charge_rate"`);
    await queryRunner.query(`DROP TABLE "bank_holiday_list"`);
  }
}
