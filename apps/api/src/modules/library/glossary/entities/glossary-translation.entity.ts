import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MediaEntity } from '../../../media/entities/media.entity';
import { GlossaryTermEntity } from './glossary-term.entity';

/**
 * A term in one language: the word in its own script, a transliteration or phonetic hint
 * for staff who cannot read that script, and optionally a recording of it said aloud.
 */
@Entity('glossary_translation')
@Index('glossary_translation_term_id_language_code_key', ['termId', 'languageCode'], { unique: true })
export class GlossaryTranslationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  termId: string;

  @ManyToOne(() => GlossaryTermEntity, (t) => t.translations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id' })
  term?: Relation<GlossaryTermEntity>;

  /** BCP 47 tag, e.g. pl, ar, pa-Arab. */
  @Index('glossary_translation_language_code_idx')
  @Column({ type: 'varchar', length: 35 })
  languageCode: string;

  /** The language's English name, e.g. Polish. */
  @Column({ type: 'varchar', length: 60 })
  languageName: string;

  /** The word or phrase in its own script. */
  @Column({ type: 'varchar', length: 200 })
  text: string;

  /** How to say it, in Latin letters (a transliteration or phonetic hint). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  pronunciation: string | null;

  @Index('glossary_translation_audio_media_id_idx')
  @Column({ type: 'uuid', nullable: true })
  audioMediaId: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'audio_media_id' })
  audioMedia?: Relation<MediaEntity> | null;

  /** Order on the term's page, smallest first. */
  @Column({ type: 'integer', default: 0 })
  position: number;
}
