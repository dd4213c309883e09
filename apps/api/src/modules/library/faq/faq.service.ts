import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { FAQ_LIMITS } from '@common-ground/shared';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { isUniqueViolation } from '../../identity/identity.errors';
import { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentAudienceName, ContentStatusName } from '../library.constants';
import { LibraryErrors } from '../library.errors';
import { canSee, isLibraryEditor } from '../library.policy';
import { WorkflowService } from '../workflow.service';
import { FaqCategoryEntity } from './entities/faq-category.entity';
import { FaqVoteEntity } from './entities/faq-vote.entity';
import { FaqEntity } from './entities/faq.entity';
import { FaqErrors } from './faq.errors';

declare module 'express-session' {
  interface SessionData {
    /** A random id for a signed-out visitor's "Was this helpful?" answers; it names nobody. */
    visitorId?: string;
  }
}

/** An FAQ as the service hands it on: its content item and its category. */
export interface FaqRecord {
  item: ContentItemEntity;
  category: { id: string; name: string; position: number };
}

export interface FaqDetails {
  question: string;
  answerHtml: string;
  categoryId: string;
  audience?: ContentAudienceName | null;
}

export interface HelpfulCounts {
  yes: number;
  no: number;
}

interface FaqRow {
  id: string;
  status: ContentStatusName;
  audience: ContentAudienceName;
  title: string;
  slug: string;
  body: string;
  author_id: string | null;
  publish_at: Date | null;
  published_at: Date | null;
  updated_at: Date;
  category_id: string;
  category_name: string;
  category_position: number;
}

interface Loaders {
  counts: DataLoader<string, HelpfulCounts>;
  votes: DataLoader<string, boolean | null>;
}

/**
 * FAQs: the workflow's FAQ kind (question = title, answer = body) filed under categories
 * editors manage, listed by category, and "Was this helpful?" answers: one per FAQ per
 * signed-in person or per signed-out visitor's session, changeable, counted for editors only.
 */
