import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';

/** pg-boss's job states, in its own order; GraphQL names them in capitals. */
export const JOB_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobStateName = (typeof JOB_STATES)[number];

export const JobState = {
  CREATED: 'created',
  RETRY: 'retry',
  ACTIVE: 'active',
  COMPLETED: 'completed',
  CANCELLED: 'cancelled',
  FAILED: 'failed',
} as const satisfies Record<string, JobStateName>;
registerEnumType(JobState, {
  name: 'JobState',
  description: 'Where a background job stands.',
  valuesMap: {
    CREATED: { description: 'Queued, waiting for its start time or a free worker.' },
    RETRY: { description: 'Failed at least once and waiting to be tried again.' },
    ACTIVE: { description: 'Running now.' },
    COMPLETED: { description: 'Finished without error.' },
    CANCELLED: { description: 'Withdrawn before it ran.' },
    FAILED: { description: 'Failed on its last allowed attempt; it will not run again by itself.' },
  },
});

@ObjectType({ description: 'One background job (scheduled publishing, digests, reminders), as admins see it.' })
export class BackgroundJob {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The queue it belongs to, which says what it does.' })
  queue: string;

  @Field(() => JobState, { description: 'Where it stands.' })
  state: JobStateName;

  @Field(() => Int, { description: 'How many times it has been tried again after failing.' })
  attempts: number;

  @Field({ description: 'When it was queued.' })
  createdAt: Date;

  @Field({ description: 'When it may start (later than `createdAt` for a scheduled job).' })
  startAfter: Date;

  @Field(() => Date, { nullable: true, description: 'When its latest attempt started; null before the first.' })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it completed, failed for good or was cancelled.' })
  completedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a failed or retrying job, the message of its last error (plain text, no stack).',
  })
  lastError: string | null;
}

@ObjectType({ description: 'A page of background jobs, newest first.' })
export class BackgroundJobConnection extends Connection(BackgroundJob, 'BackgroundJob') {}

@ObjectType({ description: 'How many background jobs are in each state (including archived ones).' })
export class BackgroundJobCounts {
  @Field(() => Int, { description: 'Queued.' })
  created: number;

  @Field(() => Int, { description: 'Waiting to be tried again.' })
  retry: number;

  @Field(() => Int, { description: 'Running.' })
  active: number;

  @Field(() => Int, { description: 'Finished without error.' })
  completed: number;

  @Field(() => Int, { description: 'Withdrawn.' })
  cancelled: number;

  @Field(() => Int, { description: 'Failed for good.' })
  failed: number;
}
