import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxStatusName = 'QUEUED' | 'SENT' | 'FAILED';

/** Every email the app sends, kept for audit; with no SMTP configured it is the only copy. */
@Entity('outbox_message')
@Index('outbox_message_created_at_id_idx', ['createdAt', 'id'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('outbox_message_to_idx')
  @Column({ type: 'varchar', length: 254 })
  to: string;

  @Column({ type: 'varchar', length: 250 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  /** Extra headers sent with the message (List-Unsubscribe on digests); null when none. */
  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  /** Text attachments sent with the message (a calendar entry on a booking); null when none. */
  @Column({ type: 'jsonb', nullable: true })
  attachments: { filename: string; contentType: string; content: string }[] | null;

  @Column({ type: 'varchar', length: 10, default: 'QUEUED' })
  status: OutboxStatusName;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
