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
import { PodcastShowEntity } from './podcast-show.entity';

/**
 * A person's private feed address for a staff-only show, so they can listen in their own
 * podcast app. Only a SHA-256 hash of the random token is kept: the address is shown once,
 * when it is made. Revoking sets `revokedAt`; a person has at most one live token per show.
 */
@Entity('podcast_feed_token')
@Index('podcast_feed_token_live_key', ['showId', 'personId'], { unique: true, where: 'revoked_at IS NULL' })
@Index('podcast_feed_token_person_id_idx', ['personId'])
export class PodcastFeedTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  showId: string;

  @ManyToOne(() => PodcastShowEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'show_id' })
  show?: Relation<PodcastShowEntity>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  /** Hex SHA-256 of the token. */
  @Index('podcast_feed_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
