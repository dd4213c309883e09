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
import { LessonEntity } from '../../learning/entities/lesson.entity';
import { ContentItemEntity } from '../../library/entities/content-item.entity';
import { ForumCategoryEntity } from './forum-category.entity';

/**
 * A conversation: a forum thread in a category, the one thread of a lesson, or the comments
 * on a library item such as a blog post (the last two created when their first post is
 * made); exactly one of the three homes is set. `seq` is the last sequence number handed to a
 * post; it is raised under the row's lock in the transaction that inserts the post, so
 * sequence numbers in a thread are 1, 2, 3… without gaps or duplicates.
 */
@Entity('discussion_thread')
@Check('discussion_thread_one_home_check', `num_nonnulls("category_id", "lesson_id", "content_item_id") = 1`)
@Index('discussion_thread_category_activity_idx', ['categoryId', 'pinned', 'lastActivityAt', 'id'])
export class DiscussionThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => ForumCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<ForumCategoryEntity> | null;

  @Index('discussion_thread_lesson_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  lessonId: string | null;

  @ManyToOne(() => LessonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: Relation<LessonEntity> | null;

  /** The library item (e.g. a blog post) whose comments this is. */
  @Index('discussion_thread_content_item_id_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  contentItemId: string | null;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id' })
  contentItem?: Relation<ContentItemEntity> | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Normalised (lower case, see checkThreadTags); a category's list filters on them. */
  @Index('discussion_thread_tags_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Who started a forum thread; null for a lesson's thread (nobody starts it). */
  @Index('discussion_thread_author_id_idx')
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<PersonEntity> | null;

  /** The thread was started anonymously: other staff do not see who started it. */
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Column({ type: 'timestamptz' })
  lastActivityAt: Date;

  /** Posts in the thread, deleted placeholders included. */
  @Column({ type: 'integer', default: 0 })
  postCount: number;

  /** The sequence number of the thread's latest post (0 before the first). */
  @Column({ type: 'integer', default: 0 })
  seq: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
