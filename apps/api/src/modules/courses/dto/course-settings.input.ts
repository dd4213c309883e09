import { Field, InputType, Int } from '@nestjs/graphql';
import { OFFER_ACCEPT_HOURS_MAX, OFFER_ACCEPT_HOURS_MIN } from '@common-ground/shared';
import { IsInt, Max, Min } from 'class-validator';

const RANGE = `Enter a whole number of hours from ${OFFER_ACCEPT_HOURS_MIN} to ${OFFER_ACCEPT_HOURS_MAX} (14 days)`;

@InputType({ description: 'The course programme’s settings.' })
export class CourseSettingsInput {
  @Field(() => Int, {
    description: `Hours someone on the waiting list has to accept a freed place (${OFFER_ACCEPT_HOURS_MIN}–${OFFER_ACCEPT_HOURS_MAX}); never past the session’s start.`,
  })
  @IsInt({ message: RANGE })
  @Min(OFFER_ACCEPT_HOURS_MIN, { message: RANGE })
  @Max(OFFER_ACCEPT_HOURS_MAX, { message: RANGE })
  offerAcceptHours: number;
}
