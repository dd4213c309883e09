import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor';
import { Connection } from '../../../common/graphql/connection';
import { canDeletePost, canEditPost, canSeeAuthor } from '../discussion.policy';
import type { PostRevisionEntity } from '../entities/post-revision.entity';
import type { PostEntity, PostModerationState } from '../entities/post.entity';
import { canSeeConcealed } from '../moderation/moderation.policy';
import { canReact } from '../reactions/reactions.policy';

@ObjectType({ description: 'What the viewer may do with a post.' })
export class PostViewerCan {
  @Field({ description: 'Change the text (the author, while the thread is open).' })
  edit: boolean;

  @Field({ description: 'Delete it, leaving a placeholder (the author).' })
  delete: boolean;

  @Field({ description: 'React to it (a reader other than its author, while it stands and the thread is open).' })
  react: boolean;
}

@ObjectType({ description: 'A post in a discussion. A deleted post stays as a placeholder with an empty body.' })
export class Post {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The thread it belongs to.' })
  threadId: string;

  @Field(() => Int, { description: 'Its place in the thread: 1, 2, 3… without gaps.' })
  seq: number;

  @Field({ description: 'Sanitised HTML; empty once deleted.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'For a lesson’s thread: the scenario scene it is about.' })
  sceneId: string | null;

  @Field({ description: 'True when posted anonymously: `author` is null for everyone but the author.' })
  anonymous: boolean;

  @Field({ description: 'True when the author deleted it.' })
  deleted: boolean;

  @Field(() => ID, { nullable: true, description: 'The post it quotes, if any.' })
  quotedPostId: string | null;

  @Field({ description: 'When it was posted.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last edited; null if never.' })
  editedAt: Date | null;

  @Field(() => PostViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan: PostViewerCan;

  /** Who wrote it, resolved into `author`; null when hidden from the viewer. */
  authorId: string | null;

  /** Whether others see it, and who wrote it whatever the viewer may see: for `moderation`. */
  moderationState: PostModerationState;
  writerId: string;
}

@ObjectType({ description: 'A page of posts in thread order.' })
export class PostConnection extends Connection(Post, 'Post') {}

@ObjectType({ description: 'An earlier version of a post, kept when it was edited.' })
export class PostRevision {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'The text as it was (sanitised HTML).' })
  body: string;

  @Field({ description: 'When this version was written.' })
  writtenAt: Date;
}

/**
 * Maps a post row for the viewer, leaving out an anonymous author’s identity and, for all
 * but its author and moderators, the text of a hidden or held post.
 */
export function toPost(e: PostEntity, viewer: Actor | null, thread: { locked: boolean }): Post {
  const concealed = e.moderationState !== 'VISIBLE' && !canSeeConcealed(viewer, e);
  return {
    id: e.id,
    threadId: e.threadId,
    seq: e.seq,
    body: e.deletedAt || concealed ? '' : e.body,
    sceneId: e.deletedAt ? null : e.sceneId,
    anonymous: e.anonymous,
    deleted: !!e.deletedAt,
    quotedPostId: e.deletedAt ? null : e.quotedPostId,
    createdAt: e.createdAt,
    editedAt: e.editedAt,
    viewerCan: {
      edit: canEditPost(viewer, e, thread),
      delete: canDeletePost(viewer, e),
      react: canReact(viewer, e, thread),
    },
    authorId: canSeeAuthor(viewer, e) ? e.authorId : null,
    moderationState: e.moderationState,
    writerId: e.authorId,
  };
}

export const toPostRevision = (e: PostRevisionEntity): PostRevision => ({
  id: e.id,
  body: e.body,
  writtenAt: e.writtenAt,
});
