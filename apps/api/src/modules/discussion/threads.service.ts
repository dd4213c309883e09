import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ScenarioContent } from '@common-ground/shared';
import { DataSource, type EntityMetadata } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { entityFromJson, jsonObjectSql } from '../../database/json-rows';
import { OrganisationEntity } from '../identity/entities/organisation.entity';
import { PersonEntity } from '../identity/entities/person.entity';
import { CatalogueService, type LiveLesson } from '../learning/catalogue.service';
import { WorkflowService } from '../library/workflow.service';
import { DiscussionErrors } from './discussion.errors';
import { DiscussionLoaderFactory } from './discussion.loaders';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import type { ForumCategoryEntity } from './entities/forum-category.entity';
import { PostEntity } from './entities/post.entity';
import { ForumCategoriesService } from './forum-categories.service';
import { canSeeConcealed } from './moderation/moderation.policy';
import { ModeratorScopeService } from './moderation/moderator-scope.service';

/**
 * SQL true when thread `t`'s opening post is held for review and was not written by the
 * viewer (`:viewerId`): such a thread is shown only to its author and its moderators.
 */
export const HELD_FOR_OTHERS = `exists (select 1 from post o where o.thread_id = t.id and o.seq = 1
  and o.moderation_state = 'HELD' and o.author_id is distinct from :viewerId::uuid)`;

/** A thread the viewer may read, with where it lives: a category, or a live lesson. */
export interface VisibleThread {
  thread: DiscussionThreadEntity;
  category: ForumCategoryEntity | null;
  lesson: LiveLesson | null;
}

/** The scenes of a scenario lesson's published revision (none for other kinds). */
export function sceneIdsOf(live: LiveLesson): string[] {
  if (live.lesson.kind !== 'SCENARIO') return [];
  return (live.revision.content as ScenarioContent).scenes.map((scene) => scene.id);
}

/**
 * Reading threads and posts. A thread is readable when its category is visible to the
 * viewer (and, while its opening post is held for review, only by its author and the
 * moderators in charge of the category), for a lesson's thread, when the lesson is live and
 * visible to them, or for a library item's comments, when the item is published and visible
 * to them; any other thread answers like one that does not exist.
 */
