import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The forum's moderation settings, one row (id 1) that admins change. Until the row exists
 * the defaults of MODERATION_DEFAULTS apply.
 */
@Entity('moderation_setting')
@Check('moderation_setting_one_row_check', `"id" = 1`)
export class ModerationSettingEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  /** Open flags that hide a post until a moderator reviews it. */
  @Column({ type: 'integer' })
  flagThreshold: number;

  /** A person's posts are held for review until this many of theirs are published (0: never). */
  @Column({ type: 'integer' })
  holdFirstPosts: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
