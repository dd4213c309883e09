import type { MediaEntity } from '../../media/entities/media.entity';
import { xmlEscape } from '../blog/blog-feed';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { PodcastEpisodeEntity } from './entities/podcast-episode.entity';
import type { PodcastShowEntity } from './entities/podcast-show.entity';

/** One episode as a feed carries it. */
export interface FeedEpisode {
  item: ContentItemEntity;
  episode: PodcastEpisodeEntity;
  audio: MediaEntity;
}

/** Where a feed's files are fetched: public routes, or a private feed's token routes. */
export interface FeedLinks {
  self: string;
  audio: (e: FeedEpisode) => string;
  transcript: (e: FeedEpisode) => string;
  chapters: (e: FeedEpisode) => string;
  artwork: string | null;
}

/** `itunes:duration` as whole seconds, which every app reads. */
const duration = (seconds: number | null): string => String(Math.max(0, Math.round(seconds ?? 0)));

/**
 * An RSS 2.0 document for one show with the iTunes and Podcasting 2.0 namespace tags podcast
 * apps read: an enclosure with its length and type, itunes:duration, a permanent guid,
 * podcast:transcript (WebVTT), podcast:chapters (JSON chapters), podcast:person for each voice,
 * and podcast:socialInteract pointing at the episode's comments on its page. The namespace's
 * protocol list names no plain web page, and claiming `activitypub` would send apps to fetch
 * an ActivityPub object that is not there, so the protocol is given as `web`: apps that do
 * not know it ignore it. Every text is escaped.
 */
export function podcastFeedXml(
  publicUrl: string,
  show: PodcastShowEntity,
  episodes: FeedEpisode[],
  links: FeedLinks,
  builtAt: Date,
): string {
  const showLink = `${publicUrl}/library/podcasts/${encodeURIComponent(show.slug)}`;
  const items = episodes.map((e) => {
    const { item, episode, audio } = e;
    const page = `${publicUrl}/library/podcasts/episodes/${encodeURIComponent(item.slug)}`;
    return [
      '<item>',
      `<title>${xmlEscape(item.title)}</title>`,
      `<link>${xmlEscape(page)}</link>`,
      `<guid isPermaLink="false">urn:uuid:${item.id}</guid>`,
      `<pubDate>${(item.publishedAt ?? item.updatedAt).toUTCString()}</pubDate>`,
      `<description>${xmlEscape(item.summary || item.title)}</description>`,
      `<content:encoded>${xmlEscape(item.body)}</content:encoded>`,
      `<enclosure url="${xmlEscape(links.audio(e))}" length="${audio.size}" type="${xmlEscape(audio.mime)}"/>`,
      `<itunes:duration>${duration(audio.durationSeconds)}</itunes:duration>`,
      `<itunes:explicit>${episode.explicit ? 'true' : 'false'}</itunes:explicit>`,
      `<itunes:episodeType>full</itunes:episodeType>`,
      episode.transcriptVtt
        ? `<podcast:transcript url="${xmlEscape(links.transcript(e))}" type="text/vtt" language="en-gb"/>`
        : '',
      episode.chapters.length
        ? `<podcast:chapters url="${xmlEscape(links.chapters(e))}" type="application/json+chapters"/>`
        : '',
      ...episode.voices.map(
        (v) => `<podcast:person role="guest" group="cast">${xmlEscape(`${v.name} (${v.role})`)}</podcast:person>`,
      ),
      `<podcast:socialInteract protocol="web" uri="${xmlEscape(`${page}#comments-heading`)}" priority="1"/>`,
      '</item>',
    ]
      .filter(Boolean)
      .join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">',
    '<channel>',
    `<title>${xmlEscape(show.title)}</title>`,
    `<link>${xmlEscape(showLink)}</link>`,
    `<atom:link href="${xmlEscape(links.self)}" rel="self" type="application/rss+xml"/>`,
    `<description>${xmlEscape(show.description)}</description>`,
    '<language>en-gb</language>',
    `<lastBuildDate>${builtAt.toUTCString()}</lastBuildDate>`,
    `<podcast:guid>${show.id}</podcast:guid>`,
    show.audience === 'STAFF' ? '<itunes:block>Yes</itunes:block>' : '',
    show.audience === 'STAFF' ? '<podcast:locked>yes</podcast:locked>' : '',
    '<itunes:author>Common Ground</itunes:author>',
    '<itunes:category text="Education"/>',
    '<itunes:explicit>false</itunes:explicit>',
    '<itunes:type>episodic</itunes:type>',
    links.artwork ? `<itunes:image href="${xmlEscape(links.artwork)}"/>` : '',
    links.artwork
      ? `<image><url>${xmlEscape(links.artwork)}</url><title>${xmlEscape(show.title)}</title><link>${xmlEscape(showLink)}</link></image>`
      : '',
    ...items,
    '</channel>',
    '</rss>',
  ]
    .filter(Boolean)
    .join('\n');
}
