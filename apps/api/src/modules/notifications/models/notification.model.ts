import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import type { NotificationEntity } from '../entities/notification.entity';
import type { NotificationKindName } from '../notifications.constants';
import { NotificationKind } from './enums';

@ObjectType({ description: 'Something that happened that the viewer should hear of.' })
export class Notification {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind: NotificationKindName;

  @Field(() => ID, { nullable: true, description: 'The thread it happened in.' })
  threadId: string | null;

  @Field(() => ID, { nullable: true, description: 'The post it is about.' })
  postId: string | null;

  @Field(() => Int, { nullable: true, description: 'The post’s sequence number in its thread, for linking to it.' })
  postSeq: number | null;

  @Field(() => String, { nullable: true, description: 'For a reaction: which one.' })
  reaction: string | null;

  @Field(() => String, { nullable: true, description: 'For a moderation decision: what was decided.' })
  moderationAction: string | null;

  @Field(() => String, { nullable: true, description: 'For a moderation decision: the moderator’s reason.' })
  reason: string | null;

  @Field({ description: 'When it happened.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the viewer marked it read; null while unread.' })
  readAt: Date | null;

  /** Who did it, resolved into `actor` unless anonymous. */
  actorId: string | null;
}

@ObjectType({ description: 'The lesson a notification’s discussion sits beside, for linking to the lesson page.' })
export class NotificationLesson {
  @Field(() => ID, { description: 'The lesson.' })
  id: string;

  @Field({ description: 'The slug of the lesson’s module (its page is under the module’s address).' })
  moduleSlug: string;
}

@ObjectType({ description: 'A page of notifications, newest first.' })
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@ObjectType({ description: 'The viewer’s email choices.' })
export class NotificationSettings {
  @Field({ description: 'True to get a daily email of unread notifications.' })
  emailDigest: boolean;
}

@ObjectType({ description: 'How many notifications the viewer has not read.' })
export class NotificationCount {
  @Field(() => Int, { description: 'Unread notifications.' })
  unread: number;
}

/** Maps a notification row, leaving out an anonymous actor. */
export function toNotification(e: NotificationEntity): Notification {
  return {
    id: e.id,
    kind: e.kind,
    threadId: e.threadId,
    postId: e.postId,
    postSeq: e.postSeq,
    reaction: e.reaction,
    moderationAction: e.moderationAction,
    reason: e.reason,
    createdAt: e.createdAt,
    readAt: e.readAt,
    actorId: e.actorAnonymous ? null : e.actorId,
  };
}
