import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { canManageForum } from '../discussion/discussion.policy';
import { ForumCategory, toForumCategory } from '../discussion/models/forum-category.model';
import { FollowCategoryInput } from './dto/notification.inputs';
import { FollowingService } from './following.service';
import { FollowLevel } from './models/enums';
import type { FollowLevelName } from './notifications.constants';

/** The viewer's following of forum categories (WATCH: hear of every new thread). */
@Resolver(() => ForumCategory)
export class CategoryFollowingResolver {
  constructor(private readonly following: FollowingService) {}

  @SignedIn()
  @Mutation(() => ForumCategory, { description: 'Sets how closely the viewer follows a forum category.' })
  async followCategory(@Ctx() ctx: RequestContext, @Args('input') input: FollowCategoryInput): Promise<ForumCategory> {
    const category = await this.following.followCategory(ctx, input.categoryId, input.level);
    return toForumCategory(category, canManageForum(ctx.actor));
  }

  @SameAsParent()
  @ResolveField('viewerFollowLevel', () => FollowLevel, { description: 'How closely the viewer follows it.' })
  async viewerFollowLevel(@Ctx() ctx: RequestContext, @Parent() category: ForumCategory): Promise<FollowLevelName> {
    return (await this.following.categoryLevel(ctx, category.id)) ?? 'NORMAL';
  }
}
