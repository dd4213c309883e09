import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LESSON_KINDS, type LessonKindName } from '@common-ground/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { JsonObject } from '../../../common/graphql/json-object.scalar';
import { JSONObjectScalar } from '../../../common/graphql/json-object.scalar';
import { Trim } from '../../identity/dto/normalise';
import { AUDIENCES, type AudienceName, TEST_ROLES, type TestRoleName } from '../learning.constants';
import { Audience, LessonKind, TestRole } from '../models/enums';

const UUID_MESSAGE = 'Must be a valid identifier';

@InputType({ description: 'A module’s details.' })
export class CreateLearningModuleInput {
  @Field({ description: 'Title (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(200, { message: 'The title must be 200 characters or fewer' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'Web address part (lower case, digits, hyphens); made from the title when left out.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens only' })
  @MaxLength(100, { message: 'The web address must be 100 characters or fewer' })
  slug?: string | null;

  @Field({ description: 'Summary for the catalogue (up to 1,000 characters).' })
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'The summary must be 1,000 characters or fewer' })
  summary: string;

  @Field(() => [String], { description: 'Learning outcomes, one sentence each (up to 12).' })
  @IsArray()
  @ArrayMaxSize(12, { message: 'List 12 outcomes or fewer' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'Outcomes cannot be blank' })
  @MaxLength(300, { each: true, message: 'Each outcome must be 300 characters or fewer' })
  outcomes: string[];

  @Field({ description: 'Topic, for the catalogue filter (1–80 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a topic' })
  @MaxLength(80, { message: 'The topic must be 80 characters or fewer' })
  topic: string;

  @Field(() => Audience, { description: 'Who may see it once published.' })
  @IsIn(AUDIENCES, { message: 'Select who the module is for' })
  audience: AudienceName;

  @Field(() => ID, { nullable: true, description: 'An uploaded image for the cover.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  coverMediaId?: string | null;

  @Field(() => String, { nullable: true, description: 'Text alternative of the cover; required with a cover.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'The description must be 300 characters or fewer' })
  coverAlt?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'CPD time it earns, in minutes (0–6,000); 0 when left out on create, unchanged on update.',
  })
  @IsOptional()
  @IsInt({ message: 'CPD time must be a whole number of minutes' })
  @Min(0, { message: 'CPD time cannot be negative' })
  @Max(6000, { message: 'CPD time must be 100 hours or less' })
  cpdMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Order in the catalogue; last when left out.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number | null;
}

@InputType({ description: 'New details for a module.' })
export class UpdateLearningModuleInput extends CreateLearningModuleInput {
  @Field(() => ID, { description: 'The module.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  moduleId: string;
}

@InputType({ description: 'Names one module.' })
export class LearningModuleIdInput {
  @Field(() => ID, { description: 'The module.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  moduleId: string;
}

/** The editable details of a lesson, shared by creating and updating one. */
@InputType({ isAbstract: true })
abstract class LessonDetailsInput {
  @Field({ description: 'Title (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(200, { message: 'The title must be 200 characters or fewer' })
  title: string;

  @Field(() => [String], { description: 'Learning outcomes (up to 12).' })
  @IsArray()
  @ArrayMaxSize(12, { message: 'List 12 outcomes or fewer' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'Outcomes cannot be blank' })
  @MaxLength(300, { each: true, message: 'Each outcome must be 300 characters or fewer' })
  outcomes: string[];

  @Field(() => TestRole, { nullable: true, description: 'Knowledge checks only: pre-test, post-test or neither.' })
  @IsOptional()
  @IsIn(TEST_ROLES)
  testRole?: TestRoleName | null;

  @Field(() => String, {
    nullable: true,
    description: 'A warning shown before the lesson starts when its story may distress (up to 600 characters).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(600, { message: 'The content warning must be 600 characters or fewer' })
  contentWarning?: string | null;
}

@InputType({ description: 'A new lesson at the end of a module.' })
export class CreateLessonInput extends LessonDetailsInput {
  @Field(() => ID, { description: 'The module.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  moduleId: string;

  @Field(() => LessonKind, { description: 'Article, scenario or knowledge check; fixed once created.' })
  @IsIn(LESSON_KINDS, { message: 'Select the kind of lesson' })
  kind: LessonKindName;
}

@InputType({ description: 'New details for a lesson.' })
export class UpdateLessonInput extends LessonDetailsInput {
  @Field(() => ID, { description: 'The lesson.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  lessonId: string;
}

@InputType({ description: 'Draft content for a lesson.' })
export class SaveLessonDraftInput {
  @Field(() => ID, { description: 'The lesson.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  lessonId: string;

  @Field(() => JSONObjectScalar, { description: 'The content; its shape depends on the lesson kind (see LessonKind).' })
  @IsObject()
  content: JsonObject;
}

@InputType({ description: 'A module’s lessons in their new order.' })
export class ReorderLessonsInput {
  @Field(() => ID, { description: 'The module.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  moduleId: string;

  @Field(() => [ID], { description: 'Every lesson of the module, once each, in the new order.' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: UUID_MESSAGE })
  lessonIds: string[];
}

@InputType({ description: 'Names one lesson.' })
export class LessonIdInput {
  @Field(() => ID, { description: 'The lesson.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  lessonId: string;
}

@InputType({ description: 'Publishes a lesson now or at a time.' })
export class PublishLessonInput {
  @Field(() => ID, { description: 'The lesson.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  lessonId: string;

  @Field(() => Date, { nullable: true, description: 'When to publish; now when left out or in the past.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishAt?: Date | null;
}

@InputType({ description: 'A choice in the current scene of an attempt.' })
export class ChooseScenarioOptionInput {
  @Field(() => ID, { description: 'The attempt (from startLesson).' })
  @IsUUID('all', { message: UUID_MESSAGE })
  attemptId: string;

  @Field({ description: 'One of the choices the current scene offers.' })
  @IsString()
  @IsNotEmpty({ message: 'Choose an option' })
  @MaxLength(64)
  choiceId: string;
}

@InputType({ description: 'The options picked for one question.' })
export class QuestionAnswerInput {
  @Field({ description: 'The question.' })
  @IsString()
  @MaxLength(64)
  questionId: string;

  @Field(() => [String], { description: 'The options picked.' })
  @IsArray()
  @ArrayMaxSize(6)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  optionIds: string[];
}

@InputType({ description: 'Answers to every question of a knowledge check.' })
export class SubmitKnowledgeCheckInput {
  @Field(() => ID, { description: 'The attempt (from startLesson).' })
  @IsUUID('all', { message: UUID_MESSAGE })
  attemptId: string;

  @Field(() => [QuestionAnswerInput], { description: 'One answer per question.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionAnswerInput)
  answers: QuestionAnswerInput[];
}
