import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ContentItemEntity } from '../../entities/content-item.entity';
import { FaqCategoryEntity } from './faq-category.entity';

/**
 * What only an FAQ has beside its content item (same id): the category it is filed under.
 * The question is the item's title and the answer its body, so the workflow, revisions and
 * audiences are the library's.
 */
@Entity('faq')
export class FaqEntity {
  @PrimaryColumn({ type: 'uuid' })
  contentItemId: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id' })
  contentItem?: Relation<ContentItemEntity>;

  @Index('faq_category_id_idx')
  @Column({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => FaqCategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<FaqCategoryEntity>;
}
