import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { MaxItems } from '../../common/graphql/list-size';
import { DISCUSSION_LIMITS } from './discussion.constants';
import { canManageForum } from './discussion.policy';
import { CreateForumCategoryInput, UpdateForumCategoryInput } from './dto/forum-category.inputs';
import { ForumCategoriesService } from './forum-categories.service';
import { ForumCategory, toForumCategory } from './models/forum-category.model';

/** Forum categories: reading the ones the viewer may see, and managing them (admins). */
@Resolver(() => ForumCategory)
export class ForumCategoryResolver {
  constructor(private readonly categories: ForumCategoriesService) {}

  @SignedIn()
  @MaxItems(DISCUSSION_LIMITS.categoriesMax)
  @Query(() => [ForumCategory], { description: 'The forum categories the viewer may see, in order.' })
  async forumCategories(@Ctx() ctx: RequestContext): Promise<ForumCategory[]> {
    const rows = await this.categories.list(ctx);
    return rows.map((row) => toForumCategory(row, canManageForum(ctx.actor)));
  }

  @SignedIn()
  @Query(() => ForumCategory, {
    nullable: true,
    description: 'One forum category; null when there is none the viewer may see.',
  })
  async forumCategory(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The category.' }) id: string,
  ): Promise<ForumCategory | null> {
    const row = await this.categories.find(ctx, id);
    return row ? toForumCategory(row, canManageForum(ctx.actor)) : null;
  }

  @Roles('ADMIN')
  @Mutation(() => ForumCategory, { description: 'Adds a forum category (admins).' })
  async createForumCategory(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateForumCategoryInput,
  ): Promise<ForumCategory> {
    return toForumCategory(await this.categories.create(ctx, input), true);
  }

  @Roles('ADMIN')
  @Mutation(() => ForumCategory, { description: 'Changes a forum category’s details and who may see it (admins).' })
  async updateForumCategory(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateForumCategoryInput,
  ): Promise<ForumCategory> {
    return toForumCategory(await this.categories.update(ctx, input), true);
  }
}
