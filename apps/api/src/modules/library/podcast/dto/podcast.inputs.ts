import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../identity/dto/normalise';
import { CONTENT_AUDIENCES, CONTENT_LIMITS, type ContentAudienceName } from '../../library.constants';
import { ContentAudience } from '../../models/enums';
import { CHAPTER_LIMITS } from '../chapters';
import { VTT_LIMITS } from '@common-ground/shared';

/** Limits on a show's and an episode's own fields. */
export const PODCAST_LIMITS = { descriptionMax: 4000, altMax: 300, voices: 12, voiceNameMax: 100, voiceRoleMax: 100 };

const UUID_MESSAGE = 'Must be a valid identifier';

@InputType({ description: 'A podcast show’s details.' })
export class PodcastShowInput {
  @Field({ description: `Title (1–${CONTENT_LIMITS.titleMax} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(CONTENT_LIMITS.titleMax, { message: `The title must be ${CONTENT_LIMITS.titleMax} characters or fewer` })
  title: string;

  @Field({ description: `What the show is about (plain text, up to ${PODCAST_LIMITS.descriptionMax} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Describe the show' })
  @MaxLength(PODCAST_LIMITS.descriptionMax, {
    message: `The description must be ${PODCAST_LIMITS.descriptionMax} characters or fewer`,
  })
  description: string;

  @Field(() => ID, { nullable: true, description: 'An uploaded square picture for podcast apps.' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  artworkMediaId?: string | null;

  @Field(() => String, { nullable: true, description: 'What the artwork shows (required with artwork).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(PODCAST_LIMITS.altMax, { message: `The description must be ${PODCAST_LIMITS.altMax} characters or fewer` })
  artworkAlt?: string | null;

  @Field(() => ContentAudience, { description: 'Who may listen: everyone (public feed) or staff (private feeds).' })
  @IsIn(CONTENT_AUDIENCES)
  audience: ContentAudienceName;
}

@InputType({ description: 'Changes a podcast show.' })
export class UpdatePodcastShowInput extends PodcastShowInput {
  @Field(() => ID, { description: 'The show.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Someone heard in an episode.' })
export class VoiceInput {
  @Field({ description: 'Their name (or the name they go by in the episode).' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter the name of each voice' })
  @MaxLength(PODCAST_LIMITS.voiceNameMax)
  name: string;

  @Field({ description: 'Who they are, e.g. "council worker" or "migrant worker".' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Say who each voice is, for example "council worker"' })
  @MaxLength(PODCAST_LIMITS.voiceRoleMax)
  role: string;
}

@InputType({ description: 'A chapter of an episode.' })
export class ChapterInput {
  @Field(() => Float, { description: 'Where it starts, in seconds from the beginning.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000)
  startSeconds: number;

  @Field({ description: `Its title (1–${CHAPTER_LIMITS.titleMax} characters).` })
  @Trim()
  @IsString()
  @MaxLength(CHAPTER_LIMITS.titleMax)
  title: string;
}

@InputType({ description: 'A podcast episode’s text, recording, transcript and chapters.' })
export class PodcastEpisodeInput {
  @Field({ description: `Title (1–${CONTENT_LIMITS.titleMax} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a title' })
  @MaxLength(CONTENT_LIMITS.titleMax, { message: `The title must be ${CONTENT_LIMITS.titleMax} characters or fewer` })
  title: string;

  @Field(() => String, { nullable: true, description: 'A sentence or two for lists and feeds (plain text).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(CONTENT_LIMITS.summaryMax, {
    message: `The summary must be ${CONTENT_LIMITS.summaryMax} characters or fewer`,
  })
  summary?: string | null;

  @Field({ description: 'The show notes as HTML from the editor; sanitised by the server.' })
  @IsString()
  @MaxLength(CONTENT_LIMITS.bodyMax, { message: `The notes must be ${CONTENT_LIMITS.bodyMax} characters or fewer` })
  notesHtml: string;

  @Field(() => ID, { description: 'The uploaded recording.' })
  @IsUUID('all', { message: 'Upload the recording' })
  audioMediaId: string;

  @Field({ description: `The transcript as WebVTT (up to ${VTT_LIMITS.chars} characters); empty for none yet.` })
  @IsString()
  @MaxLength(VTT_LIMITS.chars, { message: `The transcript must be ${VTT_LIMITS.chars} characters or fewer` })
  transcriptVtt: string;

  @Field(() => [ChapterInput], { description: `Chapters in order (up to ${CHAPTER_LIMITS.count}).` })
  @IsArray()
  @ArrayMaxSize(CHAPTER_LIMITS.count, { message: `Add at most ${CHAPTER_LIMITS.count} chapters` })
  @ValidateNested({ each: true })
  @Type(() => ChapterInput)
  chapters: ChapterInput[];

  @Field(() => [VoiceInput], { description: `The voices heard (up to ${PODCAST_LIMITS.voices}).` })
  @IsArray()
  @ArrayMaxSize(PODCAST_LIMITS.voices, { message: `Name at most ${PODCAST_LIMITS.voices} voices` })
  @ValidateNested({ each: true })
  @Type(() => VoiceInput)
  voices: VoiceInput[];

  @Field({ description: 'Whether podcast apps should mark it explicit.' })
  @IsBoolean()
  explicit: boolean;
}

@InputType({ description: 'Starts a draft episode of a show.' })
export class CreatePodcastEpisodeInput extends PodcastEpisodeInput {
  @Field(() => ID, { description: 'The show it belongs to.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  showId: string;
}

@InputType({ description: 'Changes an episode.' })
export class UpdatePodcastEpisodeInput extends PodcastEpisodeInput {
  @Field(() => ID, { description: 'The episode.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  id: string;
}

@InputType({ description: 'Names a podcast show.' })
export class PodcastShowIdInput {
  @Field(() => ID, { description: 'The show.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  showId: string;
}
