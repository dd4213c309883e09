import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { COURSE_LIMITS, FRAMEWORK_LIMITS, LIMITS, NATIONS, type NationName } from '@common-ground/shared';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
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
} from 'class-validator';
import { EMAIL_FORMAT, NormaliseEmail, Trim } from '../../identity/dto/normalise';
import { Nation } from '../models/course.enums';

const UUID_MESSAGE = 'Must be a valid identifier';
const L = COURSE_LIMITS;

@InputType({ description: 'A course’s details (partnership leads and admins).' })
export class CourseInput {
  @Field({ description: 'Title.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(L.titleMax, { message: `The title must be ${L.titleMax} characters or fewer` })
  title: string;

  @Field({ description: 'What the course is about (plain text; blank lines separate paragraphs).' })
  @IsString()
  @MaxLength(L.descriptionMax, { message: `The description must be ${L.descriptionMax} characters or fewer` })
  description: string;

  @Field(() => [String], { description: 'What delegates will know or be able to do afterwards.' })
  @IsArray()
  @ArrayMaxSize(L.outcomesMax, { message: `List at most ${L.outcomesMax} outcomes` })
  @IsString({ each: true })
  @MaxLength(L.outcomeMax, { each: true, message: `Each outcome must be ${L.outcomeMax} characters or fewer` })
  outcomes: string[];

  @Field(() => [String], { description: 'Who the course is for, e.g. "Front-line staff in housing".' })
  @IsArray()
  @ArrayMaxSize(L.targetGroupsMax, { message: `List at most ${L.targetGroupsMax} target groups` })
  @IsString({ each: true })
  @MaxLength(L.targetGroupMax, { each: true, message: `Each group must be ${L.targetGroupMax} characters or fewer` })
  targetGroups: string[];

  @Field({ description: 'Who usually trains it.' })
  @Trim()
  @IsString()
  @MaxLength(L.trainerMax, { message: `The trainer’s name must be ${L.trainerMax} characters or fewer` })
  trainer: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The framework competencies it serves (the mapping of its learning resource); omitted, a change keeps them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FRAMEWORK_LIMITS.competenciesPerResourceMax, {
    message: `Choose at most ${FRAMEWORK_LIMITS.competenciesPerResourceMax} competencies`,
  })
  @IsUUID('all', { each: true, message: UUID_MESSAGE })
  competencyIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Applications wait for the line manager’s approval before they count; omitted, a change keeps it.',
  })
  @IsOptional()
  @IsBoolean()
  requiresManagerApproval?: boolean | null;
}

@InputType({ description: 'Changes to a course.' })
export class UpdateCourseInput extends CourseInput {
  @Field(() => ID, { description: 'The course.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  courseId: string;
}

@InputType({ description: 'A session’s details (partnership leads and admins).' })
export class SessionInput {
  @Field(() => Date, { description: 'When it starts.' })
  @Type(() => Date)
  @IsDate({ message: 'Enter the start date and time' })
  startsAt: Date;

  @Field(() => Date, { description: 'When it ends; after it starts.' })
  @Type(() => Date)
  @IsDate({ message: 'Enter the end date and time' })
  endsAt: Date;

  @Field({ description: 'The venue’s name and address.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the venue' })
  @MaxLength(L.venueMax, { message: `The venue must be ${L.venueMax} characters or fewer` })
  venue: string;

  @Field({ description: 'How to get there and in, sent with each confirmation (plain text).' })
  @IsString()
  @MaxLength(L.joiningInstructionsMax, {
    message: `Joining instructions must be ${L.joiningInstructionsMax} characters or fewer`,
  })
  joiningInstructions: string;

  @Field({ description: 'The locality it is held in; applicants from it are preferred.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the locality' })
  @MaxLength(L.localityMax, { message: `The locality must be ${L.localityMax} characters or fewer` })
  locality: string;

  @Field(() => Nation, { description: 'The nation the venue is in (its bank holidays count).' })
  @IsIn(NATIONS, { message: 'Choose the nation the venue is in' })
  nation: NationName;

  @Field(() => Int, { description: `Places (1–${L.capacityMax}).` })
  @IsInt({ message: `Capacity must be a whole number from 1 to ${L.capacityMax}` })
  @Min(1, { message: `Capacity must be a whole number from 1 to ${L.capacityMax}` })
  @Max(L.capacityMax, { message: `Capacity must be a whole number from 1 to ${L.capacityMax}` })
  capacity: number;

  @Field({ description: 'Trainer for this session; empty for the course’s own.' })
  @Trim()
  @IsString()
  @MaxLength(L.trainerMax, { message: `The trainer’s name must be ${L.trainerMax} characters or fewer` })
  trainer: string;
}

@InputType({ description: 'A new session of a course.' })
export class CreateSessionInput extends SessionInput {
  @Field(() => ID, { description: 'The course.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  courseId: string;
}

@InputType({ description: 'Changes to a session; everyone booked is told.' })
export class UpdateSessionInput extends SessionInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  sessionId: string;
}

@InputType({ description: 'An application for a session.' })
export class ApplyForSessionInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  sessionId: string;

  @Field(() => String, { nullable: true, description: 'The locality the applicant works in.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(L.localityMax, { message: `The locality must be ${L.localityMax} characters or fewer` })
  locality?: string | null;

  @Field(() => String, { nullable: true, description: 'Line manager’s name; omitted, the profile’s is used.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.nameMaxLength, { message: `The name must be ${LIMITS.nameMaxLength} characters or fewer` })
  managerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Line manager’s email address; omitted, the profile’s is used.' })
  @IsOptional()
  @NormaliseEmail()
  @MaxLength(LIMITS.emailMaxLength, { message: `Email address must be ${LIMITS.emailMaxLength} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  managerEmail?: string | null;
}

@InputType({ description: 'Withdraw an application or give up a place.' })
export class CancelApplicationInput {
  @Field(() => ID, { description: 'The application.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  applicationId: string;
}

@InputType({ description: 'Which sessions the programme lists.' })
export class ProgrammeFilter {
  @Field(() => String, { nullable: true, description: 'Only sessions in this locality.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.localityMax, { message: `The locality must be ${L.localityMax} characters or fewer` })
  locality?: string | null;

  @Field(() => String, { nullable: true, description: 'Only sessions starting in this month (YYYY-MM, London time).' })
  @IsOptional()
  @IsString()
  @MaxLength(7, { message: 'Choose a month, like 2026-06' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Choose a month, like 2026-06' })
  month?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sessions with places left.' })
  @IsOptional()
  @IsBoolean()
  placesLeft?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions of courses serving a competency in this strand.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a strand from the list' })
  strandId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions of this course.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  courseId?: string | null;
}

@InputType({ description: 'Give out a session’s places now (leads and admins).' })
export class RunShortlistingInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  sessionId: string;
}

@InputType({ description: 'A new bank holiday list (admins).' })
export class UpdateBankHolidaysInput {
  @Field({ description: 'The file as GOV.UK publishes it at https://www.gov.uk/bank-holidays.json.' })
  @IsString()
  @MaxLength(90_000, { message: 'The file must be 90,000 characters or fewer' })
  json: string;
}
