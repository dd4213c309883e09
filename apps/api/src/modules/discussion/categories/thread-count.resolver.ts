import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SameAsParent } from '../../../common/auth/decorators';
import type { RequestContext } from '../../../common/context/request-context';
import { ForumCategory } from '../models/forum-category.model';
import { ThreadCountsService } from './thread-counts.service';

/** The number of threads shown beside each category in the forum list. */
@Resolver(() => ForumCategory)
export class ForumCategoryThreadCountResolver {
  constructor(private readonly counts: ThreadCountsService) {}

  @SameAsParent()
  @ResolveField('threadCount', () => Int, { description: 'How many threads it holds.' })
  threadCount(@Ctx() ctx: RequestContext, @Parent() category: ForumCategory): Promise<number> {
    return this.counts.count(ctx, category.id);
  }
}
