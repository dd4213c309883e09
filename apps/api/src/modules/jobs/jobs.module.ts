import { Module } from '@nestjs/common';
import { BackgroundJobsService } from './background-jobs.service';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';

/**
 * Background jobs on pg-boss: features import this module, register a handler per queue
 * and send or schedule jobs through JobsService; admins read the jobs through GraphQL.
 */
@Module({
  providers: [JobsService, BackgroundJobsService, JobsResolver],
  exports: [JobsService],
})
export class JobsModule {}
