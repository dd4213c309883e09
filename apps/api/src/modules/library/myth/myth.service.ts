import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { MYTH_LIMITS, type MythVerdictName } from '@common-ground/shared';
import { Clock } from '../../../common/clock';
import type { RequestContext } from '../../../common/context/request-context';
import { forbidden } from '../../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentAudienceName, ContentStatusName } from '../library.constants';
import { LibraryErrors } from '../library.errors';
import { canSee, isLibraryEditor } from '../library.policy';
import { WorkflowService } from '../workflow.service';
import { MythEvidenceEntity } from './entities/myth-evidence.entity';
import { MythLinkEntity } from './entities/myth-link.entity';
import { MythSettingEntity } from './entities/myth-setting.entity';
import { MythEntity } from './entities/myth.entity';
import { MythErrors } from './myth.errors';

/** A myth-buster as the service hands it on: its content item, its own row, and whether it is due for review. */
export interface MythRecord {
  item: ContentItemEntity;
  myth: MythEntity;
  reviewDue: boolean;
}

export interface MythEvidenceDetails {
  title: string;
  publisher: string;
  url: string;
  publishedOn?: string | null;
}

export interface MythDetails {
  claim: string;
  summary?: string | null;
  factsHtml: string;
  verdict?: MythVerdictName | null;
  evidence: MythEvidenceDetails[];
  relatedTermIds: string[];
  relatedFaqIds: string[];
  audience?: ContentAudienceName | null;
}

export interface MythFilter {
  status?: ContentStatusName | null;
  verdict?: MythVerdictName | null;
  reviewDue?: boolean | null;
  reported?: boolean | null;
}

/** A glossary term or FAQ a myth relates to, as its readers may see it. */
export interface RelatedItem {
  id: string;
  kind: 'GLOSSARY_TERM' | 'FAQ';
  slug: string;
  title: string;
}

/** A timestamp in a cursor, as this service writes it (UTC, microseconds). */
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** SQL: whether published myth `m` (item `c`) was last reviewed, or else published, longer ago than the setting allows. */
const REVIEW_DUE = `(c.status = 'PUBLISHED' and coalesce(m.reviewed_at, c.published_at) <
  :now::timestamptz - make_interval(months => coalesce((select s.review_after_months from myth_setting s where s.id = 1), ${MYTH_LIMITS.reviewMonthsDefault})))`;

interface MythRow {
  id: string;
  status: ContentStatusName;
  audience: ContentAudienceName;
  title: string;
  slug: string;
  summary: string;
  body: string;
  author_id: string | null;
  publish_at: Date | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  verdict: MythVerdictName | null;
  reviewer_id: string | null;
  reviewed_at: Date | null;
  heard_in_post_id: string | null;
  reported_by_id: string | null;
  reported_at: Date | null;
  review_due: boolean;
  sort_key: string;
}

interface Loaders {
  evidence: DataLoader<string, MythEvidenceEntity[]>;
  related: DataLoader<
    string,
    (RelatedItem & { status: ContentStatusName; audience: ContentAudienceName; authorId: string | null })[]
  >;
}

/**
 * Myth-busters: the workflow's MYTH kind (the myth as people say it = title, the facts =
 * body) with a verdict, evidence, who reviewed it and when, and links to the glossary terms
 * and FAQs it relates to. Editors see published myths flagged when their last review is
 * older than the review age setting (12 months unless changed). A myth is sent for review
 * or published only once it has a verdict (a reported rumour starts without one).
 */
