import { Injectable } from '@nestjs/common';
import type { PostEventName } from '@common-ground/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { isBlankRichText, sanitiseRichText } from '../../common/rich-text/rich-text.sanitiser';
import { CatalogueService, type LiveLesson } from '../learning/catalogue.service';
import { WorkflowService } from '../library/workflow.service';
import { DISCUSSION_LIMITS } from './discussion.constants';
import { DiscussionErrors } from './discussion.errors';
import { DiscussionLoaderFactory } from './discussion.loaders';
import type { CreateForumThreadInput, CreatePostInput, EditPostInput } from './dto/post.inputs';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import type { ForumCategoryEntity } from './entities/forum-category.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ForumCategoriesService } from './forum-categories.service';
import { DiscussionEvents } from './live/discussion-events';
import { CHANGED_NOW } from './live/post-changes';
import { PostScreeningService, type ScreeningOutcome } from './moderation/post-screening.service';
import { threadTags } from './tags/thread-tags';
import { sceneIdsOf, ThreadsService } from './threads.service';

/** A post as written, with the lock state of its thread (which the viewer's rights depend on). */
export interface WrittenPost {
  post: PostEntity;
  thread: { locked: boolean };
}

/** Where a new post goes: a known thread, or a lesson or library item whose thread is made on first need. */
type PostTarget =
  | { threadId: string; category: ForumCategoryEntity | null; lesson: LiveLesson | null }
  | { threadId: null; category: null; lesson: LiveLesson }
  | { threadId: null; category: null; lesson: null; contentItem: { id: string; title: string } };

/** What a new post says, once checked. */
interface PostDraft {
  body: string;
  sceneId: string | null;
  quotedPostId: string | null;
  anonymous: boolean;
}

/**
 * The discussion's writes: starting threads, posting, editing and deleting. Every post
 * gets the next sequence number of its thread in the transaction that inserts it, and is
 * counted against its author's posting limit under a lock of their own.
 */
