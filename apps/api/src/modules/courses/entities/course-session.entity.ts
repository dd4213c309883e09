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
  UpdateDateColumn,
} from 'typeorm';
import type { NationName } from '@common-ground/shared';
import { CourseEntity } from './course.entity';

export type SessionStatusName = 'SCHEDULED' | 'CANCELLED';

/**
 * One date of a course, at a venue, with a number of places. Its row is the lock every
 * change to its places takes (select … for update), so places are never given beyond
 * capacity however many people apply or cancel at once.
 */
@Entity('course_session')
@Index('course_session_starts_at_id_idx', ['startsAt', 'id'])
@Index('course_session_locality_starts_at_idx', ['locality', 'startsAt'])
@Check('course_session_ends_after_start', '"ends_at" > "starts_at"')
@Check('course_session_capacity_positive', '"capacity" > 0')
export class CourseSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('course_session_course_id_idx')
  @Column({ type: 'uuid' })
  courseId: string;

  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id' })
  course?: Relation<CourseEntity>;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ type: 'text', default: '' })
  joiningInstructions: string;

  @Column({ type: 'varchar', length: 60 })
  locality: string;

  /** Whose bank holidays decide working days for cancellation. */
  @Column({ type: 'varchar', length: 20, default: 'ENGLAND_AND_WALES' })
  nation: NationName;

  @Column({ type: 'integer' })
  capacity: number;

  /** Empty when the course's own trainer runs it. */
  @Column({ type: 'varchar', length: 120, default: '' })
  trainer: string;

  @Column({ type: 'varchar', length: 12, default: 'SCHEDULED' })
  status: SessionStatusName;

  /** When shortlisting gave out the places; applications after it take a free place at once. */
  @Column({ type: 'timestamptz', nullable: true })
  shortlistedAt: Date | null;

  /** Calendar entries' SEQUENCE: goes up on every change delegates are told about. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
