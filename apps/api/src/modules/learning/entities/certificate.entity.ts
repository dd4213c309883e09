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
import { CourseSessionEntity } from '../../courses/entities/course-session.entity';
import { PersonEntity } from '../../identity/entities/person.entity';
import { LearningModuleEntity } from './learning-module.entity';

/**
 * Proof that a person completed a module, or attended a course session in full and
 * evaluated it: exactly one of `moduleId` and `courseSessionId` is set. `code` (10 Crockford
 * base32 characters) verifies either kind publicly on the same page.
 */
@Entity('certificate')
@Index('certificate_person_id_module_id_key', ['personId', 'moduleId'], { unique: true })
@Index('certificate_person_id_course_session_id_key', ['personId', 'courseSessionId'], { unique: true })
@Check('certificate_one_subject', '("module_id" is null) <> ("course_session_id" is null)')
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Index('certificate_module_id_idx')
  @Column({ type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => LearningModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<LearningModuleEntity> | null;

  @Index('certificate_course_session_id_idx')
  @Column({ type: 'uuid', nullable: true })
  courseSessionId: string | null;

  @ManyToOne(() => CourseSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_session_id' })
  courseSession?: Relation<CourseSessionEntity> | null;

  @Index('certificate_code_key', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  code: string;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt: Date;
}
