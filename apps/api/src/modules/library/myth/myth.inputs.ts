import { Field, ID, InputType, Int } from '@nestjs/graphql';
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
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MYTH_LIMITS, MYTH_VERDICTS, type MythVerdictName } from '@common-ground/shared';
import { Trim } from '../../identity/dto/normalise';
import {
  CONTENT_AUDIENCES,
  CONTENT_LIMITS,
  CONTENT_STATUSES,
  type ContentAudienceName,
  type ContentStatusName,
} from '../library.constants';
import { ContentAudience, ContentStatus } from '../models/enums';
import { MythVerdict } from './myth.enums';

const UUID_MESSAGE = 'Must be a valid identifier';

@InputType({ description: 'One source behind a myth-buster’s facts.' })
export class MythEvidenceInput {
  @Field({ description: `Its title (1–${MYTH_LIMITS.evidenceTitleMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the title of the source' })
  @MaxLength(MYTH_LIMITS.evidenceTitleMaxLength, {
    message: `The title must be ${MYTH_LIMITS.evidenceTitleMaxLength} characters or fewer`,
  })
  title: string;

  @Field({ description: `Who published it (1–${MYTH_LIMITS.publisherMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter who published the source' })
  @MaxLength(MYTH_LIMITS.publisherMaxLength, {
    message: `The publisher must be ${MYTH_LIMITS.publisherMaxLength} characters or fewer`,
  })
  publisher: string;

  @Field({ description: 'Its web address (http or https only).' })
  @Trim()
  @IsString()
  @MaxLength(MYTH_LIMITS.urlMaxLength, {
    message: `The address must be ${MYTH_LIMITS.urlMaxLength} characters or fewer`,
  })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'Enter a web address starting with http:// or https://' },
  )
  url: string;

  @Field(() => String, { nullable: true, description: 'When it was published, as YYYY-MM-DD.' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: 'Enter a real date, for example 2026-03-27' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Enter a real date, for example 2026-03-27' })
  publishedOn?: string | null;
}

@InputType({ description: 'A myth-buster: the myth as people say it, the verdict, the facts and the evidence.' })
export class MythInput {
  @Field({ description: `The myth as people say it (1–${CONTENT_LIMITS.titleMax} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the myth as people say it' })
  @MaxLength(CONTENT_LIMITS.titleMax, { message: `The myth must be ${CONTENT_LIMITS.titleMax} characters or fewer` })
  claim: string;

  @Field(() => String, { nullable: true, description: 'The facts in a sentence, for lists (plain text).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(CONTENT_LIMITS.summaryMax, {
    message: `The summary must be ${CONTENT_LIMITS.summaryMax} characters or fewer`,
  })
  summary?: string | null;

  @Field({
    description: `The facts as HTML from the editor (up to ${CONTENT_LIMITS.bodyMax} characters); sanitised by the server.`,
  })
  @IsString()
  @MaxLength(CONTENT_LIMITS.bodyMax, { message: `The facts must be ${CONTENT_LIMITS.bodyMax} characters or fewer` })
  factsHtml: string;

  @Field(() => MythVerdict, { nullable: true, description: 'The verdict; needed before review or publishing.' })
  @IsOptional()
  @IsIn(MYTH_VERDICTS, { message: 'Choose a verdict' })
  verdict?: MythVerdictName | null;

  @Field(() => [MythEvidenceInput], { description: `The sources, in order (up to ${MYTH_LIMITS.evidenceMax}).` })
  @IsArray()
  @ArrayMaxSize(MYTH_LIMITS.evidenceMax, { message: `Add ${MYTH_LIMITS.evidenceMax} sources or fewer` })
  @ValidateNested({ each: true })
  @Type(() => MythEvidenceInput)
  evidence: MythEvidenceInput[];

  @Field(() => [ID], { description: `Glossary terms it relates to (up to ${MYTH_LIMITS.relatedMax}).` })
  @IsArray()
  @ArrayMaxSize(MYTH_LIMITS.relatedMax, { message: `Choose ${MYTH_LIMITS.relatedMax} terms or fewer` })
  @IsUUID('all', { each: true, message: 'Choose glossary terms from the list' })
  relatedTermIds: string[];

  @Field(() => [ID], { description: `FAQs it relates to (up to ${MYTH_LIMITS.relatedMax}).` })
  @IsArray()
  @ArrayMaxSize(MYTH_LIMITS.relatedMax, { message: `Choose ${MYTH_LIMITS.relatedMax} FAQs or fewer` })
  @IsUUID('all', { each: true, message: 'Choose FAQs from the list' })
  relatedFaqIds: string[];

  @Field(() => ContentAudience, { nullable: true, description: 'Who may read it once published (STAFF when new).' })
  @IsOptional()
  @IsIn(CONTENT_AUDIENCES)
  audience?: ContentAudienceName | null;
}

@InputType({ description: 'New text, verdict, evidence and links for a myth-buster.' })
export class UpdateMythInput extends MythInput {
  @Field(() => ID, { description: 'The myth-buster.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Which myth-busters to list.' })
export class MythFilterInput {
  @Field(() => ContentStatus, {
    nullable: true,
    description: 'Only those in this status (PUBLISHED when left out). Others are editors’ only.',
  })
  @IsOptional()
  @IsIn(CONTENT_STATUSES)
  status?: ContentStatusName | null;

  @Field(() => MythVerdict, { nullable: true, description: 'Only those with this verdict.' })
  @IsOptional()
  @IsIn(MYTH_VERDICTS)
  verdict?: MythVerdictName | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those due for review (true) or not (false); editors only (FORBIDDEN otherwise).',
  })
  @IsOptional()
  @IsBoolean()
  reviewDue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those that began as a reported rumour (true).' })
  @IsOptional()
  @IsBoolean()
  reported?: boolean | null;
}

@InputType({ description: 'A rumour heard in a forum post or comment, for the editors to check.' })
export class ReportRumourInput {
  @Field(() => ID, { description: 'The post where it was heard.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  postId: string;

  @Field({ description: `What people are saying, in a sentence (1–${MYTH_LIMITS.rumourMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter what you heard' })
  @MaxLength(MYTH_LIMITS.rumourMaxLength, {
    message: `What you heard must be ${MYTH_LIMITS.rumourMaxLength} characters or fewer`,
  })
  heard: string;
}

@InputType({ description: 'The myth-busters’ settings.' })
export class MythSettingsInput {
  @Field(() => Int, {
    description: `Months after its last review that a myth is flagged as due for review (${MYTH_LIMITS.reviewMonthsMin}–${MYTH_LIMITS.reviewMonthsMax}).`,
  })
  @IsInt({ message: 'Enter a whole number of months' })
  @Min(MYTH_LIMITS.reviewMonthsMin, { message: `Enter at least ${MYTH_LIMITS.reviewMonthsMin} month` })
  @Max(MYTH_LIMITS.reviewMonthsMax, { message: `Enter ${MYTH_LIMITS.reviewMonthsMax} months or fewer` })
  reviewAfterMonths: number;
}
