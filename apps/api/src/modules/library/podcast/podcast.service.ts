import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { isUniqueViolation } from '../../identity/identity.errors';
import { MediaEntity } from '../../media/entities/media.entity';
import { MediaService } from '../../media/media.service';
import { slugFromTitle } from '../content-text';
import { ContentItemEntity } from '../entities/content-item.entity';
import { LibraryErrors } from '../library.errors';
import { isLibraryEditor } from '../library.policy';
import { WorkflowService } from '../workflow.service';
import { type Chapter, checkChapters } from './chapters';
import type { CreatePodcastEpisodeInput, PodcastEpisodeInput, PodcastShowInput } from './dto/podcast.inputs';
import { PodcastEpisodeEntity, type Voice } from './entities/podcast-episode.entity';
import { PodcastFeedTokenEntity } from './entities/podcast-feed-token.entity';
import { PodcastShowEntity } from './entities/podcast-show.entity';
import type { FeedEpisode } from './podcast-feed';
import { PodcastErrors } from './podcast.errors';
import { parseWebVtt } from '@common-ground/shared';

/** An episode: its workflow item and its own row. */
export interface EpisodeRecord {
  item: ContentItemEntity;
  episode: PodcastEpisodeEntity;
}

/** One row of the feed's statement. */
interface FeedRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  published_at: Date;
  updated_at: Date;
  has_transcript: boolean;
  chapters: Chapter[];
  voices: Voice[];
  explicit: boolean;
  media_id: string;
  size: number;
  mime: string;
  duration_seconds: number | null;
}

/** Hex SHA-256 of a private feed token: the only form it is kept in. */
export const hashFeedToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A token is 32 random bytes, base64url: 43 characters. Anything else is refused before a query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const canSeeShow = (actor: Actor | null, show: PodcastShowEntity): boolean => show.audience === 'PUBLIC' || !!actor;

/**
 * Podcast shows and their episodes. Shows are kept by editors (PUBLIC ones for everyone,
 * STAFF ones for signed-in staff); episodes are library items going through the one
 * workflow (WorkflowService), whose audience is always their show's. Staff-only shows have
 * private feeds: one revocable random token per person, kept only as a hash.
 */
