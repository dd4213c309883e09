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
import type { LessonKindName } from '@common-ground/shared';
import { PersonEntity } from '../../identity/entities/person.entity';
import type { PublicationStatusName, TestRoleName } from '../learning.constants';
import { LearningModuleEntity } from './learning-module.entity';
import { LessonRevisionEntity } from './lesson-revision.entity';

/**
 * A lesson of a module. Editors change `draftContent` freely; learners only ever see
 * the frozen revision `publishedRevisionId` points at, and only while the lesson is
 * not ARCHIVED. `draftContent` holds ArticleContent, ScenarioContent or
 * KnowledgeCheckContent (packages/shared) according to `kind`.
 */
@Entity('lesson')
@Index('lesson_module_id_position_idx', ['moduleId', 'position'])
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<LearningModuleEntity>;

  /** Order inside the module, smallest first. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  kind: LessonKindName;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  outcomes: string[];

  /** Shown before the lesson starts when its story may distress (with where to find support). */
  @Column({ type: 'varchar', length: 600, nullable: true })
  contentWarning: string | null;

  /** For knowledge checks: whether it is the module's pre-test or post-test. */
  @Column({ type: 'varchar', length: 10, default: 'NONE' })
  testRole: TestRoleName;

  @Column({ type: 'jsonb' })
  draftContent: unknown;

  @Index('lesson_status_idx')
  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: PublicationStatusName;

  @Index('lesson_published_revision_id_idx')
  @Column({ type: 'uuid', nullable: true })
  publishedRevisionId: string | null;

  @ManyToOne(() => LessonRevisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_revision_id' })
  publishedRevision?: Relation<LessonRevisionEntity> | null;

  /** When set, the draft is published at this time (by the scheduler or on the next read). */
  @Index('lesson_publish_at_idx')
  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;

  @Index('lesson_updated_by_id_idx')
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
