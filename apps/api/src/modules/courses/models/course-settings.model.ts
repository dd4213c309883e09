import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The course programme’s settings.' })
export class CourseSettings {
  @Field(() => Int, {
    description: 'Hours someone on the waiting list has to accept a freed place (never past the session’s start).',
  })
  offerAcceptHours: number;
}
