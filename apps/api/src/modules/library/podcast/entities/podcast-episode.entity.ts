import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MediaEntity } from '../../../media/entities/media.entity';
import { ContentItemEntity } from '../../entities/content-item.entity';
import type { Chapter } from '../chapters';
import { PodcastShowEntity } from './podcast-show.entity';

/** Someone heard in an episode, e.g. "Ana (migrant worker)". */
export interface Voice {
  name: string;
  role: string;
}

/**
 * What only a podcast episode has, beside its content item (same id; title, notes as the
 * body, audience and publication date are the item's). The transcript is kept as the WebVTT
 * text it was checked as; chapters as their start times and titles, served in the podcast
 * namespace's JSON chapters format.
 */
@Entity('podcast_episode')
@Index('podcast_episode_show_id_idx', ['showId'])
export class PodcastEpisodeEntity {
  @PrimaryColumn({ type: 'uuid' })
  contentItemId: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id' })
  contentItem?: Relation<ContentItemEntity>;

  @Column({ type: 'uuid' })
  showId: string;

  @ManyToOne(() => PodcastShowEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'show_id' })
  show?: Relation<PodcastShowEntity>;

  @Index('podcast_episode_audio_media_id_idx')
  @Column({ type: 'uuid', nullable: true })
  audioMediaId: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'audio_media_id' })
  audioMedia?: Relation<MediaEntity> | null;

  /** Valid WebVTT (checked by the strict parser in webvtt.ts), or empty when there is none yet. */
  @Column({ type: 'text', default: '' })
  transcriptVtt: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  chapters: Chapter[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  voices: Voice[];

  /** Marked explicit for podcast apps (itunes:explicit). */
  @Column({ type: 'boolean', default: false })
  explicit: boolean;
}
