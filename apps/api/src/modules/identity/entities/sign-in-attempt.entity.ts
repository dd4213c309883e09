import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One sign-in attempt, kept to throttle guessing per account and per address. */
@Entity('sign_in_attempt')
@Index('sign_in_attempt_email_created_at_idx', ['email', 'createdAt'])
@Index('sign_in_attempt_ip_created_at_idx', ['ip', 'createdAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
