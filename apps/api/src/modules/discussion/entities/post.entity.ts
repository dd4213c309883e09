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
import { DiscussionThreadEntity } from './discussion-thread.entity';

/** Whether other staff see a post: see PostEntity.moderationState. */
export type PostModerationState = 'VISIBLE' | 'HIDDEN' | 'HELD';

/**
 * A post in a thread. `body` is sanitised HTML. `seq` is its place in the thread (see
 * DiscussionThreadEntity.seq). Deleting keeps the row as a placeholder: the body is
 * emptied and `deletedAt` set, so replies quoting it and sequence numbers still hold.
 */
@Entity('post')
@Index('post_thread_id_seq_key', ['threadId', 'seq'], { unique: true })
@Index('post_author_id_created_at_idx', ['authorId', 'createdAt'])
@Index('post_queued_at_id_idx', ['queuedAt', 'id'])
@Index('post_thread_id_changed_seq_idx', ['threadId', 'changedSeq'], { where: '"changed_seq" IS NOT NULL' })
@Check('post_moderation_state_check', `"moderation_state" in ('VISIBLE', 'HIDDEN', 'HELD')`)
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<DiscussionThreadEntity>;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<PersonEntity>;

  @Column({ type: 'text' })
  body: string;

  /** For a lesson's thread: the scenario scene the post is about. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sceneId: string | null;

  /** Other staff see "a colleague" instead of the author. */
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Index('post_quoted_post_id_idx')
  @Column({ type: 'uuid', nullable: true })
  quotedPostId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'quoted_post_id' })
  quotedPost?: Relation<PostEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /**
   * VISIBLE to all; HIDDEN by a moderator or by flags (a placeholder to other staff); HELD
   * for review before anyone but its author and moderators sees it (moderation/).
   */
  @Column({ type: 'varchar', length: 8, default: 'VISIBLE' })
  moderationState: PostModerationState;

  /** When it joined the moderation queue (first open flag, or held); null when not waiting. */
  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  /**
   * The thread's last sequence number when a moderator (or enough flags) last changed what
   * other staff see of it (hidden, restored, approved, held by an edit); null if never. A
   * reader reconnecting from that sequence or earlier is sent its new state.
   */
  @Column({ type: 'integer', nullable: true })
  changedSeq: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
