import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { MythVerdictName } from '@common-ground/shared';
import { PostEntity } from '../../../discussion/entities/post.entity';
import { PersonEntity } from '../../../identity/entities/person.entity';
import { ContentItemEntity } from '../../entities/content-item.entity';

/**
 * What only a myth-buster has beside its content item (same id): the verdict, who last
 * reviewed it and when, and, for a myth that began as a rumour reported by a member of
 * staff, the discussion post where it was heard and who reported it. The myth as people say
 * it is the item's title; the facts are its body. The verdict may be empty only while it is
 * a draft (a reported rumour): the workflow refuses to send it for review or publish it.
 */
@Entity('myth')
@Index('myth_reported_by_id_heard_in_post_id_key', ['reportedById', 'heardInPostId'], { unique: true })
@Index('myth_reported_by_id_reported_at_idx', ['reportedById', 'reportedAt'])
export class MythEntity {
  @PrimaryColumn({ type: 'uuid' })
  contentItemId: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id' })
  contentItem?: Relation<ContentItemEntity>;

  @Index('myth_verdict_idx')
  @Column({ type: 'varchar', length: 12, nullable: true })
  verdict: MythVerdictName | null;

  @Index('myth_reviewer_id_idx')
  @Column({ type: 'uuid', nullable: true })
  reviewerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: Relation<PersonEntity> | null;

  /** When its facts were last checked; with the review age setting, decides "due for review". */
  @Index('myth_reviewed_at_idx')
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** The forum post or comment where the rumour was heard (kept null if that post is removed). */
  @Index('myth_heard_in_post_id_idx')
  @Column({ type: 'uuid', nullable: true })
  heardInPostId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'heard_in_post_id' })
  heardInPost?: Relation<PostEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  reportedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reported_by_id' })
  reportedBy?: Relation<PersonEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null;
}