@Injectable()
export class DiscussionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly loaders: DiscussionLoaderFactory,
    private readonly categories: ForumCategoriesService,
    private readonly threads: ThreadsService,
    private readonly catalogue: CatalogueService,
    private readonly events: DiscussionEvents,
    private readonly screening: PostScreeningService,
    private readonly workflow: WorkflowService,
  ) {}

  /**
   * Starts a thread in a category the viewer may see, with its first post (seq 1).
   * Throws NOT_FOUND (category), BAD_USER_INPUT (blank body, anonymous where not allowed,
   * a blocked word), FORBIDDEN (suspended) and RATE_LIMITED. The first post may be held
   * for review (PostScreeningService).
   */
  async createThread(ctx: RequestContext, input: CreateForumThreadInput): Promise<DiscussionThreadEntity> {
    const actor = this.actorOf(ctx);
    const category = await this.categories.get(ctx, input.categoryId);
    const anonymous = this.checkAnonymous(category, input.anonymous);
    const body = this.cleanBody(input.body);
    const words = await this.screening.check(actor.id, body, input.title);
    const { thread, first } = await this.dataSource.transaction(async (m) => {
      await this.throttle(m, actor, 'thread');
      const created = await m.save(
        m.create(DiscussionThreadEntity, {
          categoryId: category.id,
          lessonId: null,
          title: input.title,
          tags: threadTags(input.tags),
          authorId: actor.id,
          anonymous,
          lastActivityAt: this.clock.now(),
        }),
      );
      const opening = await this.append(m, created.id, actor, { body, sceneId: null, quotedPostId: null, anonymous });
      const outcome = await this.screening.apply(m, opening, words, true);
      return { thread: await m.findOneByOrFail(DiscussionThreadEntity, { id: created.id }), first: outcome };
    });
    this.announceScreened('post.created', first);
    this.loaders.for(ctx).thread.prime(thread.id, thread);
    return thread;
  }

  /**
   * Adds a post to a thread, or to a lesson's discussion (creating that thread on its
   * first post, once even when posts race). Throws NOT_FOUND (thread or lesson),
   * CONFLICT (locked thread), BAD_USER_INPUT (blank body, both or neither of thread and
   * lesson, a scene outside the lesson, a quote from elsewhere, anonymous where not
   * allowed, a blocked word), FORBIDDEN (suspended, saying until when) and RATE_LIMITED
   * (saying when the person may post again). It may be held for review or flagged
   * (PostScreeningService).
   */
  async createPost(ctx: RequestContext, input: CreatePostInput): Promise<WrittenPost> {
    const actor = this.actorOf(ctx);
    const body = this.cleanBody(input.body);
    const target = await this.postTarget(ctx, input);
    const anonymous = this.checkAnonymous(target.category, input.anonymous);
    const sceneId = input.sceneId ?? null;
    if (sceneId !== null) {
      if (!target.lesson) throw DiscussionErrors.sceneOutsideLesson();
      if (!sceneIdsOf(target.lesson).includes(sceneId)) throw DiscussionErrors.sceneNotInLesson();
    }
    const words = await this.screening.check(actor.id, body);
    const outcome = await this.dataSource.transaction(async (m) => {
      await this.throttle(m, actor, 'reply');
      const threadId =
        target.threadId ??
        ('contentItem' in target
          ? await this.contentItemThreadId(m, target.contentItem)
          : await this.lessonThreadId(m, target.lesson));
      const quotedPostId = input.quotedPostId ?? null;
      if (quotedPostId) {
        const quoted = await m.findOneBy(PostEntity, { id: quotedPostId });
        if (!quoted || quoted.threadId !== threadId || quoted.deletedAt) throw DiscussionErrors.quoteNotInThread();
      }
      const post = await this.append(m, threadId, actor, { body, sceneId, quotedPostId, anonymous });
      return this.screening.apply(m, post, words, true);
    });
    this.announceScreened('post.created', outcome);
    return { post: outcome.post, thread: { locked: false } };
  }

  /**
   * Replaces the text of one's own post, keeping the old text as a revision. Throws
   * NOT_FOUND, FORBIDDEN (not the author), CONFLICT (deleted, thread locked, or
   * DISCUSSION_LIMITS.editsPerPost edits already), BAD_USER_INPUT (blank body, a blocked
   * word) and FORBIDDEN (suspended). New text with a watched word may hold or flag it.
   */
  async editPost(ctx: RequestContext, input: EditPostInput): Promise<WrittenPost> {
    const actor = this.actorOf(ctx);
    const body = this.cleanBody(input.body);
    await this.readablePost(ctx, input.postId);
    const words = await this.screening.check(actor.id, body);
    const { outcome, ...written } = await this.dataSource.transaction(async (m) => {
      const { post, thread } = await this.lockOwnPost(m, actor, input.postId);
      if (thread.locked) throw DiscussionErrors.locked();
      if (post.body === body) return { post, thread, outcome: null };
      const edits = await m.countBy(PostRevisionEntity, { postId: post.id });
      if (edits >= DISCUSSION_LIMITS.editsPerPost) throw DiscussionErrors.tooManyEdits();
      await m.insert(PostRevisionEntity, {
        postId: post.id,
        body: post.body,
        writtenAt: post.editedAt ?? post.createdAt,
      });
      const wasHeld = post.moderationState === 'HELD';
      post.body = body;
      post.editedAt = this.clock.now();
      const saved = await m.save(post);
      await m.update(PostEntity, post.id, { changedSeq: CHANGED_NOW });
      const screened = await this.screening.apply(m, saved, words, false);
      return {
        post: saved,
        thread,
        outcome: { ...screened, held: screened.held || wasHeld, newlyHeld: screened.held },
      };
    });
    if (outcome) {
      // A post held by this edit leaves other readers' view as a hidden one does.
      this.announceScreened(outcome.newlyHeld ? 'post.hidden' : 'post.edited', outcome, outcome.newlyHeld);
    }
    return written;
  }

  /**
   * Deletes one's own post, leaving a placeholder that keeps its place in the thread: the
   * text and its history are removed. Deleting twice changes nothing. Throws NOT_FOUND
   * and FORBIDDEN (not the author).
   */
  async deletePost(ctx: RequestContext, postId: string): Promise<WrittenPost> {
    const actor = this.actorOf(ctx);
    await this.readablePost(ctx, postId);
    const written = await this.dataSource.transaction(async (m) => {
      const { post, thread } = await this.lockOwnPost(m, actor, postId, { allowDeleted: true });
      if (post.deletedAt) return { post, thread };
      await m.delete(PostRevisionEntity, { postId: post.id });
      post.body = '';
      post.sceneId = null;
      post.deletedAt = this.clock.now();
      const saved = await m.save(post);
      await m.update(PostEntity, post.id, { changedSeq: CHANGED_NOW });
      return { post: saved, thread };
    });
    this.announce('post.deleted', written.post);
    return written;
  }

  /**
   * Tells the live layer about a committed post that moderation screened: a held post is
   * announced to nobody (unless `evenIfHeld`), and an automatic hide is told to its author.
   */
  private announceScreened(type: PostEventName, outcome: ScreeningOutcome, evenIfHeld = false): void {
    if (!outcome.held || evenIfHeld) this.announce(type, outcome.post);
    this.screening.afterCommit(outcome);
  }

  /** Tells the live layer about a committed change (called only after the transaction has ended). */
  private announce(type: PostEventName, post: PostEntity): void {
    this.events.postChanged({ type, threadId: post.threadId, postId: post.id });
  }

  /**
   * Where a new post goes: a thread the viewer may read (with its category or lesson), or
   * a live lesson whose thread may not exist yet. BAD_USER_INPUT unless exactly one is
   * named; NOT_FOUND when it cannot be read.
   */
  private async postTarget(ctx: RequestContext, input: CreatePostInput): Promise<PostTarget> {
    if (input.threadId && !input.lessonId && !input.contentItemId) {
      const { thread, category, lesson } = await this.threads.get(ctx, input.threadId);
      return { threadId: thread.id, category, lesson };
    }
    if (input.lessonId && !input.threadId && !input.contentItemId) {
      const lesson = await this.catalogue.findLiveLesson(ctx, input.lessonId);
      if (!lesson) throw DiscussionErrors.lessonNotFound();
      return { threadId: null, category: null, lesson };
    }
    if (input.contentItemId && !input.threadId && !input.lessonId) {
      const contentItem = await this.workflow.commentable(ctx, input.contentItemId);
      if (!contentItem) throw DiscussionErrors.contentItemNotFound();
      return { threadId: null, category: null, lesson: null, contentItem };
    }
    throw DiscussionErrors.threadOrLesson();
  }

  private actorOf(ctx: RequestContext): Actor {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  }

  private cleanBody(html: string): string {
    const body = sanitiseRichText(html);
    if (isBlankRichText(body)) throw DiscussionErrors.blankBody();
    return body;
  }

  private checkAnonymous(category: ForumCategoryEntity | null, asked: boolean | null | undefined): boolean {
    if (!asked) return false;
    if (!category?.allowsAnonymous) throw DiscussionErrors.anonymousNotAllowed();
    return true;
  }

  /** A post in a thread the viewer may read; NOT_FOUND otherwise. */
  private async readablePost(ctx: RequestContext, postId: string): Promise<PostEntity> {
    const post = await this.loaders.for(ctx).post.load(postId);
    if (!post || !(await this.threads.find(ctx, post.threadId))) throw DiscussionErrors.postNotFound();
    return post;
  }

  /** Locks the actor's own post for a change; FORBIDDEN for someone else's, CONFLICT once deleted. */
  private async lockOwnPost(
    m: EntityManager,
    actor: Actor,
    postId: string,
    options: { allowDeleted?: boolean } = {},
  ): Promise<WrittenPost> {
    const post = await m.findOne(PostEntity, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
    if (!post) throw DiscussionErrors.postNotFound();
    if (post.authorId !== actor.id) throw DiscussionErrors.notAuthor();
    if (post.deletedAt && !options.allowDeleted) throw DiscussionErrors.deleted();
    const thread = await m.findOneByOrFail(DiscussionThreadEntity, { id: post.threadId });
    return { post, thread };
  }

  /**
   * Refuses a new thread while the person's last DISCUSSION_LIMITS.threadsPerMinute thread
   * openings, or a reply while their last DISCUSSION_LIMITS.repliesPerMinute replies, all fall
   * in the past minute. A thread's opening is its first post when they started the thread;
   * every other post is a reply. Holds a per-person lock to the end of the transaction, so
   * posts sent at the same moment cannot pass the limit together.
   */
  private async throttle(m: EntityManager, actor: Actor, kind: 'thread' | 'reply'): Promise<void> {
    await m.query('select pg_advisory_xact_lock(hashtext($1))', [`discussion-post:${actor.id}`]);
    const limit = kind === 'thread' ? DISCUSSION_LIMITS.threadsPerMinute : DISCUSSION_LIMITS.repliesPerMinute;
    const rows: { until: Date }[] = await m.query(
      `select p.created_at + interval '1 minute' as until from post p
        where p.author_id = $1 and p.created_at > $2::timestamptz - interval '1 minute'
          and (p.seq = 1 and exists (select 1 from discussion_thread t
                                      where t.id = p.thread_id and t.author_id = p.author_id)) = $3
        order by p.created_at desc offset $4 limit 1`,
      [actor.id, this.clock.now(), kind === 'thread', limit - 1],
    );
    if (!rows.length) return;
    const until = new Date(rows[0].until);
    throw kind === 'thread' ? DiscussionErrors.startingTooFast(until) : DiscussionErrors.replyingTooFast(until);
  }

  /** The lesson's thread, created now if it has none (a concurrent first post finds the same one). */
  private async lessonThreadId(m: EntityManager, lesson: LiveLesson): Promise<string> {
    await m.query(
      `insert into discussion_thread (lesson_id, title, last_activity_at) values ($1, $2, $3)
       on conflict (lesson_id) do nothing`,
      [lesson.lesson.id, lesson.lesson.title, this.clock.now()],
    );
    const rows: { id: string }[] = await m.query('select id from discussion_thread where lesson_id = $1', [
      lesson.lesson.id,
    ]);
    return rows[0].id;
  }

  /** A library item's comment thread, created now if it has none (a concurrent first comment finds the same one). */
  private async contentItemThreadId(m: EntityManager, item: { id: string; title: string }): Promise<string> {
    await m.query(
      `insert into discussion_thread (content_item_id, title, last_activity_at) values ($1, $2, $3)
       on conflict (content_item_id) do nothing`,
      [item.id, item.title, this.clock.now()],
    );
    const rows: { id: string }[] = await m.query('select id from discussion_thread where content_item_id = $1', [
      item.id,
    ]);
    return rows[0].id;
  }

  /**
   * Inserts a post with the thread's next sequence number. Raising the thread's counter
   * locks its row until the transaction ends, so concurrent posts get 1, 2, 3… in commit
   * order; a locked thread raises nothing and the post is refused with CONFLICT.
   */
  private async append(m: EntityManager, threadId: string, actor: Actor, draft: PostDraft): Promise<PostEntity> {
    const now = this.clock.now();
    const bumped: { seq: number }[] = await m.query(
      `with bumped as (
         update discussion_thread set seq = seq + 1, post_count = post_count + 1, last_activity_at = $2
          where id = $1 and not locked returning seq)
       select seq from bumped`,
      [threadId, now],
    );
    if (!bumped.length) throw DiscussionErrors.locked();
    return m.save(m.create(PostEntity, { ...draft, threadId, seq: bumped[0].seq, authorId: actor.id, createdAt: now }));
  }
}
