import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SameAsParent, SignedIn } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { Colleague, toColleague } from '../../identity/models/colleague.model';
import { Post, toPost } from '../models/post.model';
import { ThreadsService } from '../threads.service';
import { FlagPostInput, ModeratePostInput } from './dto/moderation.inputs';
import { FlagsService } from './flags.service';
import { ModerationActionsService } from './moderation-actions.service';
import { PostModeration } from './models/moderation.models';
import { ModerationLoaderFactory } from './moderation.loaders';
import { ModeratorScopeService } from './moderator-scope.service';

/** Reporting posts, moderators' decisions on them, and what the viewer may do about moderation. */
@Resolver(() => Post)
export class PostModerationResolver {
  constructor(
    private readonly flags: FlagsService,
    private readonly actions: ModerationActionsService,
    private readonly threads: ThreadsService,
    private readonly scopes: ModeratorScopeService,
    private readonly loaders: ModerationLoaderFactory,
  ) {}

  @SignedIn()
  @Mutation(() => Post, {
    description:
      'Reports a post to the moderators, once per person. Enough reports hide it until reviewed. FORBIDDEN for your own post; CONFLICT when already reported.',
  })
  async flagPost(@Ctx() ctx: RequestContext, @Args('input') input: FlagPostInput): Promise<Post> {
    return this.asViewed(ctx, await this.flags.flag(ctx, input.postId, input.reason));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => Post, {
    description: 'Hides a post (others see a placeholder) and closes its reports; rejects a held post.',
  })
  async hidePost(@Ctx() ctx: RequestContext, @Args('input') input: ModeratePostInput): Promise<Post> {
    return this.asViewed(ctx, await this.actions.hidePost(ctx, input.postId, input.reason));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => Post, {
    description: 'Restores a hidden post, publishes a held one, or dismisses the reports on a visible one.',
  })
  async restorePost(@Ctx() ctx: RequestContext, @Args('input') input: ModeratePostInput): Promise<Post> {
    return this.asViewed(ctx, await this.actions.restorePost(ctx, input.postId, input.reason));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => Colleague, {
    description: 'Who wrote an anonymous post. Every use is recorded in the audit log with its reason.',
  })
  async revealPostAuthor(@Ctx() ctx: RequestContext, @Args('input') input: ModeratePostInput): Promise<Colleague> {
    return toColleague(await this.actions.revealAuthor(ctx, input.postId, input.reason));
  }

  @SameAsParent()
  @ResolveField('moderation', () => PostModeration, {
    description: 'Moderation of this post, as the viewer may see it.',
  })
  async moderation(@Ctx() ctx: RequestContext, @Parent() post: Post): Promise<PostModeration> {
    const viewer = ctx.actor;
    const visible = await this.threads.find(ctx, post.threadId);
    const moderates = !!visible && (await this.scopes.covers(ctx, visible.thread.categoryId));
    const loaders = this.loaders.for(ctx);
    const [flagged, open] = await Promise.all([
      viewer ? loaders.flaggedByViewer.load(post.id) : false,
      moderates ? loaders.openFlagCount.load(post.id) : null,
    ]);
    return {
      state: post.moderationState,
      viewerCanFlag: !!viewer && viewer.id !== post.writerId && !post.deleted && post.moderationState === 'VISIBLE',
      viewerHasFlagged: flagged,
      viewerCanModerate: moderates,
      openFlagCount: open,
    };
  }

  private async asViewed(ctx: RequestContext, post: Parameters<typeof toPost>[0]): Promise<Post> {
    const visible = await this.threads.get(ctx, post.threadId);
    return toPost(post, ctx.actor, visible.thread);
  }
}
