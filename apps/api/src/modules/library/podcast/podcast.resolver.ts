import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Public, Roles, SameAsParent, SignedIn } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { pageSize, toConnection } from '../../../common/graphql/connection';
import { AppConfig } from '../../../config/app-config';
import { MediaService } from '../../media/media.service';
import { mediaUrl } from '../../media/models/media-file.model';
import { ContentRevisionConnection, toContentRevision } from '../models/content.model';
import { WorkflowService } from '../workflow.service';
import {
  CreatePodcastEpisodeInput,
  PodcastShowIdInput,
  PodcastShowInput,
  UpdatePodcastEpisodeInput,
  UpdatePodcastShowInput,
} from './dto/podcast.inputs';
import {
  PodcastAudio,
  PodcastEpisode,
  PodcastEpisodeConnection,
  PodcastShow,
  PodcastShowConnection,
  PrivatePodcastFeed,
  toPodcastEpisode,
  toPodcastShow,
} from './models/podcast.models';
import { PodcastService } from './podcast.service';

const FIRST = { type: () => Int, nullable: true, defaultValue: 20, description: 'How many (1 to 100).' } as const;
const AFTER = { type: () => String, nullable: true, description: 'The endCursor of the previous page.' } as const;

/** Podcast shows: reading (by audience), keeping them (editors) and private feeds (staff). */
@Resolver(() => PodcastShow)
export class PodcastShowResolver {
  constructor(
    private readonly podcasts: PodcastService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => PodcastShowConnection, { description: 'The podcast shows the viewer may listen to, by title.' })
  async podcastShows(
    @Ctx() ctx: RequestContext,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<PodcastShowConnection> {
    return toConnection(await this.podcasts.listShows(ctx, pageSize(first), after), (s) => toPodcastShow(s, ctx.actor));
  }

  @Public()
  @Query(() => PodcastShow, { description: 'One show by id or web address, if the viewer may see it.' })
  async podcastShow(
    @Ctx() ctx: RequestContext,
    @Args('idOrSlug', { description: 'Its id or the readable part of its web address.' }) idOrSlug: string,
  ): Promise<PodcastShow> {
    return toPodcastShow(await this.podcasts.getShow(ctx, idOrSlug), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => PodcastShow, { description: 'Starts a podcast show (editors).' })
  async createPodcastShow(@Ctx() ctx: RequestContext, @Args('input') input: PodcastShowInput): Promise<PodcastShow> {
    return toPodcastShow(await this.podcasts.createShow(ctx, input), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => PodcastShow, { description: 'Changes a podcast show; its episodes follow its audience (editors).' })
  async updatePodcastShow(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePodcastShowInput,
  ): Promise<PodcastShow> {
    return toPodcastShow(await this.podcasts.updateShow(ctx, input.id, input), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => PrivatePodcastFeed, {
    description:
      'Makes the signed-in person a new private feed address for a staff-only show, revoking any earlier one. The address is given only now.',
  })
  async createPrivatePodcastFeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PodcastShowIdInput,
  ): Promise<PrivatePodcastFeed> {
    const { token, createdAt } = await this.podcasts.createPrivateFeed(ctx, input.showId);
    return { createdAt, url: `${this.config.publicUrl}/api/feeds/podcasts/private/${token}.xml` };
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Revokes the signed-in person’s private feed of a show; true when there was one.',
  })
  async revokePrivatePodcastFeed(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PodcastShowIdInput,
  ): Promise<boolean> {
    return this.podcasts.revokePrivateFeed(ctx, input.showId);
  }

  @SameAsParent()
  @ResolveField('privateFeed', () => PrivatePodcastFeed, {
    nullable: true,
    description: 'The viewer’s live private feed of this staff-only show (without its address); null when none.',
  })
  async privateFeed(@Ctx() ctx: RequestContext, @Parent() show: PodcastShow): Promise<PrivatePodcastFeed | null> {
    const since = await this.podcasts.privateFeedSince(ctx, show.entity);
    return since ? { createdAt: since, url: null } : null;
  }

  @SameAsParent()
  @ResolveField('episodes', () => PodcastEpisodeConnection, {
    description: 'Its episodes the viewer may see: published ones newest first (editors also see drafts).',
  })
  async episodes(
    @Ctx() ctx: RequestContext,
    @Parent() show: PodcastShow,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<PodcastEpisodeConnection> {
    const page = await this.podcasts.listEpisodes(ctx, show.entity, pageSize(first), after);
    return toConnection(page, (r) => toPodcastEpisode(r, ctx.actor));
  }
}

/** Podcast episodes: reading (by audience) and writing (editors); workflow steps are the library's own mutations. */
@Resolver(() => PodcastEpisode)
export class PodcastEpisodeResolver {
  constructor(
    private readonly podcasts: PodcastService,
    private readonly workflow: WorkflowService,
    private readonly media: MediaService,
  ) {}

  @Public()
  @Query(() => PodcastEpisode, { description: 'One episode by id or web address, if the viewer may see it.' })
  async podcastEpisode(
    @Ctx() ctx: RequestContext,
    @Args('idOrSlug', { description: 'Its id or the readable part of its web address.' }) idOrSlug: string,
  ): Promise<PodcastEpisode> {
    return toPodcastEpisode(await this.podcasts.getEpisode(ctx, idOrSlug), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => PodcastEpisode, { description: 'Starts a draft episode of a show (editors).' })
  async createPodcastEpisode(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreatePodcastEpisodeInput,
  ): Promise<PodcastEpisode> {
    return toPodcastEpisode(await this.podcasts.createEpisode(ctx, input), ctx.actor);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => PodcastEpisode, { description: 'Changes an episode (editors).' })
  async updatePodcastEpisode(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdatePodcastEpisodeInput,
  ): Promise<PodcastEpisode> {
    return toPodcastEpisode(await this.podcasts.updateEpisode(ctx, input.id, input), ctx.actor);
  }

  @SameAsParent()
  @ResolveField('show', () => PodcastShow, { description: 'The show it belongs to.' })
  async show(@Ctx() ctx: RequestContext, @Parent() episode: PodcastEpisode): Promise<PodcastShow> {
    return toPodcastShow(await this.podcasts.getShow(ctx, episode.record.episode.showId), ctx.actor);
  }

  @SameAsParent()
  @ResolveField('audio', () => PodcastAudio, {
    nullable: true,
    description: 'The recording; null if it has been removed.',
  })
  async audio(@Ctx() ctx: RequestContext, @Parent() episode: PodcastEpisode): Promise<PodcastAudio | null> {
    const media = await this.media.find(ctx, episode.record.episode.audioMediaId);
    return media
      ? {
          mediaId: media.id,
          url: mediaUrl(media.id),
          mime: media.mime,
          size: media.size,
          durationSeconds: media.durationSeconds,
        }
      : null;
  }

  @SameAsParent()
  @ResolveField('revisions', () => ContentRevisionConnection, {
    description: 'Its revision history, newest first (editors; FORBIDDEN for others).',
  })
  async revisions(
    @Ctx() ctx: RequestContext,
    @Parent() episode: PodcastEpisode,
    @Args('first', FIRST) first: number,
    @Args('after', AFTER) after: string | null,
  ): Promise<ContentRevisionConnection> {
    const page = await this.workflow.revisions(ctx, episode.record.item, pageSize(first), after);
    return toConnection(page, toContentRevision);
  }
}
