import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { CourseSessionEntity } from './course-session.entity';

/**
 * A delegate's evaluation of a session they attended (Kirkpatrick's "reaction" level): four
 * ratings from 1 to 5 and two plain-text answers. Once only: the unique key makes a second
 * form impossible even when two arrive at once.
 */
@Entity('course_evaluation')
@Index('course_evaluation_session_person_key', ['sessionId', 'personId'], { unique: true })
@Index('course_evaluation_person_id_idx', ['personId'])
@Check('course_evaluation_overall_range', '"overall" between 1 and 5')
@Check('course_evaluation_content_range', '"content" between 1 and 5')
@Check('course_evaluation_trainer_range', '"trainer" between 1 and 5')
@Check('course_evaluation_usefulness_range', '"usefulness" between 1 and 5')
export class CourseEvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CourseSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<CourseSessionEntity>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'smallint' })
  overall: number;

  @Column({ type: 'smallint' })
  content: number;

  @Column({ type: 'smallint' })
  trainer: number;

  @Column({ type: 'smallint' })
  usefulness: number;

  /** Plain text: what the delegate will do differently in their work. */
  @Column({ type: 'varchar', length: 2000, default: '' })
  willDoDifferently: string;

  /** Plain text: anything else they want to say. */
  @Column({ type: 'varchar', length: 2000, default: '' })
  comments: string;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
