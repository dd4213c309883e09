import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  FRAMEWORK_LIMITS,
  type CompetencyKindName,
  type ResourceKindName,
  type WorkforceGroupName,
} from '@common-ground/shared';
import { Connection } from '../../../common/graphql/connection';
import { MaxItems } from '../../../common/graphql/list-size';
import { WorkforceGroup } from '../../identity/models/enums';
import { CompetencyKind, PlanCompletion, type PlanCompletionName, ResourceKind } from './framework.enums';

@ObjectType({ description: 'A strand of the framework: a theme its competencies belong to.' })
export class Strand {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Name, e.g. Protecting people.' })
  name: string;

  @Field({ description: 'What it covers (plain text).' })
  description: string;

  @Field(() => Int, { description: 'Order shown, smallest first.' })
  position: number;
}

@ObjectType({ description: 'A workforce group of the framework, by how much contact the role has with people.' })
export class FrameworkGroup {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Name, e.g. Intensive contact.' })
  name: string;

  @Field({ description: 'Which roles belong here (plain text).' })
  description: string;

  @Field(() => Int, { description: 'Order shown, from general contact to leaders.' })
  position: number;

  @Field(() => WorkforceGroup, {
    nullable: true,
    description: 'The profile workforce group that starts people here, if any.',
  })
  profileGroup: WorkforceGroupName | null;

  @Field({ description: 'True when anyone, signed in or not, may use the tool for this group.' })
  openToPublic: boolean;

  @Field({ description: 'True when this is the group the viewer’s profile puts them in.' })
  isViewersGroup: boolean;
}

@ObjectType({ description: 'What a workforce group needs to know or do in a strand.' })
export class Competency {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The statement (plain text).' })
  statement: string;

  @Field(() => CompetencyKind, { description: 'Something to know, or to do.' })
  kind: CompetencyKindName;

  @Field(() => Int, { description: 'Order within its strand and group.' })
  position: number;

  @Field(() => ID, { description: 'Its strand.' })
  strandId: string;

  @Field({ description: 'Its strand’s name.' })
  strandName: string;

  @Field(() => ID, { description: 'Its workforce group.' })
  workforceGroupId: string;

  @Field({ description: 'Its workforce group’s name.' })
  workforceGroupName: string;

  @Field(() => Int, { description: 'How many learning resources serve it (0 is a gap in the mapping).' })
  resourceCount: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The viewer’s own confidence rating (1–4), or null when they have not rated it.',
  })
  viewerConfidence: number | null;
}

@ObjectType({ description: 'A page of competencies, by strand, group and order.' })
export class CompetencyConnection extends Connection(Competency, 'Competency') {}

@ObjectType({ description: 'A competency a resource serves, named.' })
export class ResourceCompetency {
  @Field(() => ID, { description: 'The competency.' })
  id: string;

  @Field({ description: 'Its statement.' })
  statement: string;

  @Field({ description: 'Its strand’s name.' })
  strandName: string;

  @Field({ description: 'Its workforce group’s name.' })
  workforceGroupName: string;
}

@ObjectType({ description: 'A way to learn, mapped to the competencies it serves.' })
export class LearningResource {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ResourceKind, { description: 'What kind of learning it is.' })
  kind: ResourceKindName;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What it is and how to get it (plain text).' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Where to find it: a web address or a path in Common Ground.' })
  url: string | null;

  @Field(() => ID, { nullable: true, description: 'For an e-learning module: the module.' })
  moduleId: string | null;

  @MaxItems(FRAMEWORK_LIMITS.competenciesPerResourceMax)
  @Field(() => [ResourceCompetency], { description: 'The competencies it serves.' })
  competencies: ResourceCompetency[];
}

@ObjectType({ description: 'A page of learning resources, by title.' })
export class LearningResourceConnection extends Connection(LearningResource, 'LearningResource') {}

