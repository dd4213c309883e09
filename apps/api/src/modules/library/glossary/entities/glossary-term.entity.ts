import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToMany,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { GlossaryCategoryName } from '@common-ground/shared';
import { ContentItemEntity } from '../../entities/content-item.entity';
import { GlossaryTranslationEntity } from './glossary-translation.entity';

/**
 * A glossary term: an English word or phrase staff meet, a plain-English definition and
 * its translations. It is the GLOSSARY_TERM kind of the library's one editorial workflow:
 * its id is its content item's, which holds the status (draft, in review, published,
 * archived), the audience and the revision history. `searchText` is the term and every translation folded
 * (lower case, accents removed by PostgreSQL's unaccent) so one trigram index serves
 * search in any language; the service rewrites it whenever the term or a translation changes.
 */
@Entity('glossary_term')
@Index('glossary_term_letter_sort_key_idx', ['letter', 'sortKey'])
export class GlossaryTermEntity {
  /** The content item's id. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  item?: Relation<ContentItemEntity>;

  /** Its address, e.g. council-tax-reduction; unique. */
  @Index('glossary_term_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'varchar', length: 120 })
  term: string;

  /** Lower-case term: the A–Z order and the keyset cursor. */
  @Column({ type: 'varchar', length: 120 })
  sortKey: string;

  /** The A–Z letter it is filed under, or #. */
  @Column({ type: 'varchar', length: 1 })
  letter: string;

  /** Plain text, never HTML. */
  @Column({ type: 'varchar', length: 1000 })
  definition: string;

  @Index('glossary_term_category_idx')
  @Column({ type: 'varchar', length: 20 })
  category: GlossaryCategoryName;

  /** Folded text of the term, definition and translations (see the class comment). */
  @Index('glossary_term_search_text_trgm_idx', { synchronize: false })
  @Column({ type: 'text', default: '' })
  searchText: string;

  @OneToMany(() => GlossaryTranslationEntity, (t) => t.term)
  translations?: Relation<GlossaryTranslationEntity>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
