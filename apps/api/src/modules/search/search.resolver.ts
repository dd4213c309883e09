import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import type { SearchKindName } from './search.constants';
import { SearchKind, SearchResult, SearchResultConnection } from './models/search-result.model';
import { SearchService } from './search.service';

/** The one search, open to everyone: each finds only what they may read. */
@Resolver(() => SearchResult)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Public()
  @Query(() => SearchResultConnection, {
    description:
      'One search over lessons, modules, forum threads and replies, blog posts, podcast episodes, glossary terms, FAQs and myth-busters the viewer may read, best match first. Accents and small typos in titles are forgiven.',
  })
  async search(
    @Ctx() ctx: RequestContext,
    @Args('query', {
      description: 'The words to look for (at most 200 characters); "quotes" match a phrase, -word leaves a word out.',
    })
    query: string,
    @Args('kinds', {
      type: () => [SearchKind],
      nullable: true,
      description: 'Only these kinds; all when left out or empty.',
    })
    kinds?: SearchKindName[] | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<SearchResultConnection> {
    const page = await this.service.search(ctx, query, kinds, pageSize(first), after);
    return { ...toConnection(page, (hit) => hit), kindCounts: page.kindCounts, countsCapped: page.countsCapped };
  }
}
