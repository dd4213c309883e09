import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A course in the programme: what it teaches and to whom. It runs as one or more sessions. */
@Entity('course')
@Index('course_title_id_idx', ['title', 'id'])
export class CourseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  /** Plain text; paragraphs separated by blank lines. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  outcomes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetGroups: string[];

  @Column({ type: 'varchar', length: 120, default: '' })
  trainer: string;

  /** Applications wait for the line manager's approval (from a link in an email) before they count. */
  @Column({ type: 'boolean', default: false })
  requiresManagerApproval: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
