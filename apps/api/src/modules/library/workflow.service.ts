import { randomBytes } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { isBlankRichText, sanitiseRichText } from '../../common/rich-text/rich-text.sanitiser';
import { isUniqueViolation } from '../identity/identity.errors';
import { ScheduledPublishingService } from '../jobs/scheduled-publishing.service';
import { slugFromTitle, wordCount } from './content-text';
import { ContentItemEntity } from './entities/content-item.entity';
import { ContentRevisionEntity } from './entities/content-revision.entity';
import {
  CONTENT_LIMITS,
  type ContentAudienceName,
  type ContentKindName,
  type ContentStatusName,
  type RevisionEventName,
} from './library.constants';
import { LibraryErrors } from './library.errors';
import { abilities, type ContentAbilities, canCreate, canSee, isLibraryEditor } from './library.policy';

/** The text every kind shares. `body` is raw HTML from the editor; it is sanitised here. */
export interface ContentFields {
  title: string;
  summary?: string | null;
  body: string;
  audience?: ContentAudienceName | null;
}

/** Writes a kind's own row (e.g. blog_post) inside the same transaction as the item. */
export type KindWriter = (m: EntityManager, item: ContentItemEntity) => Promise<void>;

/** Throws when an item of a kind is not ready for review or publication (see requireBeforePublishing). */
export type ReadinessCheck = (m: EntityManager, item: ContentItemEntity) => Promise<void>;

/**
 * THE ONE EDITORIAL WORKFLOW for every kind of library content (blog posts now; podcast
 * episodes, glossary terms, FAQs and myths plug in the same way). Rules are in
 * library.policy.ts (pure, also presented to the client through `viewerCan`).
 *
 * Life of an item: DRAFT → (submit) IN_REVIEW → (publish now) PUBLISHED, or (publish with a
 * future `publishAt`) stays IN_REVIEW until the scheduled-publishing job publishes it →
 * (archive) ARCHIVED. Editors may also return an item in review to DRAFT and publish an
 * archived item again. Every save and every step writes a content_revision (who, when, event,
 * status, title, summary, body), listed newest first by `revisions()`.
 *
 * Who: editors and admins do everything and see everything; any signed-in person may write a
 * kind listed in STAFF_WRITABLE (library.policy.ts; only BLOG_POST so far) and change it while
 * it is a draft or in review; readers see PUBLISHED items, STAFF ones only when signed in.
 *
 * HOW TO ADD A KIND (e.g. GLOSSARY_TERM):
 * 1. Keep the shared text in the content item: `title`, `summary` (plain text), `body`
 *    (rich text; for a glossary term, its definition). Put the kind's own fields in a table
 *    keyed by the item, like blog/blog-post.entity.ts: `content_item_id uuid primary key
 *    references content_item(id) on delete cascade`. A table of its own, not a JSON column,
 *    so its fields can be indexed filters, foreign keys and child tables (translations).
 * 2. Create: `workflow.create(ctx, 'GLOSSARY_TERM', { title, summary, body, audience },
 *    (m, item) => m.insert(GlossaryTermEntity, { contentItemId: item.id, ... }))`. Both rows
 *    are written in one transaction; the create is refused (FORBIDDEN) unless `canCreate`.
 * 3. Change: `workflow.update(ctx, id, 'GLOSSARY_TERM', fields, writer)`; the writer runs in the
 *    transaction after the item is locked and checked (NOT_FOUND / FORBIDDEN).
 * 4. Steps: `submit`, `returnToDraft`, `publish(ctx, id, publishAt?)`, `archive` take the
 *    item's id whatever its kind. Scheduling goes through the product's one scheduled-publishing
 *    job (jobs/scheduled-publishing.service.ts); nothing for a kind to do. A kind with its own
 *    condition for review and publishing (a myth's verdict) registers it with
 *    `requireBeforePublishing(kind, check)`; `createUnowned` starts a draft only editors see.
 * 5. Read: `findVisible(ctx, kind, idOrSlug)` for one page (NOT_FOUND when the viewer may not
 *    see it); for lists, build your query on `content_item c` joined to your table and call
 *    `workflow.restrictToVisible(qb, ctx.actor, 'c')`, which adds exactly the reader's rows.
 *    `abilities(ctx, item)` gives the `viewerCan` object; `revisions(ctx, id, …)` the history.
 * 6. Comments: a published item's discussion thread is the discussion feature's (a thread whose
 *    home is the content item, made on its first post); `commentable(ctx, id)` says who may join.
 */
