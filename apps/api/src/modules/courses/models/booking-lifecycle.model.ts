import { Field, ObjectType } from '@nestjs/graphql';
import type { ApplicationStatusName } from '@common-ground/shared';
import { ApplicationStatus } from './course.enums';

@ObjectType({ description: 'What a line manager approves or declines, shown from the link in their email.' })
export class ManagerApprovalRequest {
  @Field({ description: 'Who applied.' })
  applicantName: string;

  @Field({ description: 'Their organisation.' })
  organisationName: string;

  @Field({ description: 'The course.' })
  courseTitle: string;

  @Field({ description: 'When the session starts.' })
  startsAt: Date;

  @Field({ description: 'When it ends.' })
  endsAt: Date;

  @Field({ description: 'The venue.' })
  venue: string;

  @Field({ description: 'The locality it is held in.' })
  locality: string;
}

@ObjectType({ description: 'Where an application stands after its line manager decided.' })
export class ManagerDecision {
  @Field({ description: 'True when approved.' })
  approved: boolean;

  @Field(() => ApplicationStatus, {
    description:
      'APPLIED (waits for shortlisting), CONFIRMED (a place), WAITING (on the waiting list) or NOT_OFFERED (declined).',
  })
  status: ApplicationStatusName;
}
