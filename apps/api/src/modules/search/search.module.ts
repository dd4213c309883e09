import { Module } from '@nestjs/common';
import { DiscussionModule } from '../discussion/discussion.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/**
 * The one search (`search` query) over learning, discussion and the library. Its index,
 * search_document, is kept by database triggers (the AddSearch migration), so other
 * features need do nothing when they change content; who may read what comes from their
 * policies and, for forums, DiscussionModule's ForumCategoriesService.
 */
@Module({
  imports: [DiscussionModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}
