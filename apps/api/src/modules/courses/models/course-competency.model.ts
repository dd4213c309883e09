import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CompetencyKindName } from '@common-ground/shared';
import { CompetencyKind } from '../../framework/models/framework.enums';

@ObjectType({ description: 'A framework competency a course serves, or can be set to serve.' })
export class CourseCompetency {
  @Field(() => ID, { description: 'The competency.' })
  id: string;

  @Field({ description: 'Its statement (plain text).' })
  statement: string;

  @Field(() => CompetencyKind, { description: 'Something to know, or to do.' })
  kind: CompetencyKindName;

  @Field(() => ID, { description: 'Its strand.' })
  strandId: string;

  @Field({ description: 'Its strand’s name.' })
  strandName: string;

  @Field({ description: 'Its workforce group’s name.' })
  workforceGroupName: string;
}
