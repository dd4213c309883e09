import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { AttendanceStatusName } from '@common-ground/shared';
import { PersonEntity } from '../../identity/entities/person.entity';
import { CourseApplicationEntity } from './course-application.entity';
import { CourseSessionEntity } from './course-session.entity';

/**
 * One line of a session's register: how a delegate with a confirmed place attended. One
 * row per place (keyed by the application), so marking again corrects the line rather than
 * adding one.
 */
@Entity('course_attendance')
@Index('course_attendance_application_id_key', ['applicationId'], { unique: true })
@Index('course_attendance_session_person_key', ['sessionId', 'personId'], { unique: true })
@Index('course_attendance_person_id_idx', ['personId', 'status'])
@Check('course_attendance_status_known', `"status" in ('WHOLE', 'LATE', 'LEFT_EARLY', 'ABSENT')`)
export class CourseAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CourseSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<CourseSessionEntity>;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => CourseApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<CourseApplicationEntity>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 12 })
  status: AttendanceStatusName;

  /** Who marked the line last (a trainer, lead or admin); null once their account is gone. */
  @Index('course_attendance_marked_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  markedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by_id' })
  markedBy?: Relation<PersonEntity> | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  markedAt: Date;
}
