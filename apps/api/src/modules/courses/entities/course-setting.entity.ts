import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The course programme's one settings row (id 1), as the myth-busters keep theirs: how many
 * hours someone on the waiting list has to accept a freed place. No row means the default
 * (DEFAULT_OFFER_ACCEPT_HOURS, 48).
 */
@Entity('course_setting')
export class CourseSettingEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  offerAcceptHours: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
