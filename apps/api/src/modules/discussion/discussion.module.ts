import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { LearningModule } from '../learning/learning.module';
import { GlossaryModule } from '../library/glossary/glossary.module';
import { LibraryModule } from '../library/library.module';
import { ForumCategoryThreadCountResolver } from './categories/thread-count.resolver';
import { ThreadCountsService } from './categories/thread-counts.service';
import { DiscussionThreadResolver } from './discussion-thread.resolver';
import { DiscussionGateway } from './discussion.gateway';
import { DiscussionLoaderFactory } from './discussion.loaders';
import { DiscussionService } from './discussion.service';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ForumCategoriesService } from './forum-categories.service';
import { ForumCategoryResolver } from './forum-category.resolver';
import { DiscussionEvents } from './live/discussion-events';
import { LivePostsReader } from './live/live-posts.reader';
import { liveRedisProvider } from './live/live-redis';
import { MentionsResolver } from './mentions/mentions.resolver';
import { MentionsService } from './mentions/mentions.service';
import { AuditLogService } from './moderation/audit-log.service';
import { MODERATION_PROVIDERS } from './moderation/moderation.providers';
import { PostResolver } from './post.resolver';
import { PostReactionEntity } from './reactions/post-reaction.entity';
import { ReactionsResolver } from './reactions/reactions.resolver';
import { ReactionsService } from './reactions/reactions.service';
import { ThreadsService } from './threads.service';

/**
 * Live discussion, server side: forum categories (optionally restricted), threads (in a
 * category or beside a lesson), posts with per-thread sequence numbers, edit history and
 * deleted placeholders, and the live layer: a socket.io gateway broadcasting committed
 * changes (shared across instances through Redis when REDIS_URL is set). Notifications
 * and moderation build on DiscussionService and DiscussionEvents, which it exports.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ForumCategoryEntity,
      DiscussionThreadEntity,
      PostEntity,
      PostRevisionEntity,
      PostReactionEntity,
    ]),
    IdentityModule,
    LearningModule,
    LibraryModule,
    GlossaryModule,
  ],
  providers: [
    DiscussionLoaderFactory,
    ForumCategoriesService,
    ThreadsService,
    DiscussionService,
    ForumCategoryResolver,
    DiscussionThreadResolver,
    PostResolver,
    ReactionsService,
    ReactionsResolver,
    MentionsService,
    MentionsResolver,
    ThreadCountsService,
    ForumCategoryThreadCountResolver,
    DiscussionEvents,
    LivePostsReader,
    liveRedisProvider,
    DiscussionGateway,
    ...MODERATION_PROVIDERS,
  ],
  exports: [DiscussionService, DiscussionEvents, ThreadsService, ForumCategoriesService, AuditLogService],
})
export class DiscussionModule {}