@Injectable()
export class PodcastService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: WorkflowService,
    private readonly media: MediaService,
  ) {}

  // ---------- shows ----------

  /** A page of the shows the viewer may see, by title. Two statements. */
  async listShows(
    ctx: RequestContext,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<PodcastShowEntity>> {
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && isUuid(cursor[1]))) throw LibraryErrors.badCursor();
    const qb = this.dataSource.manager.createQueryBuilder(PodcastShowEntity, 's');
    if (!ctx.actor) qb.where(`s.audience = 'PUBLIC'`);
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('(s.title, s.id) > (:title, :id::uuid)', { title: cursor[0], id: cursor[1] });
    const rows = await qb
      .orderBy('s.title', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (s) => encodeCursor([s.title, s.id]),
    };
  }

  /** One show by id or slug, if the viewer may see it. Throws NOT_FOUND otherwise. */
  async getShow(ctx: RequestContext, idOrSlug: string): Promise<PodcastShowEntity> {
    const show = await this.dataSource.manager.findOneBy(
      PodcastShowEntity,
      isUuid(idOrSlug) ? { id: idOrSlug } : { slug: String(idOrSlug).slice(0, 120) },
    );
    if (!show || !canSeeShow(ctx.actor, show)) throw PodcastErrors.showNotFound();
    return show;
  }

  /** Starts a show (editors). Throws FORBIDDEN, BAD_USER_INPUT (artwork without a description or not a picture). */
  async createShow(ctx: RequestContext, input: PodcastShowInput): Promise<PodcastShowEntity> {
    if (!isLibraryEditor(ctx.actor)) throw PodcastErrors.editorsOnly();
    const fields = await this.showFields(input);
    const base = slugFromTitle(input.title);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
        return await this.dataSource.manager.save(
          this.dataSource.manager.create(PodcastShowEntity, { ...fields, slug, createdById: ctx.actor?.id ?? null }),
        );
      } catch (error) {
        if (attempt < 2 && isUniqueViolation(error, 'podcast_show_slug_key')) continue;
        throw error;
      }
    }
  }

  /**
   * Changes a show (editors); its episodes' audience follows it in the same transaction.
   * Throws NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async updateShow(ctx: RequestContext, id: string, input: PodcastShowInput): Promise<PodcastShowEntity> {
    if (!isLibraryEditor(ctx.actor)) throw PodcastErrors.editorsOnly();
    const show = await this.getShow(ctx, id);
    const fields = await this.showFields(input);
    return this.dataSource.transaction(async (m) => {
      Object.assign(show, fields);
      const saved = await m.save(show);
      await m.query(
        `update content_item set audience = $2
          where id in (select content_item_id from podcast_episode where show_id = $1) and audience <> $2`,
        [show.id, show.audience],
      );
      return saved;
    });
  }

  private async showFields(input: PodcastShowInput) {
    const artworkMediaId = input.artworkMediaId || null;
    const artworkAlt = input.artworkAlt?.trim() || null;
    if (artworkMediaId) {
      if (!artworkAlt) throw PodcastErrors.artworkAltMissing();
      const media = await this.media.get(artworkMediaId).catch(() => null);
      if (!media || media.kind !== 'IMAGE') throw PodcastErrors.artworkNotImage();
    }
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      artworkMediaId,
      artworkAlt: artworkMediaId ? artworkAlt : null,
      audience: input.audience,
    };
  }

  // ---------- episodes ----------

  /**
   * A page of a show's episodes the viewer may see: published ones newest first (editors also
   * see drafts, by when they were started). Three statements whatever the page size.
   */
  async listEpisodes(
    ctx: RequestContext,
    show: PodcastShowEntity,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<EpisodeRecord>> {
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && !Number.isNaN(Date.parse(cursor[0])) && isUuid(cursor[1]))) {
      throw LibraryErrors.badCursor();
    }
    const sortKey = 'coalesce(c.published_at, c.created_at)';
    const qb = this.dataSource.manager
      .createQueryBuilder(ContentItemEntity, 'c')
      .innerJoin(PodcastEpisodeEntity, 'e', 'e.content_item_id = c.id')
      .where(`c.kind = 'PODCAST_EPISODE'`)
      .andWhere('e.show_id = :showId', { showId: show.id });
    this.workflow.restrictToVisible(qb, ctx.actor, 'c');
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere(`(${sortKey}, c.id) < (:time::timestamptz, :id::uuid)`, { time: cursor[0], id: cursor[1] });
    const items = await qb
      .orderBy(sortKey, 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const page = items.slice(0, first);
    const episodes = page.length
      ? await this.dataSource.manager.findBy(PodcastEpisodeEntity, { contentItemId: In(page.map((i) => i.id)) })
      : [];
    const byId = new Map(episodes.map((e) => [e.contentItemId, e]));
    return {
      items: page.flatMap((item) => {
        const episode = byId.get(item.id);
        return episode ? [{ item, episode }] : [];
      }),
      hasNextPage: items.length > first,
      totalCount,
      cursorOf: (r) => encodeCursor([(r.item.publishedAt ?? r.item.createdAt).toISOString(), r.item.id]),
    };
  }

  /** One episode by id or slug with its show, if the viewer may see both. Throws NOT_FOUND otherwise. */
  async getEpisode(ctx: RequestContext, idOrSlug: string): Promise<EpisodeRecord & { show: PodcastShowEntity }> {
    const item = await this.workflow.findVisible(ctx, 'PODCAST_EPISODE', idOrSlug);
    const episode = await this.dataSource.manager.findOneByOrFail(PodcastEpisodeEntity, { contentItemId: item.id });
    const show = await this.getShow(ctx, episode.showId);
    return { item, episode, show };
  }

  /**
   * Starts a draft episode of a show (editors), its audience the show's. Throws NOT_FOUND
   * (show), FORBIDDEN, BAD_USER_INPUT (recording not audio, transcript or chapters invalid).
   */
  async createEpisode(ctx: RequestContext, input: CreatePodcastEpisodeInput): Promise<EpisodeRecord> {
    if (!isLibraryEditor(ctx.actor)) throw PodcastErrors.editorsOnly();
    const show = await this.getShow(ctx, input.showId);
    const own = await this.episodeFields(input);
    let episode: PodcastEpisodeEntity | null = null;
    const item = await this.workflow.create(
      ctx,
      'PODCAST_EPISODE',
      { title: input.title, summary: input.summary, body: input.notesHtml, audience: show.audience },
      async (m, created) => {
        episode = await m.save(m.create(PodcastEpisodeEntity, { contentItemId: created.id, showId: show.id, ...own }));
      },
    );
    return { item, episode: episode as unknown as PodcastEpisodeEntity };
  }

  /** Changes an episode (editors; any status but archived). Throws as createEpisode does. */
  async updateEpisode(ctx: RequestContext, id: string, input: PodcastEpisodeInput): Promise<EpisodeRecord> {
    if (!isLibraryEditor(ctx.actor)) throw PodcastErrors.editorsOnly();
    const own = await this.episodeFields(input);
    let episode: PodcastEpisodeEntity | null = null;
    const item = await this.workflow.update(
      ctx,
      id,
      'PODCAST_EPISODE',
      { title: input.title, summary: input.summary, body: input.notesHtml },
      async (m, saved) => {
        const row = await m.findOneByOrFail(PodcastEpisodeEntity, { contentItemId: saved.id });
        episode = await m.save(Object.assign(row, own));
      },
    );
    return { item, episode: episode as unknown as PodcastEpisodeEntity };
  }

  /** Checks the recording (uploaded audio), the transcript (strict WebVTT) and the chapters (within the recording). */
  private async episodeFields(input: PodcastEpisodeInput) {
    const audio = await this.media.get(input.audioMediaId).catch(() => null);
    if (!audio || audio.kind !== 'AUDIO') throw PodcastErrors.audioNotAudio();
    const transcriptVtt = input.transcriptVtt.trim() ? input.transcriptVtt.replace(/\r\n?/g, '\n').trim() + '\n' : '';
    if (transcriptVtt) {
      const parsed = parseWebVtt(transcriptVtt);
      if ('problems' in parsed) throw PodcastErrors.badTranscript(parsed.problems);
    }
    const chapters = checkChapters(
      input.chapters.map((c) => ({ startTime: c.startSeconds, title: c.title })),
      audio.durationSeconds,
    );
    if ('problems' in chapters) throw PodcastErrors.badChapters(chapters.problems);
    return {
      audioMediaId: audio.id,
      transcriptVtt,
      chapters: chapters.chapters,
      voices: input.voices.map((v) => ({ name: v.name.trim(), role: v.role.trim() })),
      explicit: input.explicit,
    };
  }

  // ---------- private feeds ----------

  /** When the person's live private feed for a staff-only show was made, or null when they have none. */
  async privateFeedSince(ctx: RequestContext, show: PodcastShowEntity): Promise<Date | null> {
    if (!ctx.actor || show.audience !== 'STAFF') return null;
    const row = await this.dataSource.manager.findOneBy(PodcastFeedTokenEntity, {
      showId: show.id,
      personId: ctx.actor.id,
      revokedAt: IsNull(),
    });
    return row?.createdAt ?? null;
  }

  /**
   * Makes the signed-in person a new private feed token for a staff-only show, revoking any
   * earlier one (its address stops working at once). Returns the token: it is never stored
   * or shown again. Throws NOT_FOUND (show), BAD_USER_INPUT (a public show).
   */
  async createPrivateFeed(ctx: RequestContext, showId: string): Promise<{ token: string; createdAt: Date }> {
    const show = await this.getShow(ctx, showId);
    if (show.audience !== 'STAFF' || !ctx.actor) throw PodcastErrors.staffShowsOnly();
    const personId = ctx.actor.id;
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (m) => {
      await m.query(
        'update podcast_feed_token set revoked_at = now() where show_id = $1 and person_id = $2 and revoked_at is null',
        [show.id, personId],
      );
      const row = await m.save(
        m.create(PodcastFeedTokenEntity, { showId: show.id, personId, tokenHash: hashFeedToken(token) }),
      );
      return { token, createdAt: row.createdAt };
    });
  }

  /** Revokes the person's private feed for a show; true when there was one. */
  async revokePrivateFeed(ctx: RequestContext, showId: string): Promise<boolean> {
    const show = await this.getShow(ctx, showId);
    if (!ctx.actor) return false;
    const result = await this.dataSource.manager.update(
      PodcastFeedTokenEntity,
      { showId: show.id, personId: ctx.actor.id, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * The show a private feed token opens, or null for a token that is malformed, unknown,
   * revoked, or whose person has been deactivated: callers answer all of those alike (404).
   */
  async showForToken(token: string): Promise<PodcastShowEntity | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const rows: { show_id: string }[] = await this.dataSource.query(
      `select t.show_id from podcast_feed_token t join person p on p.id = t.person_id and p.deactivated_at is null
        where t.token_hash = $1 and t.revoked_at is null`,
      [hashFeedToken(token)],
    );
    return rows.length ? this.dataSource.manager.findOneBy(PodcastShowEntity, { id: rows[0].show_id }) : null;
  }

  /**
   * The newest published episodes of a show with their recordings, for a feed (public or
   * private: the caller has decided who may read the show). One statement; the feed needs
   * only whether there is a transcript, not its text.
   */
  async feedEpisodes(show: PodcastShowEntity, limit: number): Promise<FeedEpisode[]> {
    const rows: FeedRow[] = await this.dataSource.query(
      `select c.id, c.slug, c.title, c.summary, c.body, c.published_at, c.updated_at,
              e.transcript_vtt <> '' as has_transcript, e.chapters, e.voices, e.explicit,
              m.id as media_id, m.size, m.mime, m.duration_seconds
         from content_item c
         join podcast_episode e on e.content_item_id = c.id
         join media m on m.id = e.audio_media_id
        where c.kind = 'PODCAST_EPISODE' and c.status = 'PUBLISHED' and e.show_id = $1
        order by c.published_at desc, c.id desc
        limit $2`,
      [show.id, limit],
    );
    return rows.map((r) => ({
      item: Object.assign(new ContentItemEntity(), {
        id: r.id,
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        body: r.body,
        publishedAt: r.published_at,
        updatedAt: r.updated_at,
      }),
      episode: Object.assign(new PodcastEpisodeEntity(), {
        contentItemId: r.id,
        showId: show.id,
        audioMediaId: r.media_id,
        transcriptVtt: r.has_transcript ? '(present)' : '',
        chapters: r.chapters,
        voices: r.voices,
        explicit: r.explicit,
      }),
      audio: Object.assign(new MediaEntity(), {
        id: r.media_id,
        size: r.size,
        mime: r.mime,
        durationSeconds: r.duration_seconds,
      }),
    }));
  }

  /** A published episode of a show, for a private feed's files; null when there is none. */
  async feedEpisode(show: PodcastShowEntity, id: string) {
    if (!isUuid(id)) return null;
    const found = await this.dataSource.manager.findOne(PodcastEpisodeEntity, {
      where: { contentItemId: id, showId: show.id },
      relations: { contentItem: true, audioMedia: true },
    });
    return found?.contentItem?.status === 'PUBLISHED' ? found : null;
  }
}
