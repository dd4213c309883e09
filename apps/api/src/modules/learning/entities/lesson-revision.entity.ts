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
import { PersonEntity } from '../../identity/entities/person.entity';
import { LessonEntity } from './lesson.entity';

/**
 * A frozen copy of a lesson's content, made each time it is published. Never updated,
 * so an attempt that started on it keeps working whatever happens to the draft.
 */
@Entity('lesson_revision')
@Index('lesson_revision_lesson_id_number_key', ['lessonId', 'number'], { unique: true })
export class LessonRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  lessonId: string;

  @ManyToOne(() => LessonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: Relation<LessonEntity>;

  /** 1 for the first publication, then 2, 3… */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'jsonb' })
  content: unknown;

  /**
   * The media the content uses (see `mediaIdsOf`), kept beside it so a download can be
   * checked against published content with the GIN index instead of scanning JSON.
   */
  @Index('lesson_revision_media_ids_idx', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mediaIds: string[];

  @Index('lesson_revision_created_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<PersonEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
