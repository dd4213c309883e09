import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddPostReactions: readers' reactions to posts (one row per post, person and reaction). */
export class AddPostReactions1796466822991 implements MigrationInterface {
  name = 'AddPostReactions1796466822991';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "post_reaction" ("post_id" uuid NOT NULL, "person_id" uuid NOT NULL, "reaction" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "post_reaction_reaction_check" CHECK ("reaction" in ('THANKS', 'HELPFUL', 'AGREE', 'INSIGHTFUL')), CONSTRAINT "PK_f2daed858e8c65bdf6cb72bb281" PRIMARY KEY ("post_id", "person_id", "reaction"))`,
    );
    await queryRunner.query(`CREATE INDEX "post_reaction_person_id_idx" ON "post_reaction"  ("person_id") `);
    await queryRunner.query(
      `ALTER TABLE "post_reaction" ADD CONSTRAINT "FK_860c24b55da4541f8322a2bdced" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reaction" ADD CONSTRAINT "FK_7fd23724118ddbf077a951ebdc5" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_reaction" DROP CONSTRAINT "FK_7fd23724118ddbf077a951ebdc5"`);
    await queryRunner.query(`ALTER TABLE "post_reaction" DROP CONSTRAINT "FK_860c24b55da4541f8322a2bdced"`);
    await queryRunner.query(`DROP INDEX "public"."post_reaction_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "post_reaction"`);
  }
}
