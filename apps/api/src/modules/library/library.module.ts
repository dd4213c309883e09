import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module';
import { JobsModule } from '../jobs/jobs.module';
import { MediaModule } from '../media/media.module';
import { BlogFeedController } from './blog/blog-feed.controller';
import { BlogPostEntity } from './blog/blog-post.entity';
import { BlogResolver, ContentRevisionResolver } from './blog/blog.resolver';
import { BlogService } from './blog/blog.service';
import { ContentItemEntity } from './entities/content-item.entity';
import { ContentRevisionEntity } from './entities/content-revision.entity';
import { WorkflowResolver } from './workflow.resolver';
import { WorkflowService } from './workflow.service';

/**
 * The library: one editorial workflow (WorkflowService) for every kind of content, and the
 * kinds built on it (blog posts so far, with their public RSS feed). Other features use WorkflowService and BlogService.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ContentItemEntity, ContentRevisionEntity, BlogPostEntity]),
    IdentityModule,
    JobsModule,
    MediaModule,
  ],
  controllers: [BlogFeedController],
  providers: [WorkflowService, WorkflowResolver, BlogService, BlogResolver, ContentRevisionResolver],
  exports: [WorkflowService, BlogService],
})
export class LibraryModule {}
