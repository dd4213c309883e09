import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RoleName, SectorName } from '@common-ground/shared';

/**
 * A forum category. Open to all staff unless one of the `allowed*` lists is non-empty;
 * then only people holding one of the roles, working in one of the sectors or belonging
 * to one of the organisations see it (and admins, who manage categories).
 */
@Entity('forum_category')
@Index('forum_category_position_idx', ['position', 'id'])
export class ForumCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  /** Order in the forum list, smallest first. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedRoles: RoleName[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedSectors: SectorName[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  allowedOrganisationIds: string[];

  /** When true, staff may post without their name shown to other staff. */
  @Column({ type: 'boolean', default: false })
  allowsAnonymous: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
