import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddFramework: generated from the entities, then reviewed. */
export class AddFramework1796478100000 implements MigrationInterface {
  name = 'AddFramework1796478100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "framework_strand" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "description" character varying(500) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_886dbf7812df305c0cf3f7dbef2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "framework_strand_name_key" ON "framework_strand"  ("name") `);
    await queryRunner.query(
      `CREATE INDEX "framework_strand_position_id_idx" ON "framework_strand"  ("position", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "framework_workforce_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "description" character varying(500) NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "profile_group" character varying(32), "open_to_public" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_46a95def2efecd604fa87269ac0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "framework_workforce_group_name_key" ON "framework_workforce_group"  ("name") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "framework_workforce_group_profile_group_key" ON "framework_workforce_group"  ("profile_group") WHERE "profile_group" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "framework_workforce_group_position_id_idx" ON "framework_workforce_group"  ("position", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "framework_competency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strand_id" uuid NOT NULL, "workforce_group_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "statement" character varying(400) NOT NULL, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_608c6aa5a2607bf6a3f01f2efc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "framework_competency_workforce_group_id_idx" ON "framework_competency"  ("workforce_group_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "framework_competency_cell_idx" ON "framework_competency"  ("strand_id", "workforce_group_id", "position", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "framework_confidence_rating" ("person_id" uuid NOT NULL, "competency_id" uuid NOT NULL, "confidence" smallint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b48e95426c14b090a40106608f7" PRIMARY KEY ("person_id", "competency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "framework_confidence_rating_competency_id_idx" ON "framework_confidence_rating"  ("competency_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "framework_resource" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(1000) NOT NULL DEFAULT '', "url" character varying(500), "module_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c36e52fee6dc9d7b95261ded97f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "framework_resource_kind_idx" ON "framework_resource"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "framework_resource_module_id_idx" ON "framework_resource"  ("module_id") `);
    await queryRunner.query(`CREATE INDEX "framework_resource_title_id_idx" ON "framework_resource"  ("title", "id") `);
    await queryRunner.query(
      `CREATE TABLE "framework_resource_competency" ("resource_id" uuid NOT NULL, "competency_id" uuid NOT NULL, CONSTRAINT "PK_2bb7ad795380810db791b761574" PRIMARY KEY ("resource_id", "competency_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "framework_resource_competency_competency_id_idx" ON "framework_resource_competency"  ("competency_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "framework_resource_done" ("person_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "reflection" character varying(1000) NOT NULL DEFAULT '', "done_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba3766b7ce618c1705e29b21807" PRIMARY KEY ("person_id", "resource_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "framework_resource_done_resource_id_idx" ON "framework_resource_done"  ("resource_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_competency" ADD CONSTRAINT "FK_e2f3d73643553dc9ed88198dd3a" FOREIGN KEY ("strand_id") REFERENCES "framework_strand"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_competency" ADD CONSTRAINT "FK_5c27dc7abcd1983419980c0522d" FOREIGN KEY ("workforce_group_id") REFERENCES "framework_workforce_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_confidence_rating" ADD CONSTRAINT "FK_eed1cf581b900f5c0f131d1a255" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_confidence_rating" ADD CONSTRAINT "FK_c1553d3c17ecd47f17a289c208a" FOREIGN KEY ("competency_id") REFERENCES "framework_competency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_resource" ADD CONSTRAINT "FK_e52d24273dc84b4718cae20dc7f" FOREIGN KEY ("module_id") REFERENCES "learning_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_resource_competency" ADD CONSTRAINT "FK_039bf9b55cce167d70ed485214d" FOREIGN KEY ("resource_id") REFERENCES "framework_resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_resource_competency" ADD CONSTRAINT "FK_f5b017f7a3fcc3b9005e374aee4" FOREIGN KEY ("competency_id") REFERENCES "framework_competency"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_resource_done" ADD CONSTRAINT "FK_e9b222d61b1c88e9daa310eba95" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_resource_done" ADD CONSTRAINT "FK_b8a738b1d6675b5067d46a9d088" FOREIGN KEY ("resource_id") REFERENCES "framework_resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "framework_resource_done" DROP CONSTRAINT "FK_b8a738b1d6675b5067d46a9d088"`);
    await queryRunner.query(`ALTER TABLE "framework_resource_done" DROP CONSTRAINT "FK_e9b222d61b1c88e9daa310eba95"`);
    await queryRunner.query(
      `ALTER TABLE "framework_resource_competency" DROP CONSTRAINT "FK_f5b017f7a3fcc3b9005e374aee4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_resource_competency" DROP CONSTRAINT "FK_039bf9b55cce167d70ed485214d"`,
    );
    await queryRunner.query(`ALTER TABLE "framework_resource" DROP CONSTRAINT "FK_e52d24273dc84b4718cae20dc7f"`);
    await queryRunner.query(
      `ALTER TABLE "framework_confidence_rating" DROP CONSTRAINT "FK_c1553d3c17ecd47f17a289c208a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_confidence_rating" DROP CONSTRAINT "FK_eed1cf581b900f5c0f131d1a255"`,
    );
    await queryRunner.query(`ALTER TABLE "framework_competency" DROP CONSTRAINT "FK_5c27dc7abcd1983419980c0522d"`);
    await queryRunner.query(`ALTER TABLE "framework_competency" DROP CONSTRAINT "FK_e2f3d73643553dc9ed88198dd3a"`);
    await queryRunner.query(`DROP INDEX "public"."framework_resource_done_resource_id_idx"`);
    await queryRunner.query(`DROP TABLE "framework_resource_done"`);
    await queryRunner.query(`DROP INDEX "public"."framework_resource_competency_competency_id_idx"`);
    await queryRunner.query(`DROP TABLE "framework_resource_competency"`);
    await queryRunner.query(`DROP INDEX "public"."framework_resource_title_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."framework_resource_module_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."framework_resource_kind_idx"`);
    await queryRunner.query(`DROP TABLE "framework_resource"`);
    await queryRunner.query(`DROP INDEX "public"."framework_confidence_rating_competency_id_idx"`);
    await queryRunner.query(`DROP TABLE "framework_confidence_rating"`);
    await queryRunner.query(`DROP INDEX "public"."framework_competency_cell_idx"`);
    await queryRunner.query(`DROP INDEX "public"."framework_competency_workforce_group_id_idx"`);
    await queryRunner.query(`DROP TABLE "framework_competency"`);
    await queryRunner.query(`DROP INDEX "public"."framework_workforce_group_position_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."framework_workforce_group_profile_group_key"`);
    await queryRunner.query(`DROP INDEX "public"."framework_workforce_group_name_key"`);
    await queryRunner.query(`DROP TABLE "framework_workforce_group"`);
    await queryRunner.query(`DROP INDEX "public"."framework_strand_position_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."framework_strand_name_key"`);
    await queryRunner.query(`DROP TABLE "framework_strand"`);
  }
}
