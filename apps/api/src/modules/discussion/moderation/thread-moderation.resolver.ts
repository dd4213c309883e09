import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { DiscussionThread, toDiscussionThread } from '../models/discussion-thread.model';
import { LockThreadInput, MoveThreadInput, PinThreadInput } from './dto/moderation.inputs';
import { ModerationActionsService } from './moderation-actions.service';
import { ModeratorScopeService } from './moderator-scope.service';

/** Moderators' decisions on threads: lock, pin and move; and whether the viewer may make them. */
@Resolver(() => DiscussionThread)
export class ThreadModerationResolver {
  constructor(
    private readonly actions: ModerationActionsService,
    private readonly scopes: ModeratorScopeService,
  ) {}

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => DiscussionThread, { description: 'Locks (no new posts or edits) or unlocks a thread.' })
  async lockThread(@Ctx() ctx: RequestContext, @Args('input') input: LockThreadInput): Promise<DiscussionThread> {
    return toDiscussionThread(await this.actions.setLocked(ctx, input.threadId, input.locked, input.reason), ctx.actor);
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => DiscussionThread, { description: 'Pins (listed first in its category) or unpins a thread.' })
  async pinThread(@Ctx() ctx: RequestContext, @Args('input') input: PinThreadInput): Promise<DiscussionThread> {
    return toDiscussionThread(await this.actions.setPinned(ctx, input.threadId, input.pinned, input.reason), ctx.actor);
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => DiscussionThread, {
    description: 'Moves a forum thread to another category (you must moderate both).',
  })
  async moveThread(@Ctx() ctx: RequestContext, @Args('input') input: MoveThreadInput): Promise<DiscussionThread> {
    return toDiscussionThread(
      await this.actions.moveThread(ctx, input.threadId, input.categoryId, input.reason),
      ctx.actor,
    );
  }

  @SameAsParent()
  @ResolveField('viewerCanModerate', () => Boolean, {
    description: 'The viewer moderates this thread: may lock, pin, move it and decide on its posts.',
  })
  async viewerCanModerate(@Ctx() ctx: RequestContext, @Parent() thread: DiscussionThread): Promise<boolean> {
    return this.scopes.covers(ctx, thread.categoryId);
  }
}
