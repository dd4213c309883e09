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
import type { CompetencyKindName } from '@common-ground/shared';
import { StrandEntity } from './strand.entity';
import { WorkforceGroupEntity } from './workforce-group.entity';

/** One statement of what a workforce group needs to know or do in a strand. */
@Entity('framework_competency')
@Index('framework_competency_cell_idx', ['strandId', 'workforceGroupId', 'position', 'id'])
export class CompetencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  strandId: string;

  @ManyToOne(() => StrandEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strand_id' })
  strand?: Relation<StrandEntity>;

  @Index('framework_competency_workforce_group_id_idx')
  @Column({ type: 'uuid' })
  workforceGroupId: string;

  @ManyToOne(() => WorkforceGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workforce_group_id' })
  workforceGroup?: Relation<WorkforceGroupEntity>;

  @Column({ type: 'varchar', length: 8 })
  kind: CompetencyKindName;

  /** Plain text, e.g. "Know who to tell when you are worried about someone". */
  @Column({ type: 'varchar', length: 400 })
  statement: string;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
