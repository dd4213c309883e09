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
import { ID_MESSAGE, IdField, OrderField, TextField } from '../../../common/graphql/input-fields';
import { AUDIENCES, type AudienceName, TEST_ROLES, type TestRoleName } from '../learning.constants';
import { Audience, LessonKind, TestRole } from '../models/enums';

@InputType({ description: 'A module’s details.' })
export class CreateLearningModuleInput {
  @TextField({ description: 'Title (1–200 characters).', max: 200, label: 'The title', blank: 'Enter a title' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'Web address part (lower case, digits, hyphens); made from the title when left out.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case letters, digits and single hyphens only' })
  @MaxLength(100, { message: 'The web address must be 100 characters or fewer' })
  slug?: string | null;

  @TextField({ description: 'Summary for the catalogue (up to 1,000 characters).', max: 1000, label: 'The summary' })
  summary: string;

  @Field(() => [String], { description: 'Learning outcomes, one sentence each (up to 12).' })
  @IsArray()
  @ArrayMaxSize(12, { message: 'List 12 outcomes or fewer' })
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'Outcomes cannot be blank' })
  @MaxLength(300, { each: true, message: 'Each outcome must be 300 characters or fewer' })
  outcomes: string[];

  @TextField({
    description: 'Topic, for the catalogue filter (1–80 characters).',
    max: 80,
    label: 'The topic',
    blank: 'Enter a topic',
  })
  topic: string;

  @Field(() => Audience, { description: 'Who may see it once published.' })
  @IsIn(AUDIENCES, { message: 'Select who the module is for' })
  audience: AudienceName;

  @IdField({ description: 'An uploaded image for the cover.', nullable: true })
  coverMediaId?: string | null;

  @TextField({
    description: 'Text alternative of the cover; required with a cover.',
    max: 300,
    label: 'The description',
    nullable: true,
  })
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

  @OrderField({ description: 'Order in the catalogue; last when left out.', max: 100000, nullable: true })
  position?: number | null;
}

@InputType({ description: 'New details for a module.' })
export class UpdateLearningModuleInput extends CreateLearningModuleInput {
  @IdField({ description: 'The module.' })
  moduleId: string;
}

@InputType({ description: 'Names one module.' })
export class LearningModuleIdInput {
  @IdField({ description: 'The module.' })
  moduleId: string;
}

/** The editable details of a lesson, shared by creating and updating one. */
@InputType({ isAbstract: true })
abstract class LessonDetailsInput {
  @TextField({ description: 'Title (1–200 characters).', max: 200, label: 'The title', blank: 'Enter a title' })
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

  @TextField({
    description: 'A warning shown before the lesson starts when its story may distress (up to 600 characters).',
    max: 600,
    label: 'The content warning',
    nullable: true,
  })
  contentWarning?: string | null;
}

@InputType({ description: 'A new lesson at the end of a module.' })
export class CreateLessonInput extends LessonDetailsInput {
  @IdField({ description: 'The module.' })
  moduleId: string;

  @Field(() => LessonKind, { description: 'Article, scenario or knowledge check; fixed once created.' })
  @IsIn(LESSON_KINDS, { message: 'Select the kind of lesson' })
  kind: LessonKindName;
}

@InputType({ description: 'New details for a lesson.' })
export class UpdateLessonInput extends LessonDetailsInput {
  @IdField({ description: 'The lesson.' })
  lessonId: string;
}

@InputType({ description: 'Draft content for a lesson.' })
export class SaveLessonDraftInput {
  @IdField({ description: 'The lesson.' })
  lessonId: string;

  @Field(() => JSONObjectScalar, { description: 'The content; its shape depends on the lesson kind (see LessonKind).' })
  @IsObject()
  content: JsonObject;
}

@InputType({ description: 'A module’s lessons in their new order.' })
export class ReorderLessonsInput {
  @IdField({ description: 'The module.' })
  moduleId: string;

  @Field(() => [ID], { description: 'Every lesson of the module, once each, in the new order.' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: ID_MESSAGE })
  lessonIds: string[];
}

@InputType({ description: 'Names one lesson.' })
export class LessonIdInput {
  @IdField({ description: 'The lesson.' })
  lessonId: string;
}

@InputType({ description: 'Publishes a lesson now or at a time.' })
export class PublishLessonInput {
  @IdField({ description: 'The lesson.' })
  lessonId: string;

  @Field(() => Date, { nullable: true, description: 'When to publish; now when left out or in the past.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  publishAt?: Date | null;
}

@InputType({ description: 'A choice in the current scene of an attempt.' })
export class ChooseScenarioOptionInput {
  @IdField({ description: 'The attempt (from startLesson).' })
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
  @IdField({ description: 'The attempt (from startLesson).' })
  attemptId: string;

  @Field(() => [QuestionAnswerInput], { description: 'One answer per question.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionAnswerInput)
  answers: QuestionAnswerInput[];
}
