import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import type { ContentAudienceName, ContentKindName, ContentStatusName } from '../library.constants';

/**
 * One piece of library content of any kind, with the fields every kind shares and the
 * workflow's state. Readers see `title`, `summary` and `body` only while it is PUBLISHED
 * (and, for STAFF, only when signed in); kind-specific fields live in a table of that kind
 * (e.g. blog_post) whose primary key is this item's id.
 */
@Entity('content_item')
@Index('content_item_kind_slug_key', ['kind', 'slug'], { unique: true })
@Index('content_item_kind_status_published_at_idx', ['kind', 'status', 'publishedAt', 'id'])
@Index('content_item_kind_status_updated_at_idx', ['kind', 'status', 'updatedAt', 'id'])
export class ContentItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ContentKindName;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: ContentStatusName;

  @Column({ type: 'varchar', length: 10, default: 'STAFF' })
  audience: ContentAudienceName;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The readable part of its web address, unique within its kind; fixed when it is created. */
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  /** Plain text shown in lists and feeds. */
  @Column({ type: 'varchar', length: 500, default: '' })
  summary: string;

  /** Sanitised HTML (the one rich-text allow-list). */
  @Column({ type: 'text', default: '' })
  body: string;

  /** Words in the body's text, kept on save so lists can show reading times without the body. */
  @Column({ type: 'integer', default: 0 })
  wordCount: number;

  @Index('content_item_author_id_idx')
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<PersonEntity> | null;

  /** When set (and not yet published), the scheduled-publishing job publishes it at this time. */
  @Index('content_item_publish_at_idx')
  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  /** When it was first published; kept through later edits and re-publication. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Index('content_item_updated_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Relation<PersonEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
