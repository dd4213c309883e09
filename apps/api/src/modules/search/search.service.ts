import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { ForumCategoriesService } from '../discussion/forum-categories.service';
import { canSeeModule } from '../learning/learning.policy';
import { CONTENT_AUDIENCES, type ContentAudienceName } from '../library/library.constants';
import { canSee } from '../library/library.policy';
import { SEARCH_KINDS, SEARCH_LIMITS, type SearchKindName } from './search.constants';
import { SearchErrors } from './search.errors';
import { searchStatement } from './search.sql';
import { snippetPieces } from './snippet';

/** One result as the page statement returns it. */
export interface SearchHit {
  id: string;
  kind: SearchKindName;
  title: string;
  slug: string | null;
  threadId: string | null;
  postSeq: number | null;
  publishedAt: Date | null;
  /** For a discussion post or comment: the lesson or library item it is about, and its kind. */
  homeId: string | null;
  homeKind: SearchKindName | null;
  /** The rank as PostgreSQL's real prints it, so the cursor compares exactly. */
  score: string;
  snippet: string[];
}

/** The search statement's rows: the counts by kind on each, and a page row's columns (nulls when none). */
type SearchRow = Omit<SearchHit, 'snippet' | 'id'> & {
  id: string | null;
  headline: string | null;
  kindCounts: { kind: SearchKindName; count: number }[];
  countsCapped: boolean;
};

export interface SearchPage extends Page<SearchHit> {
  kindCounts: { kind: SearchKindName; count: number }[];
  /** The search stopped at SEARCH_LIMITS.candidatesMax matches: the counts are "at least". */
  countsCapped: boolean;
}

/** The audiences a viewer may read, as a policy decides for a published item of each audience. */
const audiencesFor = (see: (audience: ContentAudienceName) => boolean): ContentAudienceName[] =>
  CONTENT_AUDIENCES.filter(see);

/**
 * ONE SEARCH over lessons, modules, forum threads and replies, lesson discussions, comments
 * and every kind of library content, from the search_document index that database triggers keep in step with every
 * change (see the AddSearch migration), so results follow publishing, edits, hiding and
 * deletion in the same transaction.
 *
 * Who finds what is decided by the features' own rules, not restated here: published items
 * only, of the audiences library.policy's `canSee` and learning.policy's `canSeeModule` let
 * the viewer read (signed-out visitors PUBLIC only), and forum threads and replies only in
 * the categories ForumCategoriesService lists for the viewer (none when signed out); posts in
 * lesson discussions and comments on library items only for signed-in staff (their documents'
 * audience is STAFF) while the lesson or item is readable; a
 * hidden, held or deleted post, a thread whose opening post is held, a draft or archived
 * item, and a lesson not live in a published module are never found. Drafts stay in their
 * editors' own lists: search is for readers.
 *
 * A page is at most two statements whatever it holds: the viewer's categories (signed in
 * only), then the search (matches found once, counted by kind, ranked, snippets made for
 * the page's rows only). A common word stops at SEARCH_LIMITS.candidatesMax matches each
 * way (see search.sql.ts), so its cost does not grow with the corpus; the page then says
 * "200+".
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: ForumCategoriesService,
  ) {}

  /**
   * One page of results for `query`, best first. Blank words find nothing (no statement).
   * Throws BAD_USER_INPUT for words longer than SEARCH_LIMITS.queryMax or a cursor that is
   * not ours.
   */
  async search(
    ctx: RequestContext,
    query: string,
    kinds: readonly SearchKindName[] | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<SearchPage> {
    if (query.length > SEARCH_LIMITS.queryMax) throw SearchErrors.queryTooLong();
    const cursor = this.cursor(after);
    const words = query.trim();
    const cursorOf = (hit: SearchHit) => encodeCursor([hit.score, hit.id]);
    if (!words) return { items: [], hasNextPage: false, totalCount: 0, kindCounts: [], countsCapped: false, cursorOf };
    const wanted = kinds?.length ? [...new Set(kinds)] : null;
    const [categoryIds, learningAudiences, libraryAudiences] = await this.readable(ctx);
    const { sql, parameters } = searchStatement({
      words,
      categoryIds,
      learningAudiences,
      libraryAudiences,
      kinds: wanted,
      after: cursor,
      rows: first + 1,
    });
    const rows = await this.dataSource.query<SearchRow[]>(sql, parameters);
    const hits = rows.filter((row): row is SearchRow & { id: string } => row.id !== null);
    const items = hits.slice(0, first).map(({ headline, kindCounts: _, countsCapped: __, ...hit }) => ({
      ...hit,
      snippet: snippetPieces(headline ?? ''),
    }));
    const counts = rows[0]?.kindCounts ?? [];
    const kindCounts = SEARCH_KINDS.flatMap((kind) => counts.filter((c) => c.kind === kind));
    const totalCount = kindCounts
      .filter((c) => !wanted || wanted.includes(c.kind))
      .reduce((sum, c) => sum + c.count, 0);
    const countsCapped = rows[0]?.countsCapped ?? false;
    return { items, hasNextPage: hits.length > first, totalCount, kindCounts, countsCapped, cursorOf };
  }

  /** What the viewer may read, as the page statement's parameters $2–$4 (see search.sql.ts). */
  private async readable(ctx: RequestContext): Promise<[string[], ContentAudienceName[], ContentAudienceName[]]> {
    const actor: Actor | null = ctx.actor;
    const categoryIds = actor ? (await this.categories.list(ctx)).map((c) => c.id) : [];
    const learning = audiencesFor((audience) => canSeeModule(actor, { status: 'PUBLISHED', audience }));
    const library = audiencesFor((audience) =>
      canSee(actor, { kind: 'FAQ', status: 'PUBLISHED', audience, authorId: null }),
    );
    return [categoryIds, learning, library];
  }

  private cursor(after: string | null | undefined): { score: string; id: string } | null {
    const keys = decodeCursor(after, 2);
    if (!keys) return null;
    const [score, id] = keys;
    if (typeof score !== 'string' || !/^-?\d+(\.\d+)?(e-?\d+)?$/.test(score) || !isUuid(id)) {
      throw SearchErrors.badCursor();
    }
    return { score, id: String(id) };
  }
}
