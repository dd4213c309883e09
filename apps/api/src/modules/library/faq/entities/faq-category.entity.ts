import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A heading FAQs are grouped under (e.g. "Housing"), managed by editors. Listed in
 * `position` order; a category that still holds FAQs cannot be deleted.
 */
@Entity('faq_category')
export class FaqCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('faq_category_name_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** Plain text under the heading. */
  @Column({ type: 'varchar', length: 300, default: '' })
  description: string;

  @Index('faq_category_position_idx')
  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
