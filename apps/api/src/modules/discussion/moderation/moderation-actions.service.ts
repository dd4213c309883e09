import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PostEventName, ThreadEventName } from '@common-ground/shared';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { Clock } from '../../../common/clock';
import type { RequestContext } from '../../../common/context/request-context';
import { isUuid } from '../../../common/ids';
import { PersonEntity } from '../../identity/entities/person.entity';
import { DiscussionErrors } from '../discussion.errors';
import { DiscussionThreadEntity } from '../entities/discussion-thread.entity';
import { PostEntity } from '../entities/post.entity';
import { ForumCategoriesService } from '../forum-categories.service';
import { DiscussionEvents } from '../live/discussion-events';
import { CHANGED_NOW } from '../live/post-changes';
import { ThreadsService, type VisibleThread } from '../threads.service';
import { AuditLogService } from './audit-log.service';
import type { AuditAction } from './entities/moderation-audit.entity';
import { PostFlagEntity } from './entities/post-flag.entity';
import { ModerationErrors } from './moderation.errors';
import { ModeratorScopeService } from './moderator-scope.service';

/** A thread's switchable states and how each is told and audited. */
const THREAD_SWITCHES = {
  locked: { on: ['LOCK_THREAD', 'thread.locked'], off: ['UNLOCK_THREAD', 'thread.unlocked'] },
  pinned: { on: ['PIN_THREAD', 'thread.pinned'], off: ['UNPIN_THREAD', 'thread.unpinned'] },
} as const satisfies Record<string, Record<'on' | 'off', readonly [AuditAction, ThreadEventName]>>;

/**
 * A moderator's decisions on posts and threads, each allowed only within their scope, made
 * in one transaction with its audit entry, then told to viewers and to the person concerned.
 */
