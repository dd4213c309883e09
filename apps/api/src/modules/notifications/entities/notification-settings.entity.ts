import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';

/**
 * A person's email digest choice and when their last digest went. No row means the
 * defaults: digest on, never sent.
 */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn('uuid')
  personId: string;

  @OneToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'boolean', default: true })
  emailDigest: boolean;

  /** When the last digest was sent: it covered notifications up to this moment. */
  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;
}
