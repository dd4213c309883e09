import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { BackgroundJobsService } from './background-jobs.service';
import {
  BackgroundJob,
  BackgroundJobConnection,
  BackgroundJobCounts,
  JobState,
  type JobStateName,
} from './models/background-job.model';

/** Admins watch the background jobs: what is queued, what ran, what failed and why. */
@Resolver(() => BackgroundJob)
export class JobsResolver {
  constructor(private readonly jobList: BackgroundJobsService) {}

  @Roles('ADMIN')
  @Query(() => BackgroundJobConnection, { description: 'Background jobs, newest first. Admins only.' })
  async backgroundJobs(
    @Ctx() ctx: RequestContext,
    @Args('state', { type: () => JobState, nullable: true, description: 'Only jobs in this state.' })
    state: JobStateName | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many to return (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
  ): Promise<BackgroundJobConnection> {
    return toConnection(await this.jobList.list(ctx, state, pageSize(first), after), (job) => job);
  }

  @Roles('ADMIN')
  @Query(() => BackgroundJobCounts, { description: 'How many background jobs are in each state. Admins only.' })
  async backgroundJobCounts(@Ctx() ctx: RequestContext): Promise<BackgroundJobCounts> {
    return this.jobList.counts(ctx);
  }
}
