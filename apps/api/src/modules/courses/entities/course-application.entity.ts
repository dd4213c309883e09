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
import type { ApplicationStatusName, ChargeBandName } from '@common-ground/shared';
import { OrganisationEntity } from '../../identity/entities/organisation.entity';
import { PersonEntity } from '../../identity/entities/person.entity';
import { CourseSessionEntity } from './course-session.entity';

/**
 * A person's application for a session and everything that follows from it: the decision
 * with its reason, the place, a cancellation and its charge. A person has at most one
 * application in play per session (a partial unique index), so a duplicate cannot slip in
 * even past the session lock.
 */
@Entity('course_application')
@Index('course_application_session_status_idx', ['sessionId', 'status', 'appliedAt'])
@Index('course_application_person_active_key', ['sessionId', 'personId'], {
  unique: true,
  where: `status in ('APPLIED', 'AWAITING_MANAGER', 'OFFERED', 'CONFIRMED', 'WAITING')`,
})
@Index('course_application_person_applied_idx', ['personId', 'appliedAt'])
export class CourseApplicationEntity {
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

  /** The applicant's organisation when they applied: it decides the mix and the charge. */
  @Index('course_application_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  /** Where the applicant works, so shortlisting can favour the session's own locality. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  locality: string | null;

  @Column({ type: 'varchar', length: 120 })
  managerName: string;

  @Column({ type: 'varchar', length: 254 })
  managerEmail: string;

  @Column({ type: 'varchar', length: 20, default: 'APPLIED' })
  status: ApplicationStatusName;

  /** Why shortlisting decided as it did, in words a lead can read out. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'integer', nullable: true })
  waitingPosition: number | null;

  @Column({ type: 'timestamptz' })
  appliedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** Set when a place is given: the band and amount in force on the session's date. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  chargeBand: ChargeBandName | null;

  /** What is owed in pence: the place's price, or 0 once cancelled in time. */
  @Column({ type: 'integer', nullable: true })
  chargePence: number | null;

  /** True when a place was given up after the free cancellation deadline. */
  @Column({ type: 'boolean', default: false })
  lateCancellation: boolean;

  /** While OFFERED: the moment an unanswered offer lapses and goes to the next person. */
  @Index('course_application_offer_expires_idx', { where: `status = 'OFFERED'` })
  @Column({ type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null;

  /** SHA-256 of the line manager's approval link token (the token itself is only in the email). */
  @Index('course_application_manager_token_key', { unique: true, where: 'manager_token_hash is not null' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  managerTokenHash: string | null;

  /** When the approval link stops working. */
  @Column({ type: 'timestamptz', nullable: true })
  managerTokenExpiresAt: Date | null;

  /** For a substitute's place: the application whose place they took (same charge, no late charge). */
  @Column({ type: 'uuid', nullable: true })
  substituteForId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
