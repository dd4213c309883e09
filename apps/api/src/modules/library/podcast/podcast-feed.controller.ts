import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../../common/auth/decorators';
import { Clock } from '../../../common/clock';
import { requestContext } from '../../../common/context/request-context';
import { notFound } from '../../../common/errors/domain-error';
import { AppConfig } from '../../../config/app-config';
import { MediaService } from '../../media/media.service';
import { mediaUrl } from '../../media/models/media-file.model';
import { chaptersDocument } from './chapters';
import type { PodcastShowEntity } from './entities/podcast-show.entity';
import { chaptersPath, publicFeedPath, transcriptPath } from './models/podcast.models';
import { type FeedEpisode, type FeedLinks, podcastFeedXml } from './podcast-feed';
import { PodcastService } from './podcast.service';

/** How many of the newest episodes a feed carries. */
const FEED_SIZE = 100;

/** What every refused feed or file answers: the same as an unknown address. */
const missing = () => notFound('That feed');

/**
 * Podcast feeds and the files they point at.
 * - GET /api/feeds/podcasts/:slug.xml: a PUBLIC show's feed, read as a signed-out visitor
 *   whoever asks (a feed address is shared and cached); a STAFF show answers 404.
 * - GET /api/feeds/podcasts/private/:token.xml and its /:token/:episode/{audio,transcript.vtt,
 *   chapters.json}: a person's private feed of a staff-only show, usable from a podcast app
 *   without a session. A wrong, revoked or deactivated person's token answers exactly like an
 *   unknown address (404), revealing nothing.
 * - GET /api/podcasts/episodes/:id/transcript.vtt and chapters.json: for the site and public
 *   feeds, with the reader's own audience rules.
 */
@Controller()
export class PodcastFeedController {
  constructor(
    private readonly podcasts: PodcastService,
    private readonly media: MediaService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get('api/feeds/podcasts/private/:token.xml')
  async privateFeed(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const show = await this.podcasts.showForToken(token);
    if (!show) throw missing();
    const base = `${this.config.publicUrl}/api/feeds/podcasts/private/${token}`;
    const links: FeedLinks = {
      self: `${base}.xml`,
      audio: (e) => `${base}/${e.item.id}/audio`,
      transcript: (e) => `${base}/${e.item.id}/transcript.vtt`,
      chapters: (e) => `${base}/${e.item.id}/chapters.json`,
      artwork: show.artworkMediaId ? `${base}/artwork` : null,
    };
    await this.sendFeed(res, show, links, 'private, no-store');
  }

  @Public()
  @Get('api/feeds/podcasts/private/:token/artwork')
  async privateArtwork(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const show = await this.podcasts.showForToken(token);
    if (!show?.artworkMediaId) throw missing();
    await this.sendMedia(res, show.artworkMediaId);
  }

  @Public()
  @Get('api/feeds/podcasts/private/:token/:episodeId/:file')
  async privateFile(
    @Param('token') token: string,
    @Param('episodeId') episodeId: string,
    @Param('file') file: string,
    @Res() res: Response,
  ): Promise<void> {
    const show = await this.podcasts.showForToken(token);
    const episode = show ? await this.podcasts.feedEpisode(show, episodeId) : null;
    if (!episode) throw missing();
    if (file === 'audio' && episode.audioMediaId) return this.sendMedia(res, episode.audioMediaId);
    if (file === 'transcript.vtt' && episode.transcriptVtt) return this.sendVtt(res, episode.transcriptVtt, 'private');
    if (file === 'chapters.json' && episode.chapters.length) return this.sendChapters(res, episode.chapters, 'private');
    throw missing();
  }

  @Public()
  @Get('api/feeds/podcasts/:slug.xml')
  async publicFeed(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const ctx = { ...requestContext(req, res), actor: null };
    const show = await this.podcasts.getShow(ctx, slug).catch(() => null);
    if (!show || show.audience !== 'PUBLIC') throw missing();
    const url = this.config.publicUrl;
    const links: FeedLinks = {
      self: `${url}${publicFeedPath(show.slug)}`,
      audio: (e) => `${url}${mediaUrl(e.audio.id)}`,
      transcript: (e) => `${url}${transcriptPath(e.item.id)}`,
      chapters: (e) => `${url}${chaptersPath(e.item.id)}`,
      artwork: show.artworkMediaId ? `${url}${mediaUrl(show.artworkMediaId)}` : null,
    };
    await this.sendFeed(res, show, links, 'public, max-age=300');
  }

  @Public()
  @Get('api/podcasts/episodes/:id/:file')
  async episodeFile(
    @Param('id') id: string,
    @Param('file') file: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const ctx = requestContext(req, res);
    const found = await this.podcasts.getEpisode(ctx, id).catch(() => null);
    if (!found) throw notFound('That file');
    const cache = found.item.status === 'PUBLISHED' && found.item.audience === 'PUBLIC' ? 'public' : 'private';
    if (file === 'transcript.vtt' && found.episode.transcriptVtt) {
      return this.sendVtt(res, found.episode.transcriptVtt, cache);
    }
    if (file === 'chapters.json' && found.episode.chapters.length) {
      return this.sendChapters(res, found.episode.chapters, cache);
    }
    throw notFound('That file');
  }

  private async sendFeed(res: Response, show: PodcastShowEntity, links: FeedLinks, cache: string): Promise<void> {
    const episodes: FeedEpisode[] = await this.podcasts.feedEpisodes(show, FEED_SIZE);
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    res.setHeader('Cache-Control', cache);
    res.send(podcastFeedXml(this.config.publicUrl, show, episodes, links, this.clock.now()));
  }

  private async sendMedia(res: Response, mediaId: string): Promise<void> {
    const media = await this.media.get(mediaId);
    res.setHeader('Content-Type', media.mime);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, max-age=3600');
    await this.media.send(res, media);
  }

  private sendVtt(res: Response, vtt: string, cache: 'public' | 'private'): void {
    res.setHeader('Content-Type', 'text/vtt; charset=utf-8');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', cache === 'public' ? 'public, max-age=300' : 'private, max-age=300');
    res.send(vtt);
  }

  private sendChapters(
    res: Response,
    chapters: Parameters<typeof chaptersDocument>[0],
    cache: 'public' | 'private',
  ): void {
    res.setHeader('Content-Type', 'application/json+chapters; charset=utf-8');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', cache === 'public' ? 'public, max-age=300' : 'private, max-age=300');
    res.send(JSON.stringify(chaptersDocument(chapters)));
  }
}