@Injectable()
export class MythService implements OnModuleInit {
  private readonly perRequest = new WeakMap<Request, Loaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: WorkflowService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.workflow.requireBeforePublishing('MYTH', async (m, item) => {
      const row = await m.findOneBy(MythEntity, { contentItemId: item.id });
      if (!row?.verdict) throw MythErrors.verdictMissing();
    });
  }

  /** Starts a draft myth-buster (editors). Throws FORBIDDEN, BAD_USER_INPUT. */
  async create(ctx: RequestContext, details: MythDetails): Promise<MythRecord> {
    const evidence = checkEvidence(details.evidence);
    const item = await this.workflow.create(ctx, 'MYTH', this.shared(details), async (m, saved) => {
      await m.insert(MythEntity, { contentItemId: saved.id, verdict: details.verdict ?? null });
      await this.writeOwn(m, saved.id, evidence, details);
    });
    return this.reload(ctx, item.id);
  }

  /** Changes a myth-buster (editors); a published one changes at once. Throws NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. */
  async update(ctx: RequestContext, id: string, details: MythDetails): Promise<MythRecord> {
    const evidence = checkEvidence(details.evidence);
    await this.workflow.update(ctx, id, 'MYTH', this.shared(details), async (m, saved) => {
      await m.update(MythEntity, { contentItemId: saved.id }, { verdict: details.verdict ?? null });
      await this.writeOwn(m, saved.id, evidence, details);
    });
    return this.reload(ctx, id);
  }

  /** Records that the editor checked the facts now: they become its reviewer. Throws NOT_FOUND, FORBIDDEN. */
  async recordReview(ctx: RequestContext, id: string): Promise<MythRecord> {
    const item = await this.workflow.findVisible(ctx, 'MYTH', id);
    if (!ctx.actor || !isLibraryEditor(ctx.actor)) throw forbidden('Only editors can record a review.');
    await this.dataSource.manager.update(
      MythEntity,
      { contentItemId: item.id },
      { reviewerId: ctx.actor.id, reviewedAt: this.clock.now() },
    );
    return this.reload(ctx, item.id);
  }

  /** One myth-buster by id or address, if the viewer may see it. Throws NOT_FOUND. */
  async get(ctx: RequestContext, idOrSlug: string): Promise<MythRecord> {
    const item = await this.workflow.findVisible(ctx, 'MYTH', idOrSlug);
    return this.reload(ctx, item.id);
  }

  /**
   * A page of the myth-busters the viewer may see: published ones newest first unless an
   * editor asks for another status (then latest change first), by verdict, reported
   * rumours only, or due for review (editors only: FORBIDDEN otherwise). Two statements.
   */
  async list(
    ctx: RequestContext,
    first: number,
    after: string | null | undefined,
    filter: MythFilter,
  ): Promise<Page<MythRecord>> {
    if (filter.reviewDue != null && !isLibraryEditor(ctx.actor)) {
      throw forbidden('Only editors can see which myths are due for review.');
    }
    const status = filter.status ?? 'PUBLISHED';
    const sortColumn = status === 'PUBLISHED' ? 'c.published_at' : 'c.updated_at';
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && CURSOR_TIME.test(cursor[0]) && isUuid(String(cursor[1])))) {
      throw LibraryErrors.badCursor();
    }
    const now = this.clock.now();
    const matching = () => {
      const qb = this.base(now).andWhere('c.status = :status', { status });
      this.workflow.restrictToVisible(qb, ctx.actor, 'c');
      if (filter.verdict) qb.andWhere('m.verdict = :verdict', { verdict: filter.verdict });
      if (filter.reported != null) qb.andWhere(`m.reported_at is ${filter.reported ? 'not ' : ''}null`);
      if (filter.reviewDue != null) qb.andWhere(filter.reviewDue ? REVIEW_DUE : `not ${REVIEW_DUE}`);
      return qb;
    };
    const totalCount = await matching().getCount();
    const qb = matching()
      .addSelect(`to_char(${sortColumn} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'sort_key')
      .orderBy(sortColumn, 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(first + 1);
    if (cursor) {
      qb.andWhere(`(${sortColumn}, c.id) < (:time::timestamptz, :cursorId::uuid)`, {
        time: cursor[0],
        cursorId: cursor[1],
      });
    }
    const rows: MythRow[] = await qb.getRawMany();
    const keys = new Map(rows.map((r) => [r.id, encodeCursor([r.sort_key, r.id])]));
    return {
      items: rows.slice(0, first).map(toRecord),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (r) => keys.get(r.item.id) ?? '',
    };
  }

  /** A myth's evidence, in order (batched per request). */
  evidence(ctx: RequestContext, mythId: string): Promise<MythEvidenceEntity[]> {
    return this.loaders(ctx).evidence.load(mythId);
  }

  /** The glossary terms and FAQs a myth links to that the viewer may read, A–Z (batched per request). */
  async related(ctx: RequestContext, mythId: string): Promise<RelatedItem[]> {
    const rows = await this.loaders(ctx).related.load(mythId);
    return rows
      .filter((r) => canSee(ctx.actor, { ...r, kind: r.kind }))
      .map(({ id, kind, slug, title }) => ({ id, kind, slug, title }));
  }

  /** The review age setting in months (the default until an editor changes it). */
  async reviewAfterMonths(): Promise<number> {
    const row = await this.dataSource.manager.findOneBy(MythSettingEntity, { id: 1 });
    return row?.reviewAfterMonths ?? MYTH_LIMITS.reviewMonthsDefault;
  }

  /** Changes the review age (the resolver lets editors and admins only). */
  async setReviewAfterMonths(months: number): Promise<number> {
    await this.dataSource.manager.upsert(MythSettingEntity, { id: 1, reviewAfterMonths: months }, ['id']);
    return months;
  }

  private shared(details: MythDetails) {
    return { title: details.claim, summary: details.summary, body: details.factsHtml, audience: details.audience };
  }

  /** The joined select of myths with their review flag (`:now` bound). */
  private base(now: Date) {
    return this.dataSource
      .createQueryBuilder()
      .from(ContentItemEntity, 'c')
      .innerJoin(MythEntity, 'm', 'm.content_item_id = c.id')
      .where(`c.kind = 'MYTH'`)
      .setParameter('now', now)
      .select([
        'c.id as id',
        'c.status as status',
        'c.audience as audience',
        'c.title as title',
        'c.slug as slug',
        'c.summary as summary',
        'c.body as body',
        'c.author_id as author_id',
        'c.publish_at as publish_at',
        'c.published_at as published_at',
        'c.created_at as created_at',
        'c.updated_at as updated_at',
        'm.verdict as verdict',
        'm.reviewer_id as reviewer_id',
        'm.reviewed_at as reviewed_at',
        'm.heard_in_post_id as heard_in_post_id',
        'm.reported_by_id as reported_by_id',
        'm.reported_at as reported_at',
      ])
      .addSelect(REVIEW_DUE, 'review_due');
  }

  private async reload(ctx: RequestContext, id: string): Promise<MythRecord> {
    const row: MythRow | undefined = await this.base(this.clock.now()).andWhere('c.id = :id', { id }).getRawOne();
    if (!row) throw LibraryErrors.itemNotFound();
    this.perRequest.get(ctx.req)?.evidence.clear(id);
    this.perRequest.get(ctx.req)?.related.clear(id);
    return toRecord(row);
  }

  /** Replaces a myth's evidence and links (inside the workflow's transaction), checking each link's kind. */
  private async writeOwn(
    m: EntityManager,
    mythId: string,
    evidence: MythEvidenceDetails[],
    details: MythDetails,
  ): Promise<void> {
    const termIds = [...new Set(details.relatedTermIds)];
    const faqIds = [...new Set(details.relatedFaqIds)];
    const ids = [...termIds, ...faqIds];
    const found: { id: string; kind: string }[] = ids.length
      ? await m.query(`select id, kind from content_item where id = any($1::uuid[])`, [ids])
      : [];
    const kindOf = new Map(found.map((r) => [r.id, r.kind]));
    if (termIds.some((id) => kindOf.get(id) !== 'GLOSSARY_TERM')) throw MythErrors.unknownTerm();
    if (faqIds.some((id) => kindOf.get(id) !== 'FAQ')) throw MythErrors.unknownFaq();
    await m.delete(MythEvidenceEntity, { mythId });
    if (evidence.length) {
      await m.insert(
        MythEvidenceEntity,
        evidence.map((e, position) => ({ mythId, position, ...e, publishedOn: e.publishedOn || null })),
      );
    }
    await m.delete(MythLinkEntity, { mythId });
    if (ids.length)
      await m.insert(
        MythLinkEntity,
        ids.map((relatedId) => ({ mythId, relatedId })),
      );
  }

  private loaders(ctx: RequestContext): Loaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = {
        evidence: new DataLoader(async (ids) => {
          const rows = await this.dataSource.manager
            .createQueryBuilder(MythEvidenceEntity, 'e')
            .where('e.myth_id = any(:ids::uuid[])', { ids })
            .orderBy('e.position', 'ASC')
            .getMany();
          return ids.map((id) => rows.filter((r) => r.mythId === id));
        }),
        related: new DataLoader(async (ids) => {
          const rows: {
            myth_id: string;
            id: string;
            kind: 'GLOSSARY_TERM' | 'FAQ';
            slug: string;
            title: string;
            status: ContentStatusName;
            audience: ContentAudienceName;
            author_id: string | null;
          }[] = await this.dataSource.query(
            `select l.myth_id, c.id, c.kind, coalesce(g.slug, c.slug) as slug, c.title, c.status, c.audience, c.author_id
               from myth_link l join content_item c on c.id = l.related_id
               left join glossary_term g on g.id = c.id
              where l.myth_id = any($1::uuid[]) order by lower(c.title), c.id`,
            [ids],
          );
          return ids.map((id) =>
            rows
              .filter((r) => r.myth_id === id)
              .map((r) => ({
                id: r.id,
                kind: r.kind,
                slug: r.slug,
                title: r.title,
                status: r.status,
                audience: r.audience,
                authorId: r.author_id,
              })),
          );
        }),
      };
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }
}

/** Checks each source's address really is http(s) and its date a real one. Throws BAD_USER_INPUT naming the source. */
function checkEvidence(evidence: MythEvidenceDetails[]): MythEvidenceDetails[] {
  return evidence.map((e, i) => {
    let protocol = '';
    try {
      protocol = new URL(e.url).protocol;
    } catch {
      throw MythErrors.badLink(i);
    }
    if (protocol !== 'http:' && protocol !== 'https:') throw MythErrors.badLink(i);
    if (e.publishedOn) {
      const date = new Date(`${e.publishedOn}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== e.publishedOn)
        throw MythErrors.badDate(i);
    }
    return { title: e.title.trim(), publisher: e.publisher.trim(), url: e.url.trim(), publishedOn: e.publishedOn };
  });
}

const toRecord = (r: MythRow): MythRecord => ({
  item: Object.assign(new ContentItemEntity(), {
    id: r.id,
    kind: 'MYTH' as const,
    status: r.status,
    audience: r.audience,
    title: r.title,
    slug: r.slug,
    summary: r.summary,
    body: r.body,
    authorId: r.author_id,
    publishAt: r.publish_at ? new Date(r.publish_at) : null,
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  }),
  myth: Object.assign(new MythEntity(), {
    contentItemId: r.id,
    verdict: r.verdict,
    reviewerId: r.reviewer_id,
    reviewedAt: r.reviewed_at ? new Date(r.reviewed_at) : null,
    heardInPostId: r.heard_in_post_id,
    reportedById: r.reported_by_id,
    reportedAt: r.reported_at ? new Date(r.reported_at) : null,
  }),
  reviewDue: r.review_due === true,
});