@Injectable()
export class WorkflowService implements OnApplicationBootstrap {
  private readonly readiness = new Map<ContentKindName, ReadinessCheck>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly scheduled: ScheduledPublishingService,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduled.add('library', () => this.publishDue());
  }

  /** What the viewer may do with the item (the client's `viewerCan`). */
  abilities(ctx: RequestContext, item: ContentItemEntity): ContentAbilities {
    return abilities(ctx.actor, item);
  }

  /**
   * Adds the reader's visibility to a list query over `content_item` (aliased `alias`):
   * published PUBLIC items for signed-out visitors, published items and their own for staff,
   * everything for editors.
   */
  restrictToVisible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor | null, alias: string): void {
    if (isLibraryEditor(actor)) return;
    if (!actor) {
      qb.andWhere(`${alias}.status = 'PUBLISHED' and ${alias}.audience = 'PUBLIC'`);
      return;
    }
    qb.andWhere(`(${alias}.status = 'PUBLISHED' or ${alias}.author_id = :viewerId)`, { viewerId: actor.id });
  }

  /** One item of a kind by id or slug, if the viewer may see it. Throws NOT_FOUND otherwise. */
  async findVisible(ctx: RequestContext, kind: ContentKindName, idOrSlug: string): Promise<ContentItemEntity> {
    const where = isUuid(idOrSlug) ? { kind, id: idOrSlug } : { kind, slug: String(idOrSlug).slice(0, 120) };
    const item = await this.dataSource.manager.findOneBy(ContentItemEntity, where);
    if (!item || !canSee(ctx.actor, item)) throw LibraryErrors.itemNotFound();
    return item;
  }

  /**
   * The item whose comments (a discussion thread) the viewer may read and join: a PUBLISHED
   * item they may see, or null. For the discussion feature, which keeps the thread.
   */
  async commentable(ctx: RequestContext, id: string): Promise<Pick<ContentItemEntity, 'id' | 'title'> | null> {
    if (!ctx.actor || !isUuid(id)) return null;
    const item = await this.dataSource.manager.findOneBy(ContentItemEntity, { id });
    return item && item.status === 'PUBLISHED' && canSee(ctx.actor, item) ? { id: item.id, title: item.title } : null;
  }

  /**
   * Creates a DRAFT of a kind by the signed-in person, with its first revision, and the
   * kind's own row through `writeKind`. Throws FORBIDDEN (kind not theirs to write),
   * BAD_USER_INPUT (blank title, body too long).
   */
  async create(
    ctx: RequestContext,
    kind: ContentKindName,
    fields: ContentFields,
    writeKind?: KindWriter,
  ): Promise<ContentItemEntity> {
    if (!ctx.actor || !canCreate(ctx.actor, kind)) throw LibraryErrors.cannotCreate();
    return this.insertDraft(kind, fields, ctx.actor.id, ctx.actor.id, writeKind);
  }

  /**
   * Starts a DRAFT nobody owns, so only editors see it (e.g. a rumour a member of staff
   * reported becomes a draft myth in the editors' queue). The caller has authorised the
   * person; they are recorded as its first reviser. Throws BAD_USER_INPUT as create does.
   */
  async createUnowned(
    ctx: RequestContext,
    kind: ContentKindName,
    fields: ContentFields,
    writeKind?: KindWriter,
  ): Promise<ContentItemEntity> {
    if (!ctx.actor) throw LibraryErrors.cannotCreate();
    return this.insertDraft(kind, fields, null, ctx.actor.id, writeKind);
  }

  /**
   * A kind's own condition for being sent for review or published (e.g. a myth needs its
   * verdict), checked inside the step's transaction; it throws a DomainError when unmet.
   */
  requireBeforePublishing(kind: ContentKindName, check: ReadinessCheck): void {
    this.readiness.set(kind, check);
  }

  private async insertDraft(
    kind: ContentKindName,
    fields: ContentFields,
    authorId: string | null,
    actorId: string,
    writeKind?: KindWriter,
  ): Promise<ContentItemEntity> {
    const clean = this.cleanFields(fields);
    const base = slugFromTitle(clean.title);
    // A slug taken between reading and writing (two posts with one title at once): try again
    // with a random ending. Not a timestamp: requests in the same millisecond would collide again.
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(async (m) => {
          const slug = attempt === 0 ? await this.freeSlug(m, kind, base) : `${base}-${randomBytes(4).toString('hex')}`;
          const item = await m.save(
            m.create(ContentItemEntity, {
              kind,
              ...clean,
              audience: clean.audience ?? 'STAFF',
              slug,
              status: 'DRAFT',
              authorId,
              updatedById: actorId,
            }),
          );
          if (writeKind) await writeKind(m, item);
          await this.record(m, item, 'CREATED', actorId);
          return item;
        });
      } catch (error) {
        if (attempt < 2 && isUniqueViolation(error, 'content_item_kind_slug_key')) continue;
        throw error;
      }
    }
  }

  /**
   * Changes an item's shared text (and the kind's row through `writeKind`) and records a
   * revision. A published item changed by an editor changes for readers at once. Throws
   * NOT_FOUND, FORBIDDEN (see canEdit), BAD_USER_INPUT.
   */
  async update(
    ctx: RequestContext,
    id: string,
    kind: ContentKindName,
    fields: ContentFields,
    writeKind?: KindWriter,
  ): Promise<ContentItemEntity> {
    const clean = this.cleanFields(fields);
    return this.step(ctx, id, kind, (item) => {
      if (!abilities(ctx.actor, item).edit) throw LibraryErrors.cannotEdit();
      Object.assign(item, clean);
      return { event: 'EDITED', writeKind };
    });
  }

  /** DRAFT → IN_REVIEW, once it has a title and text. Throws NOT_FOUND, FORBIDDEN, CONFLICT, BAD_USER_INPUT. */
  async submit(ctx: RequestContext, id: string): Promise<ContentItemEntity> {
    return this.step(ctx, id, null, async (item, m) => {
      this.allowed(ctx, item, 'submit', 'send for review', 'Only a draft can be sent for review.');
      await this.assertComplete(m, item);
      item.status = 'IN_REVIEW';
      return { event: 'SUBMITTED' };
    });
  }

  /** IN_REVIEW → DRAFT (an editor sends it back to its author), dropping any schedule. */
  async returnToDraft(ctx: RequestContext, id: string): Promise<ContentItemEntity> {
    return this.step(ctx, id, null, (item) => {
      this.allowed(ctx, item, 'returnToDraft', 'return', 'Only an item in review can be returned to its author.');
      item.status = 'DRAFT';
      item.publishAt = null;
      return { event: 'RETURNED' };
    });
  }

  /**
   * Editors publish now, or with a future `publishAt` schedule it (it waits IN_REVIEW and the
   * scheduled-publishing job publishes it then; scheduling again moves the time). Throws
   * NOT_FOUND, FORBIDDEN, CONFLICT (already published), BAD_USER_INPUT (time in the past,
   * nothing written).
   */
  async publish(ctx: RequestContext, id: string, publishAt?: Date | null): Promise<ContentItemEntity> {
    const now = this.clock.now();
    if (publishAt && publishAt.getTime() <= now.getTime()) throw LibraryErrors.publishAtPast();
    const item = await this.step(ctx, id, null, async (row, m) => {
      this.allowed(ctx, row, 'publish', 'publish', 'This is already published.');
      await this.assertComplete(m, row);
      if (publishAt) {
        row.status = 'IN_REVIEW';
        row.publishAt = publishAt;
        return { event: 'SCHEDULED' };
      }
      this.markPublished(row, now);
      return { event: 'PUBLISHED' };
    });
    if (publishAt) await this.scheduled.scheduleAt(`content:${item.id}`, publishAt);
    return item;
  }

  /** Takes an item out of every list and page but its editors' and author's, dropping any schedule. */
  async archive(ctx: RequestContext, id: string): Promise<ContentItemEntity> {
    return this.step(ctx, id, null, (item) => {
      this.allowed(ctx, item, 'archive', 'archive', 'This is already archived.');
      item.status = 'ARCHIVED';
      item.publishAt = null;
      return { event: 'ARCHIVED' };
    });
  }

  /**
   * Publishes every item whose `publishAt` has passed, each once even with several instances
   * sweeping at the same moment (rows locked with SKIP LOCKED); the revision is credited to
   * whoever scheduled it. Called by the scheduled-publishing job.
   */
  async publishDue(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const due = await m
        .createQueryBuilder(ContentItemEntity, 'c')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('c.publish_at <= :now', { now })
        .andWhere(`c.status in ('DRAFT', 'IN_REVIEW')`)
        .getMany();
      for (const item of due) {
        this.markPublished(item, now);
        await m.save(item);
        await this.record(m, item, 'PUBLISHED', item.updatedById);
      }
      return due.length;
    });
  }

  /** A page of an item's revisions, newest first, for its editors and author. Throws NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. */
  async revisions(
    ctx: RequestContext,
    item: ContentItemEntity,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<ContentRevisionEntity>> {
    if (!abilities(ctx.actor, item).seeHistory) throw LibraryErrors.cannotStep('see the history of');
    const cursor = decodeCursor(after, 1);
    if (cursor && !Number.isInteger(cursor[0])) throw LibraryErrors.badCursor();
    const qb = this.dataSource.manager
      .createQueryBuilder(ContentRevisionEntity, 'r')
      .where('r.content_item_id = :id', { id: item.id });
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('r.number < :n', { n: Number(cursor[0]) });
    const rows = await qb
      .orderBy('r.number', 'DESC')
      .limit(first + 1)
      .getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (r) => encodeCursor([r.number]),
    };
  }

  // ---------- internals ----------

  private markPublished(item: ContentItemEntity, now: Date): void {
    item.status = 'PUBLISHED';
    item.publishAt = null;
    item.publishedAt = item.publishedAt ?? now;
  }

  /** Refuses a step: CONFLICT when the person could take it in another status, FORBIDDEN otherwise. */
  private allowed(
    ctx: RequestContext,
    item: ContentItemEntity,
    step: keyof ContentAbilities,
    verb: string,
    conflict: string,
  ): void {
    if (abilities(ctx.actor, item)[step]) return;
    const editor = isLibraryEditor(ctx.actor);
    const author = !!ctx.actor && item.authorId === ctx.actor.id;
    const authorStep = step === 'submit';
    if ((editor || (author && authorStep)) && this.couldInAnotherStatus(ctx, item, step)) {
      throw LibraryErrors.wrongStatus(conflict);
    }
    throw LibraryErrors.cannotStep(verb);
  }

  private couldInAnotherStatus(ctx: RequestContext, item: ContentItemEntity, step: keyof ContentAbilities): boolean {
    const statuses: ContentStatusName[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];
    return statuses.some((status) => abilities(ctx.actor, { ...item, status })[step]);
  }

  private async assertComplete(m: EntityManager, item: ContentItemEntity): Promise<void> {
    if (!item.title.trim()) throw LibraryErrors.blankTitle();
    if (isBlankRichText(item.body)) throw LibraryErrors.blankBody();
    await this.readiness.get(item.kind)?.(m, item);
  }

  /**
   * Locks the item, checks the viewer may see it (NOT_FOUND otherwise) and that it is of
   * `kind` when given, applies `change`, saves, runs the kind's writer and records a revision,
   * all in one transaction.
   */
  private async step(
    ctx: RequestContext,
    id: string,
    kind: ContentKindName | null,
    change: (
      item: ContentItemEntity,
      m: EntityManager,
    ) =>
      | { event: RevisionEventName; writeKind?: KindWriter }
      | Promise<{ event: RevisionEventName; writeKind?: KindWriter }>,
  ): Promise<ContentItemEntity> {
    if (!isUuid(id)) throw LibraryErrors.itemNotFound();
    return this.dataSource.transaction(async (m) => {
      const item = await m.findOne(ContentItemEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item || (kind && item.kind !== kind) || !canSee(ctx.actor, item)) throw LibraryErrors.itemNotFound();
      const { event, writeKind } = await change(item, m);
      item.updatedById = ctx.actor?.id ?? item.updatedById;
      const saved = await m.save(item);
      if (writeKind) await writeKind(m, saved);
      await this.record(m, saved, event, ctx.actor?.id ?? null);
      return saved;
    });
  }

  private async record(
    m: EntityManager,
    item: ContentItemEntity,
    event: RevisionEventName,
    by: string | null,
  ): Promise<void> {
    await m.query(
      `insert into content_revision (content_item_id, number, event, status, title, summary, body, created_by_id)
       select $1, coalesce(max(number), 0) + 1, $2, $3, $4, $5, $6, $7 from content_revision where content_item_id = $1`,
      [item.id, event, item.status, item.title, item.summary, item.body, by],
    );
  }

  private cleanFields(fields: ContentFields): Omit<ContentFields, 'audience'> & {
    summary: string;
    wordCount: number;
    audience?: ContentAudienceName;
  } {
    const title = fields.title.trim();
    if (!title) throw LibraryErrors.blankTitle();
    if (fields.body.length > CONTENT_LIMITS.bodyMax) throw LibraryErrors.bodyTooLong();
    const body = sanitiseRichText(fields.body);
    return {
      title: title.slice(0, CONTENT_LIMITS.titleMax),
      summary: (fields.summary ?? '').trim().slice(0, CONTENT_LIMITS.summaryMax),
      body,
      wordCount: wordCount(body),
      ...(fields.audience ? { audience: fields.audience } : {}),
    };
  }

  private async freeSlug(m: EntityManager, kind: ContentKindName, base: string): Promise<string> {
    const rows: { slug: string }[] = await m.query(
      `select slug from content_item where kind = $1 and (slug = $2 or slug like $3)`,
      [kind, base, `${base}-%`],
    );
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }
}
