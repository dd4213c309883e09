import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ATTENDANCE_STATUSES, type AttendanceStatusName, EVALUATION_LIMITS } from '@common-ground/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AttendanceStatus } from '../models/attendance.model';

const UUID_MESSAGE = 'Must be a valid identifier';
const E = EVALUATION_LIMITS;
const RATING_MESSAGE = `Choose a rating from ${E.ratingMin} to ${E.ratingMax}`;

@InputType({ description: 'How one delegate attended.' })
export class AttendanceMarkInput {
  @Field(() => ID, { description: 'The delegate’s application (a confirmed place on the session).' })
  @IsUUID('all', { message: UUID_MESSAGE })
  applicationId: string;

  @Field(() => AttendanceStatus, { description: 'Whole session, late, left early or absent.' })
  @IsIn(ATTENDANCE_STATUSES, { message: 'Choose how the delegate attended' })
  status: AttendanceStatusName;
}

@InputType({ description: 'Lines of a session’s register to save at once (all or nothing).' })
export class MarkAttendanceInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  sessionId: string;

  @Field(() => [AttendanceMarkInput], { description: `One line per delegate, up to ${E.registerMax}.` })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose how at least one delegate attended' })
  @ArrayMaxSize(E.registerMax, { message: `A register takes at most ${E.registerMax} delegates at a time` })
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkInput)
  marks: AttendanceMarkInput[];
}

@InputType({ description: 'A delegate’s evaluation of a session they attended: four ratings and two answers.' })
export class SubmitCourseEvaluationInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  sessionId: string;

  @Field(() => Int, { description: 'The session overall, 1 (poor) to 5 (excellent).' })
  @IsInt({ message: RATING_MESSAGE })
  @Min(E.ratingMin, { message: RATING_MESSAGE })
  @Max(E.ratingMax, { message: RATING_MESSAGE })
  overall: number;

  @Field(() => Int, { description: 'What the session covered, 1 to 5.' })
  @IsInt({ message: RATING_MESSAGE })
  @Min(E.ratingMin, { message: RATING_MESSAGE })
  @Max(E.ratingMax, { message: RATING_MESSAGE })
  content: number;

  @Field(() => Int, { description: 'How the trainer led it, 1 to 5.' })
  @IsInt({ message: RATING_MESSAGE })
  @Min(E.ratingMin, { message: RATING_MESSAGE })
  @Max(E.ratingMax, { message: RATING_MESSAGE })
  trainer: number;

  @Field(() => Int, { description: 'How useful it will be in the delegate’s work, 1 to 5.' })
  @IsInt({ message: RATING_MESSAGE })
  @Min(E.ratingMin, { message: RATING_MESSAGE })
  @Max(E.ratingMax, { message: RATING_MESSAGE })
  usefulness: number;

  @Field({ description: 'What the delegate will do differently (plain text, may be empty).' })
  @IsString()
  @MaxLength(E.textMax, { message: `Your answer must be ${E.textMax} characters or fewer` })
  willDoDifferently: string;

  @Field({ description: 'Any other comments (plain text, may be empty).' })
  @IsString()
  @MaxLength(E.textMax, { message: `Your comments must be ${E.textMax} characters or fewer` })
  comments: string;
}
