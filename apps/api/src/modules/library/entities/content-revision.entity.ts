import {
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
import type { ContentStatusName, RevisionEventName } from '../library.constants';
import { ContentItemEntity } from './content-item.entity';

/**
 * A copy of a content item's shared text, made on every save and every workflow step, with
 * who made it and when. Never updated, so the history shows exactly what each step saw.
 */
@Entity('content_revision')
@Index('content_revision_content_item_id_number_key', ['contentItemId', 'number'], { unique: true })
export class ContentRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contentItemId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id' })
  contentItem?: Relation<ContentItemEntity>;

  /** 1 for the first copy, then 2, 3… */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 12 })
  event: RevisionEventName;

  /** The item's status after this step. */
  @Column({ type: 'varchar', length: 12 })
  status: ContentStatusName;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  summary: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Index('content_revision_created_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<PersonEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
