import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A strand of the framework (e.g. Protecting people): a theme its competencies belong to. */
@Entity('framework_strand')
@Index('framework_strand_position_id_idx', ['position', 'id'])
export class StrandEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('framework_strand_name_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Plain text. */
  @Column({ type: 'varchar', length: 500, default: '' })
  description: string;

  /** Order shown, smallest first. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
