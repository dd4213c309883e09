import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a moderation audit entry records. */
export const AUDIT_ACTIONS = [
  'HIDE_POST',
  'RESTORE_POST',
  'AUTO_HIDE_POST',
  'HOLD_POST',
  'LOCK_THREAD',
  'UNLOCK_THREAD',
  'PIN_THREAD',
  'UNPIN_THREAD',
  'MOVE_THREAD',
  'SUSPEND_PERSON',
  'LIFT_SUSPENSION',
  'REVEAL_AUTHOR',
  'ADD_WATCHED_WORD',
  'REMOVE_WATCHED_WORD',
  'ASSIGN_CATEGORY_MODERATOR',
  'UNASSIGN_CATEGORY_MODERATOR',
  'CHANGE_SETTINGS',
  'EXPORT_PERSONAL_DATA',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One moderation action, append-only: who did what, to whom or what, why and when. The
 * table has no foreign keys (a record outlives what it names) and a trigger refuses every
 * UPDATE, DELETE and TRUNCATE (EXTRA_SCHEMA), so nobody, not even the app, can change it.
 */
@Entity('moderation_audit')
@Index('moderation_audit_at_id_idx', ['at', 'id'])
@Index('moderation_audit_action_at_id_idx', ['action', 'at', 'id'])
@Index('moderation_audit_actor_id_at_id_idx', ['actorId', 'at', 'id'])
@Index('moderation_audit_person_id_at_id_idx', ['personId', 'at', 'id'])
export class ModerationAuditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** The moderator; null when the system acted (flags reaching the threshold, a watched word). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: AuditAction;

  /** Whose content or account it concerns. */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  /** What else the action needs to be understood: the word, the end of a suspension, the new category. */
  @Column({ type: 'varchar', length: 200, default: '' })
  detail: string;
}
