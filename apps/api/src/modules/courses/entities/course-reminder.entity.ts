import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { ReminderKindName } from '@common-ground/shared';
import { PersonEntity } from '../../identity/entities/person.entity';
import { CourseApplicationEntity } from './course-application.entity';

/**
 * A reminder sent for a place. The primary key is the once-only guard: every instance of the
 * reminder job inserts before it sends, and only the one whose insert lands sends the email.
 */
@Entity('course_reminder_sent')
export class CourseReminderSentEntity {
  @PrimaryColumn('uuid')
  applicationId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  kind: ReminderKindName;

  @ManyToOne(() => CourseApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<CourseApplicationEntity>;

  @Column({ type: 'timestamptz' })
  sentAt: Date;
}

/**
 * A person's choice about course reminders, beside their other email choices. No row means
 * the default: reminders on.
 */
@Entity('course_reminder_setting')
export class CourseReminderSettingEntity {
  @PrimaryColumn('uuid')
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'boolean', default: true })
  reminders: boolean;
}
