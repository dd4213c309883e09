import { Module } from '@nestjs/common';
import { BackgroundJobsService } from './background-jobs.service';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';
import { ScheduledPublishingService } from './scheduled-publishing.service';

/**
 * Background jobs on pg-boss: features import this module, register a handler per queue
 * and send or schedule jobs through JobsService (scheduled publishing of any content through
 * ScheduledPublishingService); admins read the jobs through GraphQL.
 */
@Module({
  providers: [JobsService, BackgroundJobsService, JobsResolver, ScheduledPublishingService],
  exports: [JobsService, ScheduledPublishingService],
})
export class JobsModule {}
