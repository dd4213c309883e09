import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../identity/dto/normalise';
import { WATCHED_WORD_ACTIONS, type WatchedWordAction } from '../entities/watched-word.entity';
import { MODERATION_LIMITS } from '../moderation.constants';
import { WatchedWordActionEnum } from '../models/moderation-enums';

const UUID_MESSAGE = 'Must be a valid identifier';

/** A reason, required for every moderation action so the audit log says why. */
function Reason(max: number = MODERATION_LIMITS.reasonMaxLength): PropertyDecorator {
  return (target, key) => {
    Field({ description: `Why (1–${max} characters); recorded in the audit log.` })(target, key);
    Trim()(target, key);
    IsString()(target, key);
    IsNotEmpty({ message: 'Give a reason' })(target, key);
    MaxLength(max, { message: `The reason must be ${max} characters or fewer` })(target, key);
  };
}

@InputType({ description: 'Reporting a post.' })
export class FlagPostInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  postId: string;

  @Reason(MODERATION_LIMITS.flagReasonMaxLength)
  reason: string;
}

@InputType({ description: 'A moderator’s decision on a post.' })
export class ModeratePostInput {
  @Field(() => ID, { description: 'The post.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  postId: string;

  @Reason()
  reason: string;
}

@InputType({ description: 'Locking or unlocking a thread.' })
export class LockThreadInput {
  @Field(() => ID, { description: 'The thread.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  threadId: string;

  @Field({ description: 'True to lock, false to unlock.' })
  @IsBoolean()
  locked: boolean;

  @Reason()
  reason: string;
}

@InputType({ description: 'Pinning or unpinning a thread.' })
export class PinThreadInput {
  @Field(() => ID, { description: 'The thread.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  threadId: string;

  @Field({ description: 'True to pin, false to unpin.' })
  @IsBoolean()
  pinned: boolean;

  @Reason()
  reason: string;
}

@InputType({ description: 'Moving a forum thread to another category.' })
export class MoveThreadInput {
  @Field(() => ID, { description: 'The thread.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  threadId: string;

  @Field(() => ID, { description: 'The category to move it to.' })
  @IsUUID('all', { message: 'Choose a category' })
  categoryId: string;

  @Reason()
  reason: string;
}

@InputType({ description: 'Suspending a person from writing in discussions.' })
export class SuspendPersonInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  personId: string;

  @Field(() => Int, { description: `How long, in hours (1 to ${MODERATION_LIMITS.suspensionMaxDays * 24}).` })
  @IsInt({ message: 'Enter a whole number of hours' })
  @Min(1, { message: 'A suspension lasts at least 1 hour' })
  @Max(MODERATION_LIMITS.suspensionMaxDays * 24, { message: 'A suspension lasts a year at most' })
  hours: number;

  @Reason()
  reason: string;
}

@InputType({ description: 'Ending a suspension early.' })
export class LiftSuspensionInput {
  @Field(() => ID, { description: 'The suspension.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  suspensionId: string;

  @Reason()
  reason: string;
}

@InputType({ description: 'A word to watch for in posts.' })
export class AddWatchedWordInput {
  @Field({ description: `The word or short phrase (up to ${MODERATION_LIMITS.wordMaxLength} characters).` })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter a word' })
  @MaxLength(MODERATION_LIMITS.wordMaxLength, { message: 'The word must be 100 characters or fewer' })
  word: string;

  @Field(() => WatchedWordActionEnum, { description: 'What it does to a post containing it.' })
  @IsIn(WATCHED_WORD_ACTIONS, { message: 'Choose what happens to a post with this word' })
  action: WatchedWordAction;

  @Reason()
  reason: string;
}

@InputType({ description: 'Taking a word off the watched list.' })
export class RemoveWatchedWordInput {
  @Field(() => ID, { description: 'The watched word.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  watchedWordId: string;

  @Reason()
  reason: string;
}

@InputType({ description: 'Giving (or taking back) a moderator’s charge of a category.' })
export class AssignCategoryModeratorInput {
  @Field(() => ID, { description: 'The category.' })
  @IsUUID('all', { message: 'Choose a category' })
  categoryId: string;

  @Field(() => ID, { description: 'The moderator.' })
  @IsUUID('all', { message: 'Choose a moderator' })
  personId: string;

  @Field({ description: 'True to give charge, false to take it back.' })
  @IsBoolean()
  assigned: boolean;
}

@InputType({ description: 'The forum’s moderation settings.' })
export class UpdateModerationSettingsInput {
  @Field(() => Int, { description: `Open reports that hide a post (1–${MODERATION_LIMITS.flagThresholdMax}).` })
  @IsInt({ message: 'Enter a whole number' })
  @Min(1, { message: 'Enter 1 or more' })
  @Max(MODERATION_LIMITS.flagThresholdMax, { message: `Enter ${MODERATION_LIMITS.flagThresholdMax} or fewer` })
  flagThreshold: number;

  @Field(() => Int, {
    description: `First posts held for review (0–${MODERATION_LIMITS.holdFirstPostsMax}; 0 is off).`,
  })
  @IsInt({ message: 'Enter a whole number' })
  @Min(0, { message: 'Enter 0 or more' })
  @Max(MODERATION_LIMITS.holdFirstPostsMax, { message: `Enter ${MODERATION_LIMITS.holdFirstPostsMax} or fewer` })
  holdFirstPosts: number;

  @Reason()
  reason: string;
}
