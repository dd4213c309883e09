import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { GlossaryAudienceName, GlossaryCategoryName } from '@common-ground/shared';
import { PersonEntity } from '../../../identity/entities/person.entity';
import { GlossaryTranslationEntity } from './glossary-translation.entity';

export const GLOSSARY_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type GlossaryStatusName = (typeof GLOSSARY_STATUSES)[number];

/**
 * A glossary term: an English word or phrase staff meet, a plain-English definition and
 * its translations. `searchText` is the term, definition and every translation folded
 * (lower case, accents removed by PostgreSQL's unaccent) so one trigram index serves
 * search in any language; the service rewrites it whenever the term or a translation changes.
 */
@Entity('glossary_term')
@Index('glossary_term_status_letter_term_idx', ['status', 'letter', 'sortKey'])
export class GlossaryTermEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status: GlossaryStatusName;

  @Column({ type: 'varchar', length: 10, default: 'PUBLIC' })
  audience: GlossaryAudienceName;

  /** Folded text of the term, definition and translations (see the class comment). */
  @Index('glossary_term_search_text_trgm_idx', { synchronize: false })
  @Column({ type: 'text', default: '' })
  searchText: string;

  @OneToMany(() => GlossaryTranslationEntity, (t) => t.term)
  translations?: Relation<GlossaryTranslationEntity>[];

  @Index('glossary_term_updated_by_id_idx')
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