@ObjectType({ description: 'A competency a person rated low: something to work on.' })
export class PlanGap {
  @Field(() => ID, { description: 'The competency.' })
  competencyId: string;

  @Field({ description: 'Its statement.' })
  statement: string;

  @Field(() => CompetencyKind, { description: 'Something to know, or to do.' })
  kind: CompetencyKindName;

  @Field({ description: 'Its strand’s name.' })
  strandName: string;

  @Field({ description: 'Its workforce group’s name.' })
  workforceGroupName: string;

  @Field(() => Int, { description: 'The confidence the person gave (1–4).' })
  confidence: number;
}

@ObjectType({ description: 'A resource in a learning plan, and whether the person has done it.' })
export class PlanResource {
  @Field(() => ID, { description: 'The resource.' })
  resourceId: string;

  @Field(() => ResourceKind, { description: 'What kind of learning it is.' })
  kind: ResourceKindName;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What it is and how to get it (plain text).' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Where to find it (a module’s page for modules).' })
  url: string | null;

  @Field({ description: 'True once done.' })
  done: boolean;

  @Field(() => PlanCompletion, { nullable: true, description: 'How it came to be done; null while not done.' })
  completion: PlanCompletionName | null;

  @Field(() => Date, { nullable: true, description: 'When it was marked done.' })
  doneAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The person’s reflection (plain text), when they marked it.' })
  reflection: string | null;

  @Field({ description: 'True when it is counted by itself (a module), so the person does not mark it.' })
  countsAutomatically: boolean;

  @MaxItems(FRAMEWORK_LIMITS.competenciesPerResourceMax)
  @Field(() => [String], { description: 'The statements of the gaps it serves.' })
  serves: string[];
}

@ObjectType({ description: 'A personal learning plan: the gaps a person found and resources for them.' })
export class LearningPlan {
  @Field(() => ID, { nullable: true, description: 'Whose plan; null for a signed-out visitor’s plan.' })
  personId: string | null;

  @Field(() => String, { nullable: true, description: 'Their name; null for a signed-out visitor’s plan.' })
  personName: string | null;

  @Field(() => Int, { description: 'Competencies rated.' })
  ratedCount: number;

  @Field(() => Int, { description: 'Competencies rated 1 or 2: the gaps.' })
  gapCount: number;

  @Field(() => Int, { description: 'Resources suggested for the gaps.' })
  resourceCount: number;

  @Field(() => Int, { description: 'Of those, how many are done.' })
  doneCount: number;

  @Field({ description: 'True when the plan had more gaps or resources than one page lists.' })
  truncated: boolean;

  @Field({ description: 'True when the viewer may mark resources done (it is their own plan).' })
  viewerCanMarkDone: boolean;

  @MaxItems(FRAMEWORK_LIMITS.planItemsMax)
  @Field(() => [PlanGap], { description: 'The gaps, by strand, group and order.' })
  gaps: PlanGap[];

  @MaxItems(FRAMEWORK_LIMITS.planItemsMax)
  @Field(() => [PlanResource], { description: 'Resources for the gaps: those not done first, then by title.' })
  resources: PlanResource[];
}

@ObjectType({ description: 'A line manager’s view of one team member’s learning plan.' })
export class TeamMemberPlan {
  @Field(() => ID, { description: 'The person.' })
  personId: string;

  @Field({ description: 'Their name.' })
  name: string;

  @Field({ description: 'Their job title.' })
  jobTitle: string;

  @Field(() => Int, { description: 'Competencies rated.' })
  ratedCount: number;

  @Field(() => Int, { description: 'Gaps (rated 1 or 2).' })
  gapCount: number;

  @Field(() => Int, { description: 'Resources suggested for the gaps.' })
  resourceCount: number;

  @Field(() => Int, { description: 'Of those, how many are done.' })
  doneCount: number;
}

@ObjectType({ description: 'A page of a manager’s team, by name.' })
export class TeamMemberPlanConnection extends Connection(TeamMemberPlan, 'TeamMemberPlan') {}
