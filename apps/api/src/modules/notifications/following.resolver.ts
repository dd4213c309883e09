import { Args, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { DiscussionThread, toDiscussionThread } from '../discussion/models/discussion-thread.model';
import { FollowThreadInput, MarkThreadReadInput } from './dto/notification.inputs';
import { FollowingService } from './following.service';
import { FollowLevel } from './models/enums';
import type { FollowLevelName } from './notifications.constants';

/** The viewer's following and reading of threads: their level, unread posts, and changing both. */
@Resolver(() => DiscussionThread)
export class ThreadFollowingResolver {
  constructor(private readonly following: FollowingService) {}

  @SignedIn()
  @Mutation(() => DiscussionThread, { description: 'Sets how closely the viewer follows a thread.' })
  async followThread(@Ctx() ctx: RequestContext, @Args('input') input: FollowThreadInput): Promise<DiscussionThread> {
    return toDiscussionThread(await this.following.followThread(ctx, input.threadId, input.level), ctx.actor);
  }

  @SignedIn()
  @Mutation(() => DiscussionThread, {
    description: 'Records that the viewer has seen a thread up to a post (it never moves back).',
  })
  async markThreadRead(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkThreadReadInput,
  ): Promise<DiscussionThread> {
    return toDiscussionThread(await this.following.markRead(ctx, input.threadId, input.seq), ctx.actor);
  }

  @SameAsParent()
  @ResolveField('viewerFollowLevel', () => FollowLevel, {
    description: 'How closely the viewer follows it (WATCH once they have posted in it, unless they chose otherwise).',
  })
  async viewerFollowLevel(@Ctx() ctx: RequestContext, @Parent() thread: DiscussionThread): Promise<FollowLevelName> {
    return (await this.following.readerState(ctx, thread.id)).level ?? 'NORMAL';
  }

  @SameAsParent()
  @ResolveField('viewerLastReadSeq', () => Int, {
    description: 'The sequence number of the last post the viewer has seen here (0: none).',
  })
  async viewerLastReadSeq(@Ctx() ctx: RequestContext, @Parent() thread: DiscussionThread): Promise<number> {
    return Math.min((await this.following.readerState(ctx, thread.id)).lastReadSeq, thread.lastSeq);
  }

  @SameAsParent()
  @ResolveField('viewerUnreadCount', () => Int, { description: 'Posts after the last one the viewer has seen.' })
  async viewerUnreadCount(@Ctx() ctx: RequestContext, @Parent() thread: DiscussionThread): Promise<number> {
    return Math.max(thread.lastSeq - (await this.following.readerState(ctx, thread.id)).lastReadSeq, 0);
  }
}
