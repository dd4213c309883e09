import type { MigrationInterface, QueryRunner } from 'typeorm';

/** AddOutboxAttachments: generated from the entities, then reviewed. */
export class AddOutboxAttachments1796479827086 implements MigrationInterface {
  name = 'AddOutboxAttachments1796479827086';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "attachments" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "attachments"`);
  }
}
