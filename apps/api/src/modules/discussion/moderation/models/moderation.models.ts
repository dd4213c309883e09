import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PostModerationState } from '../../entities/post.entity';
import { Connection } from '../../../../common/graphql/connection';
import { MaxItems } from '../../../../common/graphql/list-size';
import { MODERATION_LIMITS } from '../moderation.constants';
import type { ModerationAuditEntity, AuditAction } from '../entities/moderation-audit.entity';
import type { PostFlagEntity } from '../entities/post-flag.entity';
import type { SuspensionEntity } from '../entities/suspension.entity';
import type { WatchedWordAction, WatchedWordEntity } from '../entities/watched-word.entity';
import { AuditActionEnum, PostModerationStateEnum, WatchedWordActionEnum } from './moderation-enums';

@ObjectType({ description: 'A report that a post breaks the rules.' })
export class PostFlag {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Why it was reported.' })
  reason: string;

  @Field({ description: 'True for a flag raised by a watched word rather than a person.' })
  automatic: boolean;

  @Field({ description: 'When it was reported.' })
  createdAt: Date;

  /** Resolved into `flagger`. */
  flaggerId: string | null;
}

export const toPostFlag = (e: PostFlagEntity): PostFlag => ({
  id: e.id,
  reason: e.reason,
  automatic: e.flaggerId === null,
  createdAt: e.createdAt,
  flaggerId: e.flaggerId,
});

@ObjectType({ description: 'A post waiting for a moderator: reported, or held for review.' })
export class ModerationQueueItem {
  @Field(() => ID, { description: 'The post’s identifier.' })
  id: string;

  @Field(() => PostModerationStateEnum, { description: 'Whether others see the post now.' })
  state: PostModerationState;

  @Field({ description: 'When it joined the queue (first report, or held).' })
  queuedAt: Date;

  @Field({ description: 'The start of its text, for the list.' })
  excerpt: string;

  @MaxItems(MODERATION_LIMITS.flagsShown)
  @Field(() => [PostFlag], {
    description: `The first ${MODERATION_LIMITS.flagsShown} open reports, oldest first (none for a held post nobody reported).`,
  })
  flags: PostFlag[];

  @Field(() => Int, { description: 'Open reports in all.' })
  flagCount: number;

  /** Resolved into `post` and `thread`. */
  postId: string;
  threadId: string;
}

@ObjectType({ description: 'A page of the moderation queue, oldest first.' })
export class ModerationQueueConnection extends Connection(ModerationQueueItem, 'ModerationQueueItem') {}

@ObjectType({ description: 'One moderation action, as recorded. Entries can never be changed or removed.' })
export class ModerationAuditEntry {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'When it happened.' })
  at: Date;

  @Field(() => AuditActionEnum, { description: 'What was done.' })
  action: AuditAction;

  @Field({ description: 'Why, as the moderator wrote it (or the system’s reason).' })
  reason: string;

  @Field({ description: 'More about it: the word, the end of a suspension, the new category.' })
  detail: string;

  @Field(() => ID, { nullable: true, description: 'The post concerned, if any.' })
  postId: string | null;

  @Field(() => ID, { nullable: true, description: 'The thread concerned, if any.' })
  threadId: string | null;

  /** Resolved into `moderator` and `person`. */
  actorId: string | null;
  personId: string | null;
}

export const toAuditEntry = (e: ModerationAuditEntity): ModerationAuditEntry => ({
  id: e.id,
  at: e.at,
  action: e.action,
  reason: e.reason,
  detail: e.detail,
  postId: e.postId,
  threadId: e.threadId,
  actorId: e.actorId,
  personId: e.personId,
});

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class ModerationAuditConnection extends Connection(ModerationAuditEntry, 'ModerationAuditEntry') {}

@ObjectType({ description: 'A word moderators watch for in posts.' })
export class WatchedWord {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The word or short phrase (lower case; matched as a whole word in any case).' })
  word: string;

  @Field(() => WatchedWordActionEnum, { description: 'What it does to a post containing it.' })
  action: WatchedWordAction;

  @Field({ description: 'When it was added.' })
  createdAt: Date;
}

export const toWatchedWord = (e: WatchedWordEntity): WatchedWord => ({
  id: e.id,
  word: e.word,
  action: e.action,
  createdAt: e.createdAt,
});

@ObjectType({ description: 'A person barred from writing in discussions for a while (they can still read).' })
export class Suspension {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Why.' })
  reason: string;

  @Field({ description: 'When it started.' })
  startsAt: Date;

  @Field({ description: 'When it ends.' })
  endsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was lifted early, if it was.' })
  liftedAt: Date | null;

  /** Resolved into `person`. */
  personId: string;
}

export const toSuspension = (e: SuspensionEntity): Suspension => ({
  id: e.id,
  reason: e.reason,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  liftedAt: e.liftedAt,
  personId: e.personId,
});

@ObjectType({ description: 'A page of suspensions in force, ending soonest first.' })
export class SuspensionConnection extends Connection(Suspension, 'Suspension') {}

@ObjectType({ description: 'The forum’s moderation settings.' })
export class ModerationSettings {
  @Field(() => Int, { description: 'Open reports that hide a post until a moderator reviews it.' })
  flagThreshold: number;

  @Field(() => Int, {
    description: 'A person’s posts are held for review until this many of theirs are published (0: off).',
  })
  holdFirstPosts: number;
}

@ObjectType({ description: 'Moderation of one post, as the viewer may see it.' })
export class PostModeration {
  @Field(() => PostModerationStateEnum, { description: 'Whether others see the post.' })
  state: PostModerationState;

  @Field({ description: 'The viewer may report it (signed in, not its author, visible and not deleted).' })
  viewerCanFlag: boolean;

  @Field({ description: 'The viewer has reported it already.' })
  viewerHasFlagged: boolean;

  @Field({ description: 'The viewer moderates its thread: may hide, restore or reveal an anonymous author.' })
  viewerCanModerate: boolean;

  @Field(() => Int, { nullable: true, description: 'Open reports (moderators only; null for others).' })
  openFlagCount: number | null;
}
