import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Course registers and evaluations; a certificate may be for a module or a course session
 * (exactly one). Generated from the entities, then reviewed.
 */
export class CourseAttendanceAndCertificates1796489557568 implements MigrationInterface {
  name = 'CourseAttendanceAndCertificates1796489557568';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "application_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "marked_by_id" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "course_attendance_status_known" CHECK ("status" in ('WHOLE', 'LATE', 'LEFT_EARLY', 'ABSENT')), CONSTRAINT "PK_c4302070bd4829b400bc163c269" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "course_attendance_marked_by_id_idx" ON "course_attendance"  ("marked_by_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "course_attendance_person_id_idx" ON "course_attendance"  ("person_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "course_attendance_session_person_key" ON "course_attendance"  ("session_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "course_attendance_application_id_key" ON "course_attendance"  ("application_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "course_evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "overall" smallint NOT NULL, "content" smallint NOT NULL, "trainer" smallint NOT NULL, "usefulness" smallint NOT NULL, "will_do_differently" character varying(2000) NOT NULL DEFAULT '', "comments" character varying(2000) NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "course_evaluation_usefulness_range" CHECK ("usefulness" between 1 and 5), CONSTRAINT "course_evaluation_trainer_range" CHECK ("trainer" between 1 and 5), CONSTRAINT "course_evaluation_content_range" CHECK ("content" between 1 and 5), CONSTRAINT "course_evaluation_overall_range" CHECK ("overall" between 1 and 5), CONSTRAINT "PK_11ff70c174ce39e3ff148331833" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "course_evaluation_person_id_idx" ON "course_evaluation"  ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "course_evaluation_session_person_key" ON "course_evaluation"  ("session_id", "person_id") `,
    );
    await queryRunner.query(`ALTER TABLE "certificate" ADD "course_session_id" uuid`);
    await queryRunner.query(`ALTER TABLE "certificate" ALTER COLUMN "module_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "certificate_course_session_id_idx" ON "certificate"  ("course_session_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "certificate_person_id_course_session_id_key" ON "certificate"  ("person_id", "course_session_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "certificate_one_subject" CHECK (("module_id" is null) <> ("course_session_id" is null))`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_attendance" ADD CONSTRAINT "FK_337b6fa004bec38ebf1d7f94278" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_attendance" ADD CONSTRAINT "FK_b8763123ec7d809d07139a26b28" FOREIGN KEY ("application_id") REFERENCES "course_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_attendance" ADD CONSTRAINT "FK_b3fd660f92c8496a86f51500986" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_attendance" ADD CONSTRAINT "FK_56bbfbb522b8e568e82092d4752" FOREIGN KEY ("marked_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_evaluation" ADD CONSTRAINT "FK_613237cd2a8c3ae901ec5eb9d2c" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_evaluation" ADD CONSTRAINT "FK_fdda4ea57bfc9d110a31a3c8d9e" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_b7cdd39e848b1c81afec113a5aa" FOREIGN KEY ("course_session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_b7cdd39e848b1c81afec113a5aa"`);
    await queryRunner.query(`ALTER TABLE "course_evaluation" DROP CONSTRAINT "FK_fdda4ea57bfc9d110a31a3c8d9e"`);
    await queryRunner.query(`ALTER TABLE "course_evaluation" DROP CONSTRAINT "FK_613237cd2a8c3ae901ec5eb9d2c"`);
    await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "FK_56bbfbb522b8e568e82092d4752"`);
    await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "FK_b3fd660f92c8496a86f51500986"`);
    await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "FK_b8763123ec7d809d07139a26b28"`);
    await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "FK_337b6fa004bec38ebf1d7f94278"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "certificate_one_subject"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_person_id_course_session_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_course_session_id_idx"`);
    await queryRunner.query(`DELETE FROM "certificate" WHERE "module_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "certificate" ALTER COLUMN "module_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP COLUMN "course_session_id"`);
    await queryRunner.query(`DROP INDEX "public"."course_evaluation_session_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."course_evaluation_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "course_evaluation"`);
    await queryRunner.query(`DROP INDEX "public"."course_attendance_application_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."course_attendance_session_person_key"`);
    await queryRunner.query(`DROP INDEX "public"."course_attendance_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."course_attendance_marked_by_id_idx"`);
    await queryRunner.query(`DROP TABLE "course_attendance"`);
  }
}