@Injectable()
export class ModerationActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly threads: ThreadsService,
    private readonly categories: ForumCategoriesService,
    private readonly scopes: ModeratorScopeService,
    private readonly audit: AuditLogService,
    private readonly events: DiscussionEvents,
  ) {}

  /**
   * Hides a post (others see a placeholder) and closes its open flags; rejects a held post
   * the same way. Throws NOT_FOUND, FORBIDDEN (outside the moderator's categories) and
   * CONFLICT (deleted).
   */
  async hidePost(ctx: RequestContext, postId: string, reason: string): Promise<PostEntity> {
    return this.decideOnPost(ctx, postId, reason, 'HIDE_POST');
  }

  /**
   * Restores a post to everyone's view: a hidden post comes back, a held post is published,
   * a flagged one stays and its flags are dismissed. Same errors as hidePost.
   */
  async restorePost(ctx: RequestContext, postId: string, reason: string): Promise<PostEntity> {
    return this.decideOnPost(ctx, postId, reason, 'RESTORE_POST');
  }

  /** Locks or unlocks a thread (a locked one takes no posts or edits). */
  async setLocked(ctx: RequestContext, threadId: string, locked: boolean, reason: string) {
    return this.switchThread(ctx, threadId, 'locked', locked, reason);
  }

  /** Pins or unpins a thread (pinned threads are listed first in their category). */
  async setPinned(ctx: RequestContext, threadId: string, pinned: boolean, reason: string) {
    return this.switchThread(ctx, threadId, 'pinned', pinned, reason);
  }

  /**
   * Moves a forum thread to another category; the moderator must moderate both. Throws
   * NOT_FOUND, FORBIDDEN and BAD_USER_INPUT (a lesson's thread, or the same category).
   */
  async moveThread(ctx: RequestContext, threadId: string, categoryId: string, reason: string) {
    const { thread } = await this.threads.get(ctx, threadId);
    if (!thread.categoryId) throw ModerationErrors.lessonThreadMove();
    const actor = await this.scopes.requireFor(ctx, thread.categoryId);
    const target = await this.categories.find(ctx, categoryId);
    if (!target) throw DiscussionErrors.categoryNotFound();
    if (!(await this.scopes.covers(ctx, target.id))) throw ModerationErrors.notYourCategory();
    if (target.id === thread.categoryId) throw ModerationErrors.sameCategory();
    const from = thread.categoryId;
    const moved = await this.dataSource.transaction(async (m) => {
      const row = await this.lockThread(m, thread.id);
      row.categoryId = target.id;
      await m.update(DiscussionThreadEntity, row.id, { categoryId: target.id });
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'MOVE_THREAD',
        personId: row.authorId,
        threadId: row.id,
        categoryId: from,
        reason,
        detail: `To ${target.title}`.slice(0, 200),
      });
      return row;
    });
    this.events.threadChanged({ threadId: moved.id, kind: 'thread.moved', fromCategoryId: from });
    this.tellAuthor(moved, 'MOVE_THREAD', reason);
    return moved;
  }

  /**
   * Who wrote an anonymous post, for a moderator of its thread; every look is recorded in
   * the audit log with its reason. Throws NOT_FOUND, FORBIDDEN and BAD_USER_INPUT (not anonymous).
   */
  async revealAuthor(ctx: RequestContext, postId: string, reason: string): Promise<PersonEntity> {
    const { post, visible } = await this.readablePost(ctx, postId);
    const actor = await this.scopes.requireFor(ctx, visible.thread.categoryId);
    if (!post.anonymous) throw ModerationErrors.notAnonymous();
    return this.dataSource.transaction(async (m) => {
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'REVEAL_AUTHOR',
        personId: post.authorId,
        postId: post.id,
        threadId: post.threadId,
        categoryId: visible.thread.categoryId,
        reason,
      });
      return m.findOneByOrFail(PersonEntity, { id: post.authorId });
    });
  }

  private async decideOnPost(
    ctx: RequestContext,
    postId: string,
    reason: string,
    action: 'HIDE_POST' | 'RESTORE_POST',
  ): Promise<PostEntity> {
    const { visible } = await this.readablePost(ctx, postId);
    const actor = await this.scopes.requireFor(ctx, visible.thread.categoryId);
    const now = this.clock.now();
    const { post, event } = await this.dataSource.transaction(async (m) => {
      const row = await m.findOneOrFail(PostEntity, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (row.deletedAt) throw ModerationErrors.deletedPost();
      const before = row.moderationState;
      row.moderationState = action === 'HIDE_POST' ? 'HIDDEN' : 'VISIBLE';
      row.queuedAt = null;
      const event = liveEventFor(before, row.moderationState);
      await m.update(PostEntity, row.id, {
        moderationState: row.moderationState,
        queuedAt: null,
        // Readers who were away when it changed get its new state when they come back.
        ...(event ? { changedSeq: CHANGED_NOW } : {}),
      });
      await m.update(PostFlagEntity, { postId: row.id, resolvedAt: IsNull() }, { resolvedAt: now });
      await this.audit.record(m, {
        actorId: actor.id,
        action,
        personId: row.authorId,
        postId: row.id,
        threadId: row.threadId,
        categoryId: visible.thread.categoryId,
        reason,
        detail: before === 'HELD' ? 'Was held for review' : '',
      });
      return { post: row, event };
    });
    if (event) this.events.postChanged({ type: event, threadId: post.threadId, postId: post.id });
    this.events.moderationDecided({
      personId: post.authorId,
      action,
      postId: post.id,
      threadId: post.threadId,
      reason,
    });
    return post;
  }

  private async switchThread(
    ctx: RequestContext,
    threadId: string,
    key: keyof typeof THREAD_SWITCHES,
    on: boolean,
    reason: string,
  ): Promise<DiscussionThreadEntity> {
    const { thread } = await this.threads.get(ctx, threadId);
    const actor = await this.scopes.requireFor(ctx, thread.categoryId);
    const [action, kind] = THREAD_SWITCHES[key][on ? 'on' : 'off'];
    const { row, changed } = await this.dataSource.transaction(async (m) => {
      const locked = await this.lockThread(m, thread.id);
      if (locked[key] === on) return { row: locked, changed: false };
      locked[key] = on;
      await m.update(DiscussionThreadEntity, locked.id, { [key]: on });
      await this.audit.record(m, {
        actorId: actor.id,
        action,
        personId: locked.authorId,
        threadId: locked.id,
        categoryId: locked.categoryId,
        reason,
      });
      return { row: locked, changed: true };
    });
    if (changed) {
      this.events.threadChanged({ threadId: row.id, kind, fromCategoryId: null });
      if (key === 'locked') this.tellAuthor(row, action, reason);
    }
    return row;
  }

  /** A post in a thread the viewer may read (held ones included: moderators review them). */
  private async readablePost(
    ctx: RequestContext,
    postId: string,
  ): Promise<{ post: PostEntity; visible: VisibleThread }> {
    const post = isUuid(postId) ? await this.dataSource.manager.findOneBy(PostEntity, { id: postId }) : null;
    const visible = post ? await this.threads.find(ctx, post.threadId) : null;
    if (!post || !visible) throw DiscussionErrors.postNotFound();
    return { post, visible };
  }

  private lockThread(m: EntityManager, id: string): Promise<DiscussionThreadEntity> {
    return m.findOneOrFail(DiscussionThreadEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Tells a forum thread's starter about a decision on their thread (a lesson's thread has none). */
  private tellAuthor(thread: DiscussionThreadEntity, action: AuditAction, reason: string): void {
    if (!thread.authorId) return;
    this.events.moderationDecided({ personId: thread.authorId, action, postId: null, threadId: thread.id, reason });
  }
}

/** The live event that shows other viewers a change of a post's state, if they see any. */
function liveEventFor(
  before: PostEntity['moderationState'],
  after: PostEntity['moderationState'],
): PostEventName | null {
  if (before === after) return null;
  if (after === 'VISIBLE') return 'post.restored';
  return before === 'HELD' ? null : 'post.hidden';
}
