import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { POST_REACTIONS } from '@common-ground/shared';
import { Ctx, SameAsParent, SignedIn } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { MaxItems } from '../../../common/graphql/list-size';
import { Post, toPost } from '../models/post.model';
import { PostReaction, toPostReaction } from './post-reaction.model';
import { ReactionsService } from './reactions.service';
import { SetPostReactionInput } from './set-post-reaction.input';

/** Reactions on posts: each post's counts, and adding or taking off one's own. */
@Resolver(() => Post)
export class ReactionsResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @SignedIn()
  @Mutation(() => Post, {
    description:
      'Adds or takes off one of your reactions to someone else’s post. FORBIDDEN on your own post; CONFLICT once deleted or while the thread is locked.',
  })
  async setPostReaction(@Ctx() ctx: RequestContext, @Args('input') input: SetPostReactionInput): Promise<Post> {
    const { post, thread } = await this.reactions.set(ctx, input.postId, input.reaction, input.reacted);
    return toPost(post, ctx.actor, thread);
  }

  @SameAsParent()
  @MaxItems(POST_REACTIONS.length)
  @ResolveField('reactions', () => [PostReaction], {
    description: 'Every reaction in a fixed order, with how many left it (none once deleted).',
  })
  async postReactions(@Ctx() ctx: RequestContext, @Parent() post: Post): Promise<PostReaction[]> {
    if (post.deleted) return [];
    return (await this.reactions.tally(ctx, post.id)).map(toPostReaction);
  }
}
