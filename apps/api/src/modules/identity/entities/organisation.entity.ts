import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SectorName } from '@common-ground/shared';

/** An agency in the partnership; every person belongs to exactly one. */
@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organisation_name_key', { unique: true })
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Index('organisation_sector_idx')
  @Column({ type: 'varchar', length: 40 })
  sector: SectorName;

  @Column({ type: 'boolean', default: false })
  fundsPartnership: boolean;

  @Column({ type: 'boolean', default: false })
  saferProgrammeMember: boolean;

  /** Lower-case domains whose owners may register themselves into this organisation. */
  @Index('organisation_email_domains_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emailDomains: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
