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
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IdField, OrderField, TextField } from '../../../common/graphql/input-fields';
import { Trim } from '../../identity/dto/normalise';
import { WorkforceGroup } from '../../identity/models/enums';
import { CompetencyKind, ResourceKind } from '../models/framework.enums';

/** http(s) addresses, or a path inside Common Ground (starting with one slash). */
const LINK = /^(https?:\/\/[^\s<>"]+|\/(?!\/)[^\s<>"]*)$/i;

@InputType({ description: 'Something to change or delete, by id.' })
export class FrameworkIdInput {
  @IdField({ description: 'Its id.' })
  id: string;
}

@InputType({ description: 'A strand of the framework.' })
export class StrandInput {
  @TextField({
    description: `Name (up to ${L.nameMaxLength} characters).`,
    max: L.nameMaxLength,
    label: 'The name',
    blank: 'Enter the strand’s name',
  })
  name: string;

  @TextField({
    description: `What it covers, plain text (up to ${L.descriptionMaxLength} characters).`,
    max: L.descriptionMaxLength,
    label: 'The description',
  })
  description: string;

  @OrderField({ description: 'Order shown, smallest first.', max: L.positionMax })
  position: number;
}

@InputType({ description: 'Changes to a strand.' })
export class UpdateStrandInput extends StrandInput {
  @IdField({ description: 'The strand.' })
  id: string;
}

@InputType({ description: 'A workforce group of the framework.' })
export class WorkforceGroupInput {
  @TextField({
    description: `Name (up to ${L.nameMaxLength} characters).`,
    max: L.nameMaxLength,
    label: 'The name',
    blank: 'Enter the group’s name',
  })
  name: string;

  @TextField({
    description: `Which roles belong here, plain text (up to ${L.descriptionMaxLength} characters).`,
    max: L.descriptionMaxLength,
    label: 'The description',
  })
  description: string;

  @OrderField({ description: 'Order shown, from general contact to leaders, smallest first.', max: L.positionMax })
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
  @IdField({ description: 'The group.' })
  id: string;
}

@InputType({ description: 'A competency: what a workforce group needs to know or do in a strand.' })
export class CompetencyInput {
  @IdField({ description: 'The strand.', message: 'Choose a strand' })
  strandId: string;

  @IdField({ description: 'The workforce group.', message: 'Choose a workforce group' })
  workforceGroupId: string;

  @Field(() => CompetencyKind, { description: 'Something to know, or to do.' })
  @IsIn(COMPETENCY_KINDS, { message: 'Choose whether this is something to know or to do' })
  kind: CompetencyKindName;

  @TextField({
    description: `The statement, plain text (up to ${L.statementMaxLength} characters).`,
    max: L.statementMaxLength,
    label: 'The competency',
    blank: 'Enter the competency',
  })
  statement: string;

  @OrderField({ description: 'Order within its strand and group, smallest first.', max: L.positionMax })
  position: number;
}

@InputType({ description: 'Changes to a competency.' })
export class UpdateCompetencyInput extends CompetencyInput {
  @IdField({ description: 'The competency.' })
  id: string;
}

@InputType({ description: 'A learning resource and the competencies it serves.' })
export class ResourceInput {
  @Field(() => ResourceKind, { description: 'What kind of learning it is.' })
  @IsIn(RESOURCE_KINDS, { message: 'Choose what kind of resource this is' })
  kind: ResourceKindName;

  @TextField({
    description: `Title (up to ${L.resourceTitleMaxLength} characters).`,
    max: L.resourceTitleMaxLength,
    label: 'The title',
    blank: 'Enter a title',
  })
  title: string;

  @TextField({
    description: `What it is and how to get it, plain text (up to ${L.resourceDescriptionMaxLength}).`,
    max: L.resourceDescriptionMaxLength,
    label: 'The description',
  })
  description: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address, or a path in Common Ground.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(L.urlMaxLength, { message: `The web address must be ${L.urlMaxLength} characters or fewer` })
  @Matches(LINK, { message: 'Enter a web address starting with https://, or a path starting with /' })
  url?: string | null;

  @IdField({
    description: 'For an e-learning module: the module.',
    message: 'Choose an e-learning module',
    nullable: true,
  })
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
  @IdField({ description: 'The resource.' })
  id: string;
}

@InputType({ description: 'Which competencies to list.' })
export class CompetenciesFilter {
  @IdField({ description: 'Only this strand’s.', message: 'Choose a strand', nullable: true })
  strandId?: string | null;

  @IdField({ description: 'Only this workforce group’s.', message: 'Choose a workforce group', nullable: true })
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
  @IdField({ description: 'The competency.', message: 'Choose a competency' })
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
  @IdField({ description: 'The resource.' })
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
  @IdField({ description: 'The resource.' })
  resourceId: string;
}
