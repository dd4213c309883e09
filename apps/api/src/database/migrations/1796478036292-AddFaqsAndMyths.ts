import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddFaqsAndMyths: generated from the entities, then reviewed. */
export class AddFaqsAndMyths1796478036292 implements MigrationInterface {
  name = 'AddFaqsAndMyths1796478036292';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "faq_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(80) NOT NULL, "description" character varying(300) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3f3f88890b5286bf53f9e3fb6b8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "faq_category_name_key" ON "faq_category"  ("name") `);
    await queryRunner.query(`CREATE INDEX "faq_category_position_idx" ON "faq_category"  ("position") `);
    await queryRunner.query(
      `CREATE TABLE "faq_vote" ("faq_id" uuid NOT NULL, "voter_key" character varying(60) NOT NULL, "helpful" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_826e0a6cdd1d9d13d6ad1feb3e6" PRIMARY KEY ("faq_id", "voter_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "faq" ("content_item_id" uuid NOT NULL, "category_id" uuid NOT NULL, CONSTRAINT "PK_8d494a2302d4e8cae254e9291c7" PRIMARY KEY ("content_item_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "faq_category_id_idx" ON "faq"  ("category_id") `);
    await queryRunner.query(
      `CREATE TABLE "myth_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "myth_id" uuid NOT NULL, "position" integer NOT NULL, "title" character varying(200) NOT NULL, "publisher" character varying(120) NOT NULL, "url" character varying(500) NOT NULL, "published_on" date, CONSTRAINT "PK_7c2a311bfc6d8e9792d5bfc0fe2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "myth_evidence_myth_id_position_idx" ON "myth_evidence"  ("myth_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "myth_link" ("myth_id" uuid NOT NULL, "related_id" uuid NOT NULL, CONSTRAINT "PK_0597befa97a6ee2a7e8190c01c9" PRIMARY KEY ("myth_id", "related_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "myth_link_related_id_idx" ON "myth_link"  ("related_id") `);
    await queryRunner.query(
      `CREATE TABLE "myth_setting" ("id" integer NOT NULL, "review_after_months" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0288e0cbd214e928a1d296b922" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "myth" ("content_item_id" uuid NOT NULL, "verdict" character varying(12), "reviewer_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "heard_in_post_id" uuid, "reported_by_id" uuid, "reported_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8ff7349aad72d0c9c80540ba3e4" PRIMARY KEY ("content_item_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "myth_verdict_idx" ON "myth"  ("verdict") `);
    await queryRunner.query(`CREATE INDEX "myth_reviewer_id_idx" ON "myth"  ("reviewer_id") `);
    await queryRunner.query(`CREATE INDEX "myth_reviewed_at_idx" ON "myth"  ("reviewed_at") `);
    await queryRunner.query(`CREATE INDEX "myth_heard_in_post_id_idx" ON "myth"  ("heard_in_post_id") `);
    await queryRunner.query(
      `CREATE INDEX "myth_reported_by_id_reported_at_idx" ON "myth"  ("reported_by_id", "reported_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "myth_reported_by_id_heard_in_post_id_key" ON "myth"  ("reported_by_id", "heard_in_post_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "faq_vote" ADD CONSTRAINT "FK_7ca32de7ef005963ab1522549f2" FOREIGN KEY ("faq_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "faq" ADD CONSTRAINT "FK_8d494a2302d4e8cae254e9291c7" FOREIGN KEY ("content_item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "faq" ADD CONSTRAINT "FK_3f3f88890b5286bf53f9e3fb6b8" FOREIGN KEY ("category_id") REFERENCES "faq_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "myth_evidence" ADD CONSTRAINT "FK_98f764b2da9dda2391bac726e10" FOREIGN KEY ("myth_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "myth_link" ADD CONSTRAINT "FK_0d65be1ca72eb5a3c8982d61db8" FOREIGN KEY ("myth_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "myth_link" ADD CONSTRAINT "FK_ad42a5505461bb32fcd2a2cb9f8" FOREIGN KEY ("related_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "myth" ADD CONSTRAINT "FK_8ff7349aad72d0c9c80540ba3e4" FOREIGN KEY ("content_item_id") REFERENCES "content_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "myth" ADD CONSTRAINT "FK_da2db8e31129d5f373e9730d396" FOREIGN KEY ("reviewer_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "myth" ADD CONSTRAINT "FK_1d77a634ad7ab9891ecda831a17" FOREIGN KEY ("heard_in_post_id") REFERENCES "post"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "myth" ADD CONSTRAINT "FK_d862cb753f31ab51186d6ccd2af" FOREIGN KEY ("reported_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "myth" DROP CONSTRAINT "FK_d862cb753f31ab51186d6ccd2af"`);
    await queryRunner.query(`ALTER TABLE "myth" DROP CONSTRAINT "FK_1d77a634ad7ab9891ecda831a17"`);
    await queryRunner.query(`ALTER TABLE "myth" DROP CONSTRAINT "FK_da2db8e31129d5f373e9730d396"`);
    await queryRunner.query(`ALTER TABLE "myth" DROP CONSTRAINT "FK_8ff7349aad72d0c9c80540ba3e4"`);
    await queryRunner.query(`ALTER TABLE "myth_link" DROP CONSTRAINT "FK_ad42a5505461bb32fcd2a2cb9f8"`);
    await queryRunner.query(`ALTER TABLE "myth_link" DROP CONSTRAINT "FK_0d65be1ca72eb5a3c8982d61db8"`);
    await queryRunner.query(`ALTER TABLE "myth_evidence" DROP CONSTRAINT "FK_98f764b2da9dda2391bac726e10"`);
    await queryRunner.query(`ALTER TABLE "faq" DROP CONSTRAINT "FK_3f3f88890b5286bf53f9e3fb6b8"`);
    await queryRunner.query(`ALTER TABLE "faq" DROP CONSTRAINT "FK_8d494a2302d4e8cae254e9291c7"`);
    await queryRunner.query(`ALTER TABLE "faq_vote" DROP CONSTRAINT "FK_7ca32de7ef005963ab1522549f2"`);
    await queryRunner.query(`DROP INDEX "public"."myth_reported_by_id_heard_in_post_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."myth_reported_by_id_reported_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."myth_heard_in_post_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."myth_reviewed_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."myth_reviewer_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."myth_verdict_idx"`);
    await queryRunner.query(`DROP TABLE "myth"`);
    await queryRunner.query(`DROP TABLE "myth_setting"`);
    await queryRunner.query(`DROP INDEX "public"."myth_link_related_id_idx"`);
    await queryRunner.query(`DROP TABLE "myth_link"`);
    await queryRunner.query(`DROP INDEX "public"."myth_evidence_myth_id_position_idx"`);
    await queryRunner.query(`DROP TABLE "myth_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."faq_category_id_idx"`);
    await queryRunner.query(`DROP TABLE "faq"`);
    await queryRunner.query(`DROP TABLE "faq_vote"`);
    await queryRunner.query(`DROP INDEX "public"."faq_category_position_idx"`);
    await queryRunner.query(`DROP INDEX "public"."faq_category_name_key"`);
    await queryRunner.query(`DROP TABLE "faq_category"`);
  }
}
