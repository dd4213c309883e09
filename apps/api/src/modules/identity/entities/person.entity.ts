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
import type { RoleName, WorkforceGroupName } from '@common-ground/shared';
import { OrganisationEntity } from './organisation.entity';

/** A member of staff with an account. Email is stored lower-case and is unique. */
@Entity('person')
@Index('person_name_id_idx', ['name', 'id'])
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('person_email_key', { unique: true })
  @Index('person_email_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Index('person_name_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  jobTitle: string;

  @Column({ type: 'varchar', length: 32 })
  workforceGroup: WorkforceGroupName;

  @Index('person_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Index('person_line_manager_id_idx')
  @Column({ type: 'uuid', nullable: true })
  lineManagerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'line_manager_id' })
  lineManager?: Relation<PersonEntity> | null;

  /** A manager without an account is named by email address instead. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  lineManagerEmail: string | null;

  @Column({ type: 'varchar', length: 8, default: 'en' })
  preferredLanguage: string;

  @Index('person_roles_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{LEARNER}'" })
  roles: RoleName[];

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