@Injectable()
export class FaqService {
  private readonly perRequest = new WeakMap<Request, Loaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: WorkflowService,
  ) {}

  /** Every category in listing order (there are only a handful). */
  async categories(): Promise<FaqCategoryEntity[]> {
    return this.dataSource.manager.find(FaqCategoryEntity, {
      order: { position: 'ASC', name: 'ASC' },
      take: FAQ_LIMITS.categoriesMax,
    });
  }

  /** Adds a category (the resolver lets editors only). Throws CONFLICT for a name in use. */
  async createCategory(input: { name: string; description?: string | null; position?: number | null }) {
    return this.saveCategory(null, input);
  }

  /** Renames, describes or moves a category. Throws NOT_FOUND, CONFLICT. */
  async updateCategory(id: string, input: { name: string; description?: string | null; position?: number | null }) {
    return this.saveCategory(id, input);
  }

  /** Deletes an empty category. Throws NOT_FOUND, CONFLICT while any FAQ (in any status) is filed under it. */
  async deleteCategory(id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOne(FaqCategoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw FaqErrors.categoryNotFound();
      if (await m.exists(FaqEntity, { where: { categoryId: id } })) throw FaqErrors.categoryInUse();
      await m.delete(FaqCategoryEntity, { id });
    });
  }

  /** Starts a draft FAQ (editors). Throws FORBIDDEN, BAD_USER_INPUT (unknown category, blank question). */
  async create(ctx: RequestContext, details: FaqDetails): Promise<FaqRecord> {
    const category = await this.category(details.categoryId);
    const item = await this.workflow.create(ctx, 'FAQ', this.shared(details), async (m, saved) => {
      await m.insert(FaqEntity, { contentItemId: saved.id, categoryId: category.id });
    });
    return { item, category: { id: category.id, name: category.name, position: category.position } };
  }

  /** Changes an FAQ's question, answer, category or audience (editors). Throws NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. */
  async update(ctx: RequestContext, id: string, details: FaqDetails): Promise<FaqRecord> {
    const category = await this.category(details.categoryId);
    const item = await this.workflow.update(ctx, id, 'FAQ', this.shared(details), async (m, saved) => {
      await m.update(FaqEntity, { contentItemId: saved.id }, { categoryId: category.id });
    });
    return { item, category: { id: category.id, name: category.name, position: category.position } };
  }

  /** One FAQ by id or address, if the viewer may see it. Throws NOT_FOUND. */
  async get(ctx: RequestContext, idOrSlug: string): Promise<FaqRecord> {
    const item = await this.workflow.findVisible(ctx, 'FAQ', idOrSlug);
    const rows: { id: string; name: string; position: number }[] = await this.dataSource.query(
      `select g.id, g.name, g.position from faq f join faq_category g on g.id = f.category_id where f.content_item_id = $1`,
      [item.id],
    );
    return { item, category: rows[0] };
  }

  /**
   * A page of the FAQs the viewer may see, grouped by category (in the categories' order)
   * and by question within each; published ones unless editors ask for another status.
   * Two statements whatever the page size.
   */
  async list(
    ctx: RequestContext,
    first: number,
    after: string | null | undefined,
    filter: { categoryId?: string | null; status?: ContentStatusName | null },
  ): Promise<Page<FaqRecord>> {
    const status = filter.status ?? 'PUBLISHED';
    const cursor = decodeCursor(after, 4);
    if (
      cursor &&
      !(
        Number.isInteger(cursor[0]) &&
        isUuid(String(cursor[1])) &&
        typeof cursor[2] === 'string' &&
        isUuid(String(cursor[3]))
      )
    ) {
      throw LibraryErrors.badCursor();
    }
    const matching = () => {
      const qb = this.dataSource
        .createQueryBuilder()
        .from(ContentItemEntity, 'c')
        .innerJoin(FaqEntity, 'f', 'f.content_item_id = c.id')
        .innerJoin(FaqCategoryEntity, 'g', 'g.id = f.category_id')
        .where(`c.kind = 'FAQ'`)
        .andWhere('c.status = :status', { status });
      this.workflow.restrictToVisible(qb, ctx.actor, 'c');
      if (filter.categoryId) qb.andWhere('f.category_id = :categoryId', { categoryId: filter.categoryId });
      return qb;
    };
    const totalCount = await matching().getCount();
    const qb = matching()
      .select([
        'c.id as id',
        'c.status as status',
        'c.audience as audience',
        'c.title as title',
        'c.slug as slug',
        'c.body as body',
        'c.author_id as author_id',
        'c.publish_at as publish_at',
        'c.published_at as published_at',
        'c.updated_at as updated_at',
        'g.id as category_id',
        'g.name as category_name',
        'g.position as category_position',
      ])
      .orderBy('g.position', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .addOrderBy('c.title', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1);
    if (cursor) {
      qb.andWhere('(g.position, g.id, c.title, c.id) > (:position, :categoryId::uuid, :title, :id::uuid)', {
        position: cursor[0],
        categoryId: cursor[1],
        title: cursor[2],
        id: cursor[3],
      });
    }
    const rows: FaqRow[] = await qb.getRawMany();
    return {
      items: rows.slice(0, first).map(toRecord),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (r) => encodeCursor([r.category.position, r.category.id, r.item.title, r.item.id]),
    };
  }

  /**
   * Records the viewer's answer to "Was this helpful?" for an FAQ they may read, replacing
   * an earlier one. A signed-out visitor's answer is kept against a random id in their
   * session. Throws NOT_FOUND for an FAQ they may not read or that is not published.
   */
  async vote(ctx: RequestContext, faqId: string, helpful: boolean): Promise<FaqRecord> {
    const record = await this.get(ctx, faqId);
    if (record.item.status !== 'PUBLISHED') throw LibraryErrors.itemNotFound();
    const voterKey = this.voterKey(ctx, true) as string;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(FaqVoteEntity)
      .values({ faqId: record.item.id, voterKey, helpful })
      .orUpdate(['helpful', 'updated_at'], ['faq_id', 'voter_key'])
      .execute();
    this.loaders(ctx).votes.clear(record.item.id).prime(record.item.id, helpful);
    this.loaders(ctx).counts.clear(record.item.id);
    return record;
  }

  /** The viewer's own answer for an FAQ (batched per request), or null when they have not answered. */
  viewerVote(ctx: RequestContext, faqId: string): Promise<boolean | null> {
    return this.voterKey(ctx, false) ? this.loaders(ctx).votes.load(faqId) : Promise.resolve(null);
  }

  /** How many said yes and no (batched per request); null for anyone but editors and admins. */
  async helpfulCounts(ctx: RequestContext, faqId: string): Promise<HelpfulCounts | null> {
    return isLibraryEditor(ctx.actor) ? this.loaders(ctx).counts.load(faqId) : null;
  }

  /** The published FAQs with these ids the viewer may read (for a myth's related FAQs), in one statement. */
  async visibleByIds(ctx: RequestContext, ids: string[]): Promise<FaqRecord[]> {
    if (!ids.length) return [];
    const qb = this.dataSource
      .createQueryBuilder()
      .from(ContentItemEntity, 'c')
      .innerJoin(FaqEntity, 'f', 'f.content_item_id = c.id')
      .innerJoin(FaqCategoryEntity, 'g', 'g.id = f.category_id')
      .where(`c.kind = 'FAQ' and c.id in (:...ids)`, { ids })
      .select([
        'c.id as id',
        'c.status as status',
        'c.audience as audience',
        'c.title as title',
        'c.slug as slug',
        'c.body as body',
        'c.author_id as author_id',
        'c.publish_at as publish_at',
        'c.published_at as published_at',
        'c.updated_at as updated_at',
        'g.id as category_id',
        'g.name as category_name',
        'g.position as category_position',
      ]);
    const rows: FaqRow[] = await qb.getRawMany();
    return rows.map(toRecord).filter((r) => canSee(ctx.actor, r.item));
  }

  private voterKey(ctx: RequestContext, create: boolean): string | null {
    if (ctx.actor) return `person:${ctx.actor.id}`;
    const session = ctx.req.session;
    if (!session) return null;
    if (!session.visitorId && create) session.visitorId = randomUUID();
    return session.visitorId ? `visitor:${session.visitorId}` : null;
  }

  private loaders(ctx: RequestContext): Loaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = {
        counts: new DataLoader(async (ids) => {
          const rows: { faq_id: string; yes: string; no: string }[] = await this.dataSource.query(
            `select faq_id, count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no
               from faq_vote where faq_id = any($1::uuid[]) group by faq_id`,
            [ids],
          );
          const byId = new Map(rows.map((r) => [r.faq_id, { yes: Number(r.yes), no: Number(r.no) }]));
          return ids.map((id) => byId.get(id) ?? { yes: 0, no: 0 });
        }),
        votes: new DataLoader(async (ids) => {
          const rows: { faq_id: string; helpful: boolean }[] = await this.dataSource.query(
            `select faq_id, helpful from faq_vote where faq_id = any($1::uuid[]) and voter_key = $2`,
            [ids, this.voterKey(ctx, false)],
          );
          const byId = new Map(rows.map((r) => [r.faq_id, r.helpful]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
      };
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  private shared(details: FaqDetails) {
    return { title: details.question, body: details.answerHtml, audience: details.audience };
  }

  private async category(id: string): Promise<FaqCategoryEntity> {
    const row = isUuid(id) ? await this.dataSource.manager.findOneBy(FaqCategoryEntity, { id }) : null;
    if (!row) throw FaqErrors.unknownCategory();
    return row;
  }

  private async saveCategory(
    id: string | null,
    input: { name: string; description?: string | null; position?: number | null },
  ): Promise<FaqCategoryEntity> {
    const name = input.name.trim();
    if (!name) throw FaqErrors.duplicateCategory();
    const values = { name, description: (input.description ?? '').trim(), position: input.position ?? 0 };
    try {
      if (!id) return await this.dataSource.manager.save(this.dataSource.manager.create(FaqCategoryEntity, values));
      const row = await this.dataSource.manager.findOneBy(FaqCategoryEntity, { id });
      if (!row) throw FaqErrors.categoryNotFound();
      return await this.dataSource.manager.save(Object.assign(row, values));
    } catch (error) {
      if (isUniqueViolation(error, 'faq_category_name_key')) throw FaqErrors.duplicateCategory();
      throw error;
    }
  }
}

const toRecord = (r: FaqRow): FaqRecord => ({
  item: Object.assign(new ContentItemEntity(), {
    id: r.id,
    kind: 'FAQ' as const,
    status: r.status,
    audience: r.audience,
    title: r.title,
    slug: r.slug,
    body: r.body,
    authorId: r.author_id,
    publishAt: r.publish_at ? new Date(r.publish_at) : null,
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    updatedAt: new Date(r.updated_at),
  }),
  category: { id: r.category_id, name: r.category_name, position: Number(r.category_position) },
});
