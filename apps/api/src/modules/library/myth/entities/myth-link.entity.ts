import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ContentItemEntity } from '../../entities/content-item.entity';

/**
 * A glossary term or FAQ an editor says a myth relates to. Both ends are content items, so
 * one table serves both kinds and a deleted term or FAQ drops its links.
 */
@Entity('myth_link')
export class MythLinkEntity {
  @PrimaryColumn({ type: 'uuid' })
  mythId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'myth_id' })
  myth?: Relation<ContentItemEntity>;

  @Index('myth_link_related_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  relatedId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'related_id' })
  related?: Relation<ContentItemEntity>;
}
