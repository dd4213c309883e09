import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CreateNotifications: following (thread_reader, category_follow), notifications with their
 * one-per-post key, digest settings, and extra headers on outbox messages (List-Unsubscribe).
 */
export class CreateNotifications1796466965152 implements MigrationInterface {
  name = 'CreateNotifications1796466965152';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "category_follow" ("person_id" uuid NOT NULL, "category_id" uuid NOT NULL, "level" character varying(8) NOT NULL, CONSTRAINT "category_follow_level_check" CHECK ("level" in ('WATCH', 'NORMAL', 'MUTE')), CONSTRAINT "PK_24ee24cfd0160cda11922d03a26" PRIMARY KEY ("person_id", "category_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "category_follow_category_id_level_idx" ON "category_follow"  ("category_id", "level") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("person_id" uuid NOT NULL, "email_digest" boolean NOT NULL DEFAULT true, "last_digest_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3de6419cf1359453d1353947d75" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "actor_id" uuid, "actor_anonymous" boolean NOT NULL DEFAULT false, "thread_id" uuid, "post_id" uuid, "post_seq" integer, "reaction" character varying(32), "moderation_action" character varying(40), "reason" character varying(1000), "dedupe_key" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_kind_check" CHECK ("kind" in ('REPLY', 'MENTION', 'REACTION', 'MODERATION', 'NEW_THREAD')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_actor_id_idx" ON "notification"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "notification_thread_id_idx" ON "notification"  ("thread_id") `);
    await queryRunner.query(`CREATE INDEX "notification_post_id_idx" ON "notification"  ("post_id") `);
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification"  ("recipient_id", "created_at") WHERE "read_at" is null`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_recipient_id_dedupe_key_key" ON "notification"  ("recipient_id", "dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_recipient_id_created_at_id_idx" ON "notification"  ("recipient_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "thread_reader" ("person_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "level" character varying(8), "last_read_seq" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "thread_reader_level_check" CHECK ("level" in ('WATCH', 'NORMAL', 'MUTE')), CONSTRAINT "PK_a3e186fc0bc212f3ffa15cfcc52" PRIMARY KEY ("person_id", "thread_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "thread_reader_thread_id_level_idx" ON "thread_reader"  ("thread_id", "level") `,
    );
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD "headers" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "category_follow" ADD CONSTRAINT "FK_b1e6e6ca60e58c5d5309d60bd26" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_follow" ADD CONSTRAINT "FK_b385b85b129a06caaf278fd4407" FOREIGN KEY ("category_id") REFERENCES "forum_category"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_3de6419cf1359453d1353947d75" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_16addcdc44128a517daeddd4491" FOREIGN KEY ("actor_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_192047c88a0a166a708c9d0969a" FOREIGN KEY ("thread_id") REFERENCES "discussion_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_3ee113bf568b5efdc29cd95a360" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_reader" ADD CONSTRAINT "FK_60937bbb1c0a0fa02227d673c95" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_reader" ADD CONSTRAINT "FK_2e4d2611e5b1769458256aea301" FOREIGN KEY ("thread_id") REFERENCES "discussion_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "thread_reader" DROP CONSTRAINT "FK_2e4d2611e5b1769458256aea301"`);
    await queryRunner.query(`ALTER TABLE "thread_reader" DROP CONSTRAINT "FK_60937bbb1c0a0fa02227d673c95"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_3ee113bf568b5efdc29cd95a360"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_192047c88a0a166a708c9d0969a"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_16addcdc44128a517daeddd4491"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`);
    await queryRunner.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_3de6419cf1359453d1353947d75"`);
    await queryRunner.query(`ALTER TABLE "category_follow" DROP CONSTRAINT "FK_b385b85b129a06caaf278fd4407"`);
    await queryRunner.query(`ALTER TABLE "category_follow" DROP CONSTRAINT "FK_b1e6e6ca60e58c5d5309d60bd26"`);
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "headers"`);
    await queryRunner.query(`DROP INDEX "public"."thread_reader_thread_id_level_idx"`);
    await queryRunner.query(`DROP TABLE "thread_reader"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_id_created_at_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_id_dedupe_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_post_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_thread_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_actor_id_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP INDEX "public"."category_follow_category_id_level_idx"`);
    await queryRunner.query(`DROP TABLE "category_follow"`);
  }
}
