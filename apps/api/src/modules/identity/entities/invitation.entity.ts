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
import type { RoleName } from '@common-ground/shared';
import { OrganisationEntity } from './organisation.entity';
import { PersonEntity } from './person.entity';

/** An admin's invitation to join; only a hash of its token is stored. */
@Entity('invitation')
@Index('invitation_created_at_id_idx', ['createdAt', 'id'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('invitation_email_idx')
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Index('invitation_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text', array: true, default: () => "'{LEARNER}'" })
  roles: RoleName[];

  @Index('invitation_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index('invitation_invited_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Relation<PersonEntity> | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
