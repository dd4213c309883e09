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
import { PersonEntity } from '../../../identity/entities/person.entity';
import { MediaEntity } from '../../../media/entities/media.entity';
import type { ContentAudienceName } from '../../library.constants';

/**
 * A podcast show: the series its episodes belong to, with the artwork and text podcast apps
 * show. Not itself a workflow item (editors keep it; its episodes go through the workflow);
 * its audience is every episode's audience, so a STAFF show never has a public episode.
 */
@Entity('podcast_show')
@Index('podcast_show_title_id_idx', ['title', 'id'])
export class PodcastShowEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('podcast_show_slug_key', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Plain text, for the show page and the feed. */
  @Column({ type: 'varchar', length: 4000, default: '' })
  description: string;

  @Index('podcast_show_artwork_media_id_idx')
  @Column({ type: 'uuid', nullable: true })
  artworkMediaId: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'artwork_media_id' })
  artworkMedia?: Relation<MediaEntity> | null;

  /** Required whenever there is artwork. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  artworkAlt: string | null;

  @Column({ type: 'varchar', length: 10, default: 'PUBLIC' })
  audience: ContentAudienceName;

  @Index('podcast_show_created_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<PersonEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
