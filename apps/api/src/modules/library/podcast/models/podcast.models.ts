import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../../../common/auth/actor';
import { Connection } from '../../../../common/graphql/connection';
import { MaxItems } from '../../../../common/graphql/list-size';
import { CHAPTER_LIMITS } from '../chapters';
import { PODCAST_LIMITS } from '../dto/podcast.inputs';
import { mediaUrl } from '../../../media/models/media-file.model';
import type { ContentAudienceName, ContentStatusName } from '../../library.constants';
import { abilities, isLibraryEditor } from '../../library.policy';
import { ContentViewerCan } from '../../models/content.model';
import { ContentAudience, ContentStatus } from '../../models/enums';
import type { PodcastShowEntity } from '../entities/podcast-show.entity';
import type { EpisodeRecord } from '../podcast.service';

@ObjectType({ description: 'A picture with its description.' })
export class PodcastArtwork {
  @Field({ description: 'Where to fetch it.' })
  url: string;

  @Field(() => ID, { description: 'The uploaded picture.' })
  mediaId: string;

  @Field({ description: 'What it shows, for people who cannot see it.' })
  alt: string;
}

@ObjectType({ description: 'What the viewer may do with a show.' })
export class PodcastShowViewerCan {
  @Field({ description: 'Change the show and add episodes (editors).' })
  edit: boolean;

  @Field({ description: 'Have a private feed of it (signed-in staff, staff-only shows).' })
  privateFeed: boolean;
}

@ObjectType({ description: 'A podcast show: a series of episodes.' })
export class PodcastShow {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The readable part of its web address.' })
  slug: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What it is about (plain text).' })
  description: string;

  @Field(() => PodcastArtwork, { nullable: true, description: 'Its artwork; null when there is none.' })
  artwork: PodcastArtwork | null;

  @Field(() => ContentAudience, { description: 'Who may listen: everyone, or signed-in staff.' })
  audience: ContentAudienceName;

  @Field(() => String, {
    nullable: true,
    description: 'Its public RSS feed, for PUBLIC shows; null for staff-only shows (see privateFeed).',
  })
  feedUrl: string | null;

  @Field(() => PodcastShowViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan: PodcastShowViewerCan;

  entity: PodcastShowEntity;
}

@ObjectType({ description: 'A page of shows.' })
export class PodcastShowConnection extends Connection(PodcastShow, 'PodcastShow') {}

@ObjectType({ description: 'Someone heard in an episode.' })
export class PodcastVoice {
  @Field({ description: 'Their name.' })
  name: string;

  @Field({ description: 'Who they are, e.g. "council worker".' })
  role: string;
}

@ObjectType({ description: 'A chapter of an episode.' })
export class PodcastChapter {
  @Field(() => Float, { description: 'Where it starts, in seconds.' })
  startSeconds: number;

  @Field({ description: 'Its title.' })
  title: string;
}

@ObjectType({ description: 'An episode’s recording.' })
export class PodcastAudio {
  @Field(() => ID, { description: 'The uploaded file.' })
  mediaId: string;

  @Field({ description: 'Where to fetch it (supports HTTP range requests).' })
  url: string;

  @Field({ description: 'Its type, read from the file, e.g. audio/mpeg.' })
  mime: string;

  @Field(() => Float, { description: 'Size in bytes.' })
  size: number;

  @Field(() => Float, { nullable: true, description: 'Length in seconds, read from the file.' })
  durationSeconds: number | null;
}

@ObjectType({ description: 'An episode of a podcast show, with its place in the editorial workflow.' })
export class PodcastEpisode {
  @Field(() => ID, { description: 'Identifier (of its content item).' })
  id: string;

  @Field({ description: 'The readable part of its web address.' })
  slug: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'A sentence or two for lists and feeds (plain text).' })
  summary: string;

  @Field({ description: 'The show notes, as sanitised HTML.' })
  notesHtml: string;

  @Field(() => ContentStatus, { description: 'Where it is in the workflow.' })
  status: ContentStatusName;

  @Field(() => ContentAudience, { description: 'Who may listen once published (its show’s audience).' })
  audience: ContentAudienceName;

  @Field(() => Date, { nullable: true, description: 'When it is scheduled to be published.' })
  publishAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was first published.' })
  publishedAt: Date | null;

  @Field({ description: 'Marked explicit for podcast apps.' })
  explicit: boolean;

  @MaxItems(PODCAST_LIMITS.voices)
  @Field(() => [PodcastVoice], { description: 'The voices heard in it.' })
  voices: PodcastVoice[];

  @MaxItems(CHAPTER_LIMITS.count)
  @Field(() => [PodcastChapter], { description: 'Its chapters, in order.' })
  chapters: PodcastChapter[];

  @Field({
    description:
      'The transcript as WebVTT text (checked on save; @common-ground/shared parseWebVtt reads it); empty when there is none.',
  })
  transcriptVtt: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where to fetch the transcript as a WebVTT file; null when there is none.',
  })
  transcriptUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where to fetch the chapters as a JSON chapters file; null when there are none.',
  })
  chaptersUrl: string | null;

  @Field(() => ContentViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan: ContentViewerCan;

  record: EpisodeRecord;
}

@ObjectType({ description: 'A page of episodes.' })
export class PodcastEpisodeConnection extends Connection(PodcastEpisode, 'PodcastEpisode') {}

@ObjectType({ description: 'A person’s private feed of a staff-only show.' })
export class PrivatePodcastFeed {
  @Field({ description: 'When it was made.' })
  createdAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Its address, given only when it is made (it is not kept and cannot be shown again).',
  })
  url: string | null;
}

/** The routes that serve an episode's transcript and chapters (audience checked per request). */
export const transcriptPath = (id: string): string => `/api/podcasts/episodes/${id}/transcript.vtt`;
export const chaptersPath = (id: string): string => `/api/podcasts/episodes/${id}/chapters.json`;
export const publicFeedPath = (slug: string): string => `/api/feeds/podcasts/${encodeURIComponent(slug)}.xml`;

export const toPodcastShow = (show: PodcastShowEntity, actor: Actor | null): PodcastShow => ({
  id: show.id,
  slug: show.slug,
  title: show.title,
  description: show.description,
  artwork:
    show.artworkMediaId && show.artworkAlt
      ? { mediaId: show.artworkMediaId, url: mediaUrl(show.artworkMediaId), alt: show.artworkAlt }
      : null,
  audience: show.audience,
  feedUrl: show.audience === 'PUBLIC' ? publicFeedPath(show.slug) : null,
  viewerCan: { edit: isLibraryEditor(actor), privateFeed: !!actor && show.audience === 'STAFF' },
  entity: show,
});

export const toPodcastEpisode = (record: EpisodeRecord, actor: Actor | null): PodcastEpisode => {
  const { item, episode } = record;
  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    notesHtml: item.body,
    status: item.status,
    audience: item.audience,
    publishAt: item.publishAt,
    publishedAt: item.publishedAt,
    explicit: episode.explicit,
    voices: episode.voices,
    chapters: episode.chapters.map((c) => ({ startSeconds: c.startTime, title: c.title })),
    transcriptVtt: episode.transcriptVtt,
    transcriptUrl: episode.transcriptVtt ? transcriptPath(item.id) : null,
    chaptersUrl: episode.chapters.length ? chaptersPath(item.id) : null,
    viewerCan: abilities(actor, item),
    record,
  };
};
