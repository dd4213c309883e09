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
import { MediaEntity } from '../../media/entities/media.entity';
import type { AudienceName, PublicationStatusName } from '../learning.constants';

/**
 * A learning module: a titled, ordered set of lessons. Learners see it only while
 * `status` is PUBLISHED, and signed-out visitors only when `audience` is PUBLIC too.
 * The demo seed inserts rows directly: `slug` unique (lower-case, hyphens), `outcomes`
 * one sentence each, `position` orders the catalogue. Which competencies a module serves is
 * the framework's mapping (a MODULE resource), not a column here.
 */
@Entity('learning_module')
@Index('learning_module_position_id_idx', ['position', 'id'])
export class LearningModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('learning_module_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Index('learning_module_title_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** What a learner will be able to do afterwards, one sentence each. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  outcomes: string[];

  @Index('learning_module_topic_idx')
  @Column({ type: 'varchar', length: 80 })
  topic: string;

  @Index('learning_module_audience_idx')
  @Column({ type: 'varchar', length: 10, default: 'STAFF' })
  audience: AudienceName;

  @Index('learning_module_cover_media_id_idx')
  @Column({ type: 'uuid', nullable: true })
  coverMediaId: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cover_media_id' })
  coverMedia?: Relation<MediaEntity> | null;

  /** Required whenever a cover is set. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  coverAlt: string | null;

  @Index('learning_module_status_idx')
  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: PublicationStatusName;

  /** Order in the catalogue, smallest first. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  /** Continuing professional development time the module earns, in minutes (0–6000; 0 = none stated). */
  @Column({ type: 'integer', default: 0 })
  cpdMinutes: number;

  @Index('learning_module_created_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<PersonEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
