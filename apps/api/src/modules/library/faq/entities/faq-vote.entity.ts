import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { ContentItemEntity } from '../../entities/content-item.entity';

/**
 * One answer to "Was this helpful?": one per FAQ per voter, changed in place. `voterKey` is
 * `person:<id>` for a signed-in person and `visitor:<random id kept in their session>` for a
 * signed-out visitor, so nobody is counted twice and no visitor is identified.
 */
@Entity('faq_vote')
export class FaqVoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  faqId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'faq_id' })
  faq?: Relation<ContentItemEntity>;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  voterKey: string;

  @Column({ type: 'boolean' })
  helpful: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
