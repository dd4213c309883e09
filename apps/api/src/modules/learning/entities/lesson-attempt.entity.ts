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
import type { AttemptStatusName } from '../learning.constants';
import { LessonRevisionEntity } from './lesson-revision.entity';
import { LessonEntity } from './lesson.entity';

/**
 * One go at a lesson by one person, on one frozen revision. `state` is the server's
 * copy of the play: a ScenarioState for scenarios, `{ answers }` for knowledge checks,
 * `{}` for articles. At most one IN_PROGRESS attempt per person and lesson.
 */
@Entity('lesson_attempt')
@Index('lesson_attempt_person_id_lesson_id_idx', ['personId', 'lessonId'])
@Index('lesson_attempt_one_in_progress_key', ['personId', 'lessonId'], {
  unique: true,
  where: `"status" = 'IN_PROGRESS'`,
})
export class LessonAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Index('lesson_attempt_lesson_id_idx')
  @Column({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => LessonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: Relation<LessonEntity>;

  @Index('lesson_attempt_revision_id_idx')
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => LessonRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revision_id' })
  revision?: Relation<LessonRevisionEntity>;

  /** 1 for the person's first go at this lesson, then 2, 3… */
  @Column({ type: 'integer' })
  attemptNumber: number;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  state: unknown;

  @Column({ type: 'varchar', length: 12, default: 'IN_PROGRESS' })
  status: AttemptStatusName;

  /** Scenario score, or the knowledge check's percentage. */
  @Column({ type: 'integer', nullable: true })
  score: number | null;

  /** Knowledge checks: whether the pass mark was reached. */
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  startedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
