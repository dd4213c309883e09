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
import { PersonEntity } from '../../../identity/entities/person.entity';

/**
 * A person barred from posting, editing, reacting and typing until `endsAt` (they can still
 * read). Lifting it early sets `liftedAt`; the row stays as a record.
 */
@Entity('suspension')
@Index('suspension_person_id_ends_at_idx', ['personId', 'endsAt'])
@Index('suspension_ends_at_id_idx', ['endsAt', 'id'])
export class SuspensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  /** The moderator who suspended them. */
  @Column({ type: 'uuid', nullable: true })
  suspendedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suspended_by_id' })
  suspendedBy?: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  liftedAt: Date | null;
}