@Injectable()
export class ThreadsService {
  private pageSql?: { sql: string; post: EntityMetadata; person: EntityMetadata; organisation: EntityMetadata };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DiscussionLoaderFactory,
    private readonly categories: ForumCategoriesService,
    private readonly catalogue: CatalogueService,
    private readonly scopes: ModeratorScopeService,
    private readonly workflow: WorkflowService,
  ) {}

  /** A thread the viewer may read (batched), or null. */
  async find(ctx: RequestContext, id: string): Promise<VisibleThread | null> {
    const thread = isUuid(id) ? await this.loaders.for(ctx).thread.load(id) : null;
    if (!thread) return null;
    if (thread.categoryId) {
      const category = await this.categories.find(ctx, thread.categoryId);
      if (!category || !(await this.passesReview(ctx, thread))) return null;
      return { thread, category, lesson: null };
    }
    if (thread.contentItemId) {
      // A library item's comments: readable while the item is published and the viewer may see it.
      return (await this.workflow.commentable(ctx, thread.contentItemId))
        ? { thread, category: null, lesson: null }
        : null;
    }
    const lesson = thread.lessonId ? await this.catalogue.findLiveLesson(ctx, thread.lessonId) : null;
    return lesson ? { thread, category: null, lesson } : null;
  }

  /**
   * Whether the viewer may open a forum thread as far as review goes: yes unless its opening
   * post is held and they are neither its author nor a moderator in charge of the category.
   * Batched, and usually known already: the thread loader reads it with the thread.
   */
  private async passesReview(ctx: RequestContext, thread: DiscussionThreadEntity): Promise<boolean> {
    const heldAuthor = await this.loaders.for(ctx).heldOpening.load(thread.id);
    return heldAuthor === null || heldAuthor === ctx.actor?.id || this.scopes.covers(ctx, thread.categoryId);
  }

  /**
   * A post the viewer may read in full (in a thread they may read, not deleted, and not hidden
   * or held unless it is theirs or they moderate), or null. For other features that act on a
   * post, e.g. a rumour reported from it.
   */
  async readablePost(ctx: RequestContext, postId: string): Promise<{ id: string; threadId: string } | null> {
    const post = isUuid(postId) ? await this.loaders.for(ctx).post.load(postId) : null;
    if (!post || post.deletedAt) return null;
    if (post.moderationState !== 'VISIBLE' && !canSeeConcealed(ctx.actor, post)) return null;
    return (await this.find(ctx, post.threadId)) ? { id: post.id, threadId: post.threadId } : null;
  }

  /** As find, but throws NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<VisibleThread> {
    const found = await this.find(ctx, id);
    if (!found) throw DiscussionErrors.threadNotFound();
    return found;
  }

  /** The discussion of a lesson the viewer may see; null until its first post (or for a lesson they cannot see). */
  async lessonThread(ctx: RequestContext, lessonId: string): Promise<DiscussionThreadEntity | null> {
    if (!(await this.catalogue.findLiveLesson(ctx, lessonId))) return null;
    const thread = await this.dataSource.manager.findOneBy(DiscussionThreadEntity, { lessonId });
    if (thread) this.loaders.for(ctx).thread.prime(thread.id, thread);
    return thread;
  }

  /** The comments of a published library item the viewer may see; null until the first comment. */
  async contentItemThread(ctx: RequestContext, contentItemId: string): Promise<DiscussionThreadEntity | null> {
    if (!(await this.workflow.commentable(ctx, contentItemId))) return null;
    const thread = await this.dataSource.manager.findOneBy(DiscussionThreadEntity, { contentItemId });
    if (thread) this.loaders.for(ctx).thread.prime(thread.id, thread);
    return thread;
  }

  /**
   * One page of a category's threads, pinned first, then latest activity first (keyset on
   * pinned, last activity, id, served by discussion_thread_category_activity_idx), only
   * those carrying `tag` when one is given (discussion_thread_tags_idx). Throws NOT_FOUND
   * for a category the viewer may not see.
   */
  async page(
    ctx: RequestContext,
    categoryId: string,
    first: number,
    after: string | null | undefined,
    tag: string | null = null,
  ): Promise<Page<DiscussionThreadEntity>> {
    const cursor = decodeCursor(after, 3);
    if (cursor && (typeof cursor[1] !== 'string' || Number.isNaN(Date.parse(cursor[1])) || !isUuid(cursor[2]))) {
      throw DiscussionErrors.badCursor();
    }
    await this.categories.get(ctx, categoryId);
    const viewerId = ctx.actor?.id ?? null;
    const inCharge = await this.scopes.covers(ctx, categoryId);
    const inCategory = () => {
      const qb = this.dataSource.manager
        .createQueryBuilder(DiscussionThreadEntity, 't')
        .where('t.category_id = :categoryId', { categoryId });
      // A thread whose opening post is held for review is listed only to its author and its moderators.
      if (!inCharge) qb.andWhere(`not ${HELD_FOR_OTHERS}`, { viewerId });
      return tag === null ? qb : qb.andWhere('t.tags @> array[:tag]::text[]', { tag });
    };
    const totalCount = await inCategory().getCount();
    const qb = inCategory()
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(first + 1);
    if (cursor) {
      qb.andWhere('(t.pinned, t.last_activity_at, t.id) < (:pinned::boolean, :at::timestamptz, :id::uuid)', {
        pinned: cursor[0] === 1,
        at: String(cursor[1]),
        id: String(cursor[2]),
      });
    }
    const rows = await qb.getMany();
    for (const row of rows) this.loaders.for(ctx).thread.prime(row.id, row);
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (t) => encodeCursor([t.pinned ? 1 : 0, t.lastActivityAt.toISOString(), t.id]),
    };
  }

  /**
   * One page of a thread's posts in sequence order, after a cursor or after a sequence
   * number (what a reconnecting reader last saw). Deleted posts come as placeholders so
   * sequence numbers never skip; posts held for review are left out for all but their
   * authors and the moderators in charge. One statement once the thread is known, which
   * also reads the page's authors and their organisations, as the page shows them.
   */
  async posts(
    ctx: RequestContext,
    visible: VisibleThread,
    first: number,
    after: string | null | undefined,
    afterSeq: number | null | undefined,
  ): Promise<Page<PostEntity>> {
    const cursor = decodeCursor(after, 1);
    if (cursor && !Number.isInteger(cursor[0])) throw DiscussionErrors.badCursor();
    const from = Math.max(afterSeq ?? 0, cursor ? Number(cursor[0]) : 0);
    const inCharge = await this.scopes.covers(ctx, visible.thread.categoryId);
    const page = this.pageStatement();
    const [row]: {
      posts: Record<string, unknown>[];
      authors: Record<string, unknown>[];
      organisations: Record<string, unknown>[];
    }[] = await this.dataSource.query(page.sql, [visible.thread.id, from, inCharge, ctx.actor?.id ?? null, first + 1]);
    const rows = row.posts.map((json) => entityFromJson<PostEntity>(page.post, json));
    for (const post of rows) this.loaders.for(ctx).post.prime(post.id, post);
    this.loaders.rememberAuthors(
      ctx,
      row.authors.map((json) => entityFromJson<PersonEntity>(page.person, json)),
      row.organisations.map((json) => entityFromJson<OrganisationEntity>(page.organisation, json)),
    );
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount: visible.thread.postCount,
      cursorOf: (p) => encodeCursor([p.seq]),
    };
  }

  /**
   * The SQL of a page of posts (served by post_thread_id_seq_key) with its authors and their
   * organisations as JSON, without the query builder's work; built once, from the entities.
   */
  private pageStatement() {
    if (!this.pageSql) {
      const post = this.dataSource.getMetadata(PostEntity);
      const person = this.dataSource.getMetadata(PersonEntity);
      const organisation = this.dataSource.getMetadata(OrganisationEntity);
      const sql = `with page as (
          select * from post p
           where p.thread_id = $1 and p.seq > $2 and ($3 or p.moderation_state <> 'HELD' or p.author_id = $4::uuid)
           order by p.seq limit $5),
        authors as (select * from person a where a.id in (select author_id from page))
        select (select coalesce(json_agg(${jsonObjectSql(post, 'page')} order by page.seq), '[]') from page) as posts,
               (select coalesce(json_agg(${jsonObjectSql(person, 'authors')}), '[]') from authors) as authors,
               (select coalesce(json_agg(${jsonObjectSql(organisation, 'o')}), '[]')
                  from organisation o where o.id in (select organisation_id from authors)) as organisations`;
      this.pageSql = { sql, post, person, organisation };
    }
    return this.pageSql;
  }
}
