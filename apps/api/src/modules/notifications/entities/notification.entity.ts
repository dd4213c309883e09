import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { DiscussionThreadEntity } from '../../discussion/entities/discussion-thread.entity';
import { PostEntity } from '../../discussion/entities/post.entity';
import type { NotificationKindName } from '../notifications.constants';

/**
 * Something that happened that one person should hear of. `dedupeKey` makes a second
 * notification about the same thing for the same person impossible (one per post, one
 * per reaction); moderation decisions have none, since each is news of its own.
 */
@Entity('notification')
@Index('notification_recipient_id_created_at_id_idx', ['recipientId', 'createdAt', 'id'])
@Index('notification_recipient_id_dedupe_key_key', ['recipientId', 'dedupeKey'], { unique: true })
@Index('notification_unread_idx', ['recipientId', 'createdAt'], { where: '"read_at" is null' })
@Check('notification_kind_check', `"kind" in ('REPLY', 'MENTION', 'REACTION', 'MODERATION', 'NEW_THREAD')`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: NotificationKindName;

  /** Who did it; null for a moderation decision (moderators act for the forum). */
  @Index('notification_actor_id_idx')
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Relation<PersonEntity> | null;

  /** The actor posted anonymously: the recipient sees "a colleague". */
  @Column({ type: 'boolean', default: false })
  actorAnonymous: boolean;

  @Index('notification_thread_id_idx')
  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @ManyToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<DiscussionThreadEntity> | null;

  @Index('notification_post_id_idx')
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity> | null;

  /** The post's place in its thread (it never changes), for linking straight to it. */
  @Column({ type: 'integer', nullable: true })
  postSeq: number | null;

  /** For REACTION: the reaction given. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  reaction: string | null;

  /** For MODERATION: what was decided (the audit log's action name) and why. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  moderationAction: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
