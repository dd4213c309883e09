import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { checkThreadTags, THREAD_TAG_PROBLEMS } from '@common-ground/shared';
import type { RequestContext } from '../../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../../common/graphql/connection';
import { isUuid } from '../../../common/ids';
import { MediaService } from '../../media/media.service';
import { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentAudienceName, ContentStatusName } from '../library.constants';
import { LibraryErrors } from '../library.errors';
import { isLibraryEditor } from '../library.policy';
import { WorkflowService } from '../workflow.service';
import { BlogPostEntity } from './blog-post.entity';

/** A blog post as the service hands it on: its content item and its own row. */
export interface BlogPostRecord {
  item: ContentItemEntity;
  blog: BlogPostEntity;
}

export interface BlogPostDetails {
  title: string;
  summary?: string | null;
  bodyHtml: string;
  audience?: ContentAudienceName | null;
  tags?: string[] | null;
  coverMediaId?: string | null;
  coverAlt?: string | null;
  featured?: boolean | null;
}

export interface BlogPostFilter {
  tag?: string | null;
  /** PUBLISHED unless `mine` is set (then every status of one's own). */
  status?: ContentStatusName | null;
  mine?: boolean | null;
  featured?: boolean | null;
}

/** A timestamp in a cursor, as this service writes it (UTC, microseconds). */
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

interface BlogRow {
  id: string;
  kind: 'BLOG_POST';
  status: ContentStatusName;
  audience: ContentAudienceName;
  title: string;
  slug: string;
  summary: string;
  body: string;
  word_count: number;
  author_id: string | null;
  publish_at: Date | null;
  published_at: Date | null;
  updated_by_id: string | null;
  created_at: Date;
  updated_at: Date;
  cover_media_id: string | null;
  cover_alt: string | null;
  tags: string[];
  featured: boolean;
  sort_key: string;
}

/**
 * Blog posts: any member of staff writes one and sends it for review; editors publish,
 * schedule, feature and archive. The workflow and who sees what are WorkflowService's; this
 * service adds the blog's own fields (cover with alt text, tags, featured) and its lists.
 */
