import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { SectorName } from '@common-ground/shared';
import { PersonEntity } from '../../identity/entities/person.entity';
import { LessonAttemptEntity } from './lesson-attempt.entity';
import { LessonRevisionEntity } from './lesson-revision.entity';
import { LessonEntity } from './lesson.entity';

/**
 * Every choice a learner made, with the option chosen and the sector of their
 * organisation at the time: the source of colleague statistics and editors' reports.
 */
@Entity('scenario_decision')
@Index('scenario_decision_lesson_id_scene_id_idx', ['lessonId', 'sceneId'])
export class ScenarioDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('scenario_decision_attempt_id_idx')
  @Column({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => LessonAttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id' })
  attempt?: Relation<LessonAttemptEntity>;

  @Index('scenario_decision_person_id_idx')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => LessonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: Relation<LessonEntity>;

  @Index('scenario_decision_revision_id_idx')
  @Column({ type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => LessonRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: Relation<LessonRevisionEntity>;

  @Column({ type: 'varchar', length: 64 })
  sceneId: string;

  @Column({ type: 'varchar', length: 64 })
  choiceId: string;

  @Column({ type: 'varchar', length: 40 })
  sector: SectorName;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
