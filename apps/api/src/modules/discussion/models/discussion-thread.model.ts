import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor';
import { Connection } from '../../../common/graphql/connection';
import { canReply, canSeeAuthor } from '../discussion.policy';
import type { DiscussionThreadEntity } from '../entities/discussion-thread.entity';

@ObjectType({ description: 'What the viewer may do in a thread.' })
export class ThreadViewerCan {
  @Field({ description: 'Add a post (false once the thread is locked).' })
  reply: boolean;
}

@ObjectType({ description: 'A conversation: a forum thread, or the discussion beside a lesson.' })
export class DiscussionThread {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Title (a lesson’s thread carries the lesson’s title).' })
  title: string;

  @Field(() => [String], { description: 'Tags the author gave it.' })
  tags: string[];

  @Field(() => ID, { nullable: true, description: 'The forum category; null for a lesson’s thread.' })
  categoryId: string | null;

  @Field(() => ID, { nullable: true, description: 'The lesson it discusses; null for a forum thread.' })
  lessonId: string | null;

  @Field({ description: 'True when started anonymously: other staff see “a colleague”.' })
  anonymous: boolean;

  @Field({ description: 'Pinned threads are listed first.' })
  pinned: boolean;

  @Field({ description: 'A locked thread takes no new posts or edits.' })
  locked: boolean;

  @Field({ description: 'When the latest post was made.' })
  lastActivityAt: Date;

  @Field(() => Int, { description: 'Posts in the thread, deleted ones (shown as placeholders) included.' })
  postCount: number;

  @Field(() => Int, {
    description: 'The sequence number of the latest post; ask threadPosts(afterSeq) for anything newer.',
  })
  lastSeq: number;

  @Field({ description: 'When it was started.' })
  createdAt: Date;

  @Field(() => ThreadViewerCan, { description: 'What the viewer may do here.' })
  viewerCan: ThreadViewerCan;

  /** Who started it, resolved into `author`; null when hidden from the viewer or for a lesson’s thread. */
  authorId: string | null;
}

@ObjectType({ description: 'A page of threads, latest activity first (pinned ones before the rest).' })
export class DiscussionThreadConnection extends Connection(DiscussionThread, 'DiscussionThread') {}

/** Maps a thread row for the viewer, leaving out an anonymous starter’s identity. */
export function toDiscussionThread(e: DiscussionThreadEntity, viewer: Actor | null): DiscussionThread {
  return {
    id: e.id,
    title: e.title,
    tags: e.tags,
    categoryId: e.categoryId,
    lessonId: e.lessonId,
    anonymous: e.anonymous,
    pinned: e.pinned,
    locked: e.locked,
    lastActivityAt: e.lastActivityAt,
    postCount: e.postCount,
    lastSeq: e.seq,
    createdAt: e.createdAt,
    viewerCan: { reply: canReply(viewer, e) },
    authorId: canSeeAuthor(viewer, e) ? e.authorId : null,
  };
}