@Injectable()
export class BlogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflow: WorkflowService,
    private readonly media: MediaService,
  ) {}

  /** Starts a draft post by the signed-in person. Throws FORBIDDEN, BAD_USER_INPUT. */
  async create(ctx: RequestContext, details: BlogPostDetails): Promise<BlogPostRecord> {
    const own = await this.checkOwnFields(ctx, details);
    let blog: BlogPostEntity | null = null;
    const item = await this.workflow.create(ctx, 'BLOG_POST', this.shared(details), async (m, saved) => {
      blog = await m.save(
        m.create(BlogPostEntity, { contentItemId: saved.id, ...own, featured: own.featured ?? false }),
      );
    });
    return { item, blog: blog as unknown as BlogPostEntity };
  }

  /** Changes a post (see WorkflowService.update for who may). Throws NOT_FOUND, FORBIDDEN, BAD_USER_INPUT. */
  async update(ctx: RequestContext, id: string, details: BlogPostDetails): Promise<BlogPostRecord> {
    const own = await this.checkOwnFields(ctx, details);
    let blog: BlogPostEntity | null = null;
    const item = await this.workflow.update(ctx, id, 'BLOG_POST', this.shared(details), async (m, saved) => {
      blog = await this.saveOwn(m, saved.id, own);
    });
    return { item, blog: blog as unknown as BlogPostEntity };
  }

  /** One post by id or slug, if the viewer may see it. Throws NOT_FOUND. */
  async get(ctx: RequestContext, idOrSlug: string): Promise<BlogPostRecord> {
    const item = await this.workflow.findVisible(ctx, 'BLOG_POST', idOrSlug);
    const blog = await this.dataSource.manager.findOneByOrFail(BlogPostEntity, { contentItemId: item.id });
    return { item, blog };
  }

  /**
   * A page of the posts the viewer may see: published ones newest first by default; with a
   * status, those in it (editors see all, others only their own); with `mine`, one's own in
   * any status, latest change first. Two statements whatever the page size.
   */
  async list(
    ctx: RequestContext,
    first: number,
    after: string | null | undefined,
    filter: BlogPostFilter,
  ): Promise<Page<BlogPostRecord>> {
    const status = filter.status ?? (filter.mine ? null : 'PUBLISHED');
    const sortColumn = status === 'PUBLISHED' ? 'c.published_at' : 'c.updated_at';
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && CURSOR_TIME.test(cursor[0]) && isUuid(String(cursor[1])))) {
      throw LibraryErrors.badCursor();
    }
    const matching = () => {
      const qb = this.dataSource
        .createQueryBuilder()
        .from(ContentItemEntity, 'c')
        .innerJoin(BlogPostEntity, 'b', 'b.content_item_id = c.id')
        .where(`c.kind = 'BLOG_POST'`);
      this.workflow.restrictToVisible(qb, ctx.actor, 'c');
      if (status) qb.andWhere('c.status = :status', { status });
      if (filter.mine) qb.andWhere('c.author_id = :mine', { mine: ctx.actor?.id ?? null });
      if (filter.tag) qb.andWhere('b.tags @> array[:tag]::text[]', { tag: filter.tag.trim().toLowerCase() });
      if (filter.featured != null) qb.andWhere('b.featured = :featured', { featured: filter.featured });
      return qb;
    };
    if (filter.mine && !ctx.actor) return { items: [], hasNextPage: false, totalCount: 0, cursorOf: () => '' };
    const totalCount = await matching().getCount();
    const qb = matching()
      .select([
        'c.id as id',
        'c.kind as kind',
        'c.status as status',
        'c.audience as audience',
        'c.title as title',
        'c.slug as slug',
        'c.summary as summary',
        'c.body as body',
        'c.word_count as word_count',
        'c.author_id as author_id',
        'c.publish_at as publish_at',
        'c.published_at as published_at',
        'c.updated_by_id as updated_by_id',
        'c.created_at as created_at',
        'c.updated_at as updated_at',
        'b.cover_media_id as cover_media_id',
        'b.cover_alt as cover_alt',
        'b.tags as tags',
        'b.featured as featured',
      ])
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
    const rows: BlogRow[] = await qb.getRawMany();
    const keys = new Map(rows.map((r) => [r.id, encodeCursor([r.sort_key, r.id])]));
    return {
      items: rows.slice(0, first).map(toRecord),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (r) => keys.get(r.item.id) ?? '',
    };
  }

  private shared(details: BlogPostDetails) {
    return { title: details.title, summary: details.summary, body: details.bodyHtml, audience: details.audience };
  }

  /** Checks the blog's own fields: tags by the shared rule, a cover picture with alt text, featuring by editors. */
  private async checkOwnFields(
    ctx: RequestContext,
    details: BlogPostDetails,
  ): Promise<Pick<BlogPostEntity, 'tags' | 'coverMediaId' | 'coverAlt'> & { featured: boolean | null }> {
    const checked = checkThreadTags(details.tags ?? []);
    if ('problem' in checked) throw LibraryErrors.badTags(THREAD_TAG_PROBLEMS[checked.problem]);
    const editor = isLibraryEditor(ctx.actor);
    if (details.featured && !editor) throw LibraryErrors.featuredByEditorsOnly();
    const coverMediaId = details.coverMediaId || null;
    const coverAlt = details.coverAlt?.trim() || null;
    if (coverMediaId) {
      if (!coverAlt) throw LibraryErrors.coverAltMissing();
      const media = isUuid(coverMediaId) ? await this.media.get(coverMediaId).catch(() => null) : null;
      if (!media || media.kind !== 'IMAGE') throw LibraryErrors.coverNotImage();
    }
    return {
      tags: checked.tags,
      coverMediaId,
      coverAlt: coverMediaId ? coverAlt : null,
      featured: editor ? (details.featured ?? null) : null,
    };
  }

  private async saveOwn(
    m: EntityManager,
    contentItemId: string,
    own: Pick<BlogPostEntity, 'tags' | 'coverMediaId' | 'coverAlt'> & { featured: boolean | null },
  ): Promise<BlogPostEntity> {
    const row = await m.findOneByOrFail(BlogPostEntity, { contentItemId });
    row.tags = own.tags;
    row.coverMediaId = own.coverMediaId;
    row.coverAlt = own.coverAlt;
    if (own.featured !== null) row.featured = own.featured;
    return m.save(row);
  }
}

const toRecord = (r: BlogRow): BlogPostRecord => {
  const item = Object.assign(new ContentItemEntity(), {
    id: r.id,
    kind: r.kind,
    status: r.status,
    audience: r.audience,
    title: r.title,
    slug: r.slug,
    summary: r.summary,
    body: r.body,
    wordCount: Number(r.word_count),
    authorId: r.author_id,
    publishAt: r.publish_at ? new Date(r.publish_at) : null,
    publishedAt: r.published_at ? new Date(r.published_at) : null,
    updatedById: r.updated_by_id,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });
  const blog = Object.assign(new BlogPostEntity(), {
    contentItemId: r.id,
    coverMediaId: r.cover_media_id,
    coverAlt: r.cover_alt,
    tags: r.tags,
    featured: r.featured,
  });
  return { item, blog };
};
