import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { DiscussionThreadEntity } from '../../discussion/entities/discussion-thread.entity';
import type { FollowLevelName } from '../notifications.constants';

/**
 * One person's relation to one thread: how closely they follow it and how far they have
 * read. No row means "never touched": following NORMAL and nothing read. `level` stays null
 * until the person posts (WATCH) or chooses a level, so a choice is never overwritten.
 */
@Entity('thread_reader')
@Index('thread_reader_thread_id_level_idx', ['threadId', 'level'])
@Check('thread_reader_level_check', `"level" in ('WATCH', 'NORMAL', 'MUTE')`)
export class ThreadReaderEntity {
  @PrimaryColumn('uuid')
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @PrimaryColumn('uuid')
  threadId: string;

  @ManyToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<DiscussionThreadEntity>;

  @Column({ type: 'varchar', length: 8, nullable: true })
  level: FollowLevelName | null;

  /** The sequence number of the last post the person has seen (0: none). */
  @Column({ type: 'integer', default: 0 })
  lastReadSeq: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
