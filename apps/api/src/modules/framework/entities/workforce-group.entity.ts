import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { WorkforceGroupName } from '@common-ground/shared';

/**
 * A workforce group of the framework, by how much contact a role has with the people the
 * partnership protects: ordered from general contact to intensive contact and leaders, with
 * the public, carers and volunteers as a group of its own (`openToPublic`: anyone, signed in
 * or not, may use the tool for it). `profileGroup` ties it to the workforce group people give
 * in their profile, so the tool starts at theirs; at most one framework group per profile group.
 */
@Entity('framework_workforce_group')
@Index('framework_workforce_group_position_id_idx', ['position', 'id'])
export class WorkforceGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('framework_workforce_group_name_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Plain text: which roles belong here. */
  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Index('framework_workforce_group_profile_group_key', { unique: true, where: '"profile_group" IS NOT NULL' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  profileGroup: WorkforceGroupName | null;

  @Column({ type: 'boolean', default: false })
  openToPublic: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
