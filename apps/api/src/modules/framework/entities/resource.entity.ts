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
import type { ResourceKindName } from '@common-ground/shared';
import { CourseEntity } from '../../courses/entities/course.entity';
import { LearningModuleEntity } from '../../learning/entities/learning-module.entity';

/**
 * A way to learn that serves some competencies: an e-learning module (MODULE, with
 * `moduleId`: completing it counts automatically), a course (`courseId` when it is one of
 * the programme's: attending it in full counts automatically), a briefing, reading, a podcast, shadowing
 * or a website. People mark anything but a module done themselves, with a reflection.
 */
@Entity('framework_resource')
@Index('framework_resource_title_id_idx', ['title', 'id'])
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('framework_resource_kind_idx')
  @Column({ type: 'varchar', length: 16 })
  kind: ResourceKindName;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Plain text. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  /** http(s) address, or a path in Common Ground. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  @Index('framework_resource_module_id_idx')
  @Column({ type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => LearningModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<LearningModuleEntity> | null;

  /**
   * The programme's course a COURSE resource stands for (the course programme keeps its
   * title and mapping in step with the course); null for a course run elsewhere.
   */
  @Index('framework_resource_course_id_idx')
  @Column({ type: 'uuid', nullable: true })
  courseId: string | null;

  @ManyToOne(() => CourseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'course_id' })
  course?: Relation<CourseEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
