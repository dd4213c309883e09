import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  COMPETENCY_KINDS,
  type CompetencyKindName,
  CONFIDENCE_LEVELS,
  FRAMEWORK_LIMITS as L,
  RESOURCE_KINDS,
  type ResourceKindName,
  WORKFORCE_GROUPS,
  type WorkforceGroupName,
} from '@common-ground/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../identity/dto/normalise';
import { WorkforceGroup } from '../../identity/models/enums';
import { CompetencyKind, ResourceKind } from '../models/framework.enums';

const UUID_MESSAGE = 'Must be a valid identifier';
/** http(s) addresses, or a path inside Common Ground (starting with one slash). */
const LINK = /^(https?:\/\/[^\s<>"]+|\/(?!\/)[^\s<>"]*)$/i;

@InputType({ description: 'Something to change or delete, by id.' })
export class FrameworkIdInput {
  @Field(() => ID, { description: 'Its id.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'A strand of the framework.' })
export class StrandInput {
  @Field({ description: `Name (up to ${L.nameMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the strand’s name' })
  @MaxLength(L.nameMaxLength, { message: `The name must be ${L.nameMaxLength} characters or fewer` })
  name: string;

  @Field({ description: `What it covers, plain text (up to ${L.descriptionMaxLength} characters).` })
  @Trim()
  @IsString()
  @MaxLength(L.descriptionMaxLength, {
    message: `The description must be ${L.descriptionMaxLength} characters or fewer`,
  })
  description: string;

  @Field(() => Int, { description: 'Order shown, smallest first.' })
  @IsInt({ message: 'Enter the order as a whole number' })
  @Min(0, { message: 'The order must be 0 or more' })
  @Max(L.positionMax, { message: `The order must be ${L.positionMax} or less` })
  position: number;
}

@InputType({ description: 'Changes to a strand.' })
export class UpdateStrandInput extends StrandInput {
  @Field(() => ID, { description: 'The strand.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'A workforce group of the framework.' })
export class WorkforceGroupInput {
  @Field({ description: `Name (up to ${L.nameMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the group’s name' })
  @MaxLength(L.nameMaxLength, { message: `The name must be ${L.nameMaxLength} characters or fewer` })
  name: string;

  @Field({ description: `Which roles belong here, plain text (up to ${L.descriptionMaxLength} characters).` })
  @Trim()
  @IsString()
  @MaxLength(L.descriptionMaxLength, {
    message: `The description must be ${L.descriptionMaxLength} characters or fewer`,
  })
  description: string;

  @Field(() => Int, { description: 'Order shown, from general contact to leaders, smallest first.' })
  @IsInt({ message: 'Enter the order as a whole number' })
  @Min(0, { message: 'The order must be 0 or more' })
  @Max(L.positionMax, { message: `The order must be ${L.positionMax} or less` })
  position: number;

  @Field(() => WorkforceGroup, {
    nullable: true,
    description: 'The workforce group in people’s profiles that starts them here; null for none.',
  })
  @IsOptional()
  @IsIn(WORKFORCE_GROUPS, { message: 'Choose a profile group from the list' })
  profileGroup?: WorkforceGroupName | null;

  @Field({ description: 'True when anyone, signed in or not, may use the tool for this group.' })
  @IsBoolean({ message: 'Choose whether the public can use this group' })
  openToPublic: boolean;
}

@InputType({ description: 'Changes to a workforce group.' })
export class UpdateWorkforceGroupInput extends WorkforceGroupInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'A competency: what a workforce group needs to know or do in a strand.' })
export class CompetencyInput {
  @Field(() => ID, { description: 'The strand.' })
  @IsUUID('all', { message: 'Choose a strand' })
  strandId: string;

  @Field(() => ID, { description: 'The workforce group.' })
  @IsUUID('all', { message: 'Choose a workforce group' })
  workforceGroupId: string;

  @Field(() => CompetencyKind, { description: 'Something to know, or to do.' })
  @IsIn(COMPETENCY_KINDS, { message: 'Choose whether this is something to know or to do' })
  kind: CompetencyKindName;

  @Field({ description: `The statement, plain text (up to ${L.statementMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the competency' })
  @MaxLength(L.statementMaxLength, { message: `The competency must be ${L.statementMaxLength} characters or fewer` })
  statement: string;

  @Field(() => Int, { description: 'Order within its strand and group, smallest first.' })
  @IsInt({ message: 'Enter the order as a whole number' })
  @Min(0, { message: 'The order must be 0 or more' })
  @Max(L.positionMax, { message: `The order must be ${L.positionMax} or less` })
  position: number;
}

@InputType({ description: 'Changes to a competency.' })
export class UpdateCompetencyInput extends CompetencyInput {
  @Field(() => ID, { description: 'The competency.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'A learning resource and the competencies it serves.' })
export class ResourceInput {
  @Field(() => ResourceKind, { description: 'What kind of learning it is.' })
  @IsIn(RESOURCE_KINDS, { message: 'Choose what kind of resource this is' })
  kind: ResourceKindName;

  @Field({ description: `Title (up to ${L.resourceTitleMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(L.resourceTitleMaxLength, { message: `The title must be ${L.resourceTitleMaxLength} characters or fewer` })
  title: string;

  @Field({ description: `What it is and how to get it, plain text (up to ${L.resourceDescriptionMaxLength}).` })
  @Trim()
  @IsString()
  @MaxLength(L.resourceDescriptionMaxLength, {
    message: `The description must be ${L.resourceDescriptionMaxLength} characters or fewer`,
  })
  description: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address, or a path in Common Ground.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(L.urlMaxLength, { message: `The web address must be ${L.urlMaxLength} characters or fewer` })
  @Matches(LINK, { message: 'Enter a web address starting with https://, or a path starting with /' })
  url?: string | null;

  @Field(() => ID, { nullable: true, description: 'For an e-learning module: the module.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose an e-learning module' })
  moduleId?: string | null;

  @Field(() => [ID], { description: `The competencies it serves (up to ${L.competenciesPerResourceMax}).` })
  @IsArray()
  @ArrayMaxSize(L.competenciesPerResourceMax, {
    message: `A resource can serve up to ${L.competenciesPerResourceMax} competencies`,
  })
  @IsUUID('all', { each: true, message: 'Choose competencies from the list' })
  competencyIds: string[];
}

@InputType({ description: 'Changes to a learning resource (its whole content and mapping, replacing the old).' })
export class UpdateResourceInput extends ResourceInput {
  @Field(() => ID, { description: 'The resource.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Which competencies to list.' })
export class CompetenciesFilter {
  @Field(() => ID, { nullable: true, description: 'Only this strand’s.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a strand' })
  strandId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this workforce group’s.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a workforce group' })
  workforceGroupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those with no learning resource mapped yet.' })
  @IsOptional()
  @IsBoolean()
  unmappedOnly?: boolean | null;
}

@InputType({ description: 'Which learning resources to list.' })
export class ResourcesFilter {
  @Field(() => ResourceKind, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  @IsIn(RESOURCE_KINDS, { message: 'Choose a kind from the list' })
  kind?: ResourceKindName | null;
}

@InputType({ description: 'How confident a person is on one competency.' })
export class ConfidenceRatingInput {
  @Field(() => ID, { description: 'The competency.' })
  @IsUUID('all', { message: 'Choose a competency' })
  competencyId: string;

  @Field(() => Int, { description: 'From 1 (not yet) to 4 (confident and could help others).' })
  @IsIn(CONFIDENCE_LEVELS, { message: 'Choose how confident you are' })
  confidence: number;
}

@InputType({ description: 'Confidence ratings, given together.' })
export class RateCompetenciesInput {
  @Field(() => [ConfidenceRatingInput], { description: `Up to ${L.ratingsPerRequestMax} ratings.` })
  @IsArray()
  @ArrayMaxSize(L.ratingsPerRequestMax, { message: `Rate up to ${L.ratingsPerRequestMax} competencies at once` })
  @ValidateNested({ each: true })
  @Type(() => ConfidenceRatingInput)
  ratings: ConfidenceRatingInput[];
}

@InputType({ description: 'A resource the person has done, with what they took from it.' })
export class MarkResourceDoneInput {
  @Field(() => ID, { description: 'The resource.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  resourceId: string;

  @Field({ description: `A short reflection, plain text (up to ${L.reflectionMaxLength} characters).` })
  @IsString()
  @MaxLength(L.reflectionMaxLength, {
    message: `Your reflection must be ${L.reflectionMaxLength} characters or fewer`,
  })
  reflection: string;
}

@InputType({ description: 'A resource to mark as not done after all.' })
export class UnmarkResourceDoneInput {
  @Field(() => ID, { description: 'The resource.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  resourceId: string;
}
