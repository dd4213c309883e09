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
import { HEADLINE_OPTIONS, snippetPieces } from './snippet';

/** One result as the page statement returns it. */
export interface SearchHit {
  id: string;
  kind: SearchKindName;
  title: string;
  slug: string | null;
  threadId: string | null;
  postSeq: number | null;
  publishedAt: Date | null;
  /** The rank as PostgreSQL's real prints it, so the cursor compares exactly. */
  score: string;
  snippet: string[];
}

export interface SearchPage extends Page<SearchHit> {
  kindCounts: { kind: SearchKindName; count: number }[];
}

/**
 * The rows of search_document the viewer may read ($2 categories, $3 learning audiences,
 * $4 library audiences: see `readable`) that match the words ($1) by full text, or, with
 * `typos`, by trigram similarity to the title (`<%`: word_similarity ≥ 0.6, so "interpeter"
 * finds "Interpreter"); $5 kinds or null for all.
 */
const matching = (typos: boolean) => `
  FROM search_document d
 WHERE (d.document @@ websearch_to_tsquery('simple_unaccent', $1)
        ${typos ? `OR (SELECT lower(unaccent($1))) <% d.title_match` : ''})
   AND d.status = 'PUBLISHED'
   AND CASE WHEN d.category_id IS NOT NULL THEN d.category_id = ANY($2::uuid[])
            WHEN d.kind IN ('MODULE', 'LESSON') THEN d.audience = ANY($3::text[])
            ELSE d.audience = ANY($4::text[]) END
   AND ($5::text[] IS NULL OR d.kind = ANY($5::text[]))`;

/**
 * Rank: full-text rank (title words weigh most, then summary, tags and translations, then
 * body) plus the title's trigram similarity, so a title match comes before a body match
 * and a misspelt title still ranks. Keyset after ($6 rank, $7 id); $8 rows.
 */
const pageSql = (typos: boolean) => `
WITH hits AS (
  SELECT d.source_id, (ts_rank(d.document, websearch_to_tsquery('simple_unaccent', $1))
         ${typos ? `+ word_similarity((SELECT lower(unaccent($1))), d.title_match)` : ''})::real AS score
  ${matching(typos)}
)
SELECT b.source_id AS id, b.kind, b.title, b.slug, b.thread_id AS "threadId", b.post_seq AS "postSeq",
       b.published_at AS "publishedAt", h.score::text AS score,
       ts_headline('simple_unaccent', b.body_text, websearch_to_tsquery('simple_unaccent', $1), '${HEADLINE_OPTIONS}') AS headline
  FROM (SELECT * FROM hits
         WHERE $6::real IS NULL OR hits.score < $6::real OR (hits.score = $6::real AND hits.source_id > $7::uuid)
         ORDER BY hits.score DESC, hits.source_id LIMIT $8) h
  JOIN search_document b ON b.source_id = h.source_id
 ORDER BY h.score DESC, h.source_id`;

const countSql = (typos: boolean) => `SELECT d.kind, count(*)::int AS count ${matching(typos)} GROUP BY d.kind`;

const STATEMENTS = {
  page: { typos: pageSql(true), exact: pageSql(false) },
  count: { typos: countSql(true), exact: countSql(false) },
};

/** The audiences a viewer may read, as a policy decides for a published item of each audience. */
const audiencesFor = (see: (audience: ContentAudienceName) => boolean): ContentAudienceName[] =>
  CONTENT_AUDIENCES.filter(see);

/**
 * ONE SEARCH over lessons, modules, forum threads and replies and every kind of library
 * content, from the search_document index that database triggers keep in step with every
 * change (see the AddSearch migration), so results follow publishing, edits, hiding and
 * deletion in the same transaction.
 *
 * Who finds what is decided by the features' own rules, not restated here: published items
 * only, of the audiences library.policy's `canSee` and learning.policy's `canSeeModule` let
 * the viewer read (signed-out visitors PUBLIC only), and forum threads and replies only in
 * the categories ForumCategoriesService lists for the viewer (none when signed out); a
 * hidden, held or deleted post, a thread whose opening post is held, a draft or archived
 * item, and a lesson not live in a published module are never found. Drafts stay in their
 * editors' own lists: search is for readers.
 *
 * A page is at most three statements whatever it holds: the viewer's categories (signed in
 * only), the page (snippets made for its rows only) and the counts by kind.
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
    if (!words) return { items: [], hasNextPage: false, totalCount: 0, kindCounts: [], cursorOf };
    const wanted = kinds?.length ? [...new Set(kinds)] : null;
    const params = [words, ...(await this.readable(ctx)), wanted];
    const typos = this.trigramsIn(words) ? 'typos' : 'exact';
    const [rows, counts] = await Promise.all([
      this.dataSource.query<(Omit<SearchHit, 'snippet'> & { headline: string })[]>(STATEMENTS.page[typos], [
        ...params,
        cursor?.score ?? null,
        cursor?.id ?? null,
        first + 1,
      ]),
      this.dataSource.query<{ kind: SearchKindName; count: number }[]>(STATEMENTS.count[typos], [
        ...params.slice(0, 4),
        null,
      ]),
    ]);
    const items = rows.slice(0, first).map(({ headline, ...hit }) => ({ ...hit, snippet: snippetPieces(headline) }));
    const kindCounts = SEARCH_KINDS.flatMap((kind) => counts.filter((c) => c.kind === kind));
    const totalCount = kindCounts
      .filter((c) => !wanted || wanted.includes(c.kind))
      .reduce((sum, c) => sum + c.count, 0);
    return { items, hasNextPage: rows.length > first, totalCount, kindCounts, cursorOf };
  }

  /** What the viewer may read, as the page statement's parameters $2–$4 (see `matching`). */
  private async readable(ctx: RequestContext): Promise<[string[], ContentAudienceName[], ContentAudienceName[]]> {
    const actor: Actor | null = ctx.actor;
    const categoryIds = actor ? (await this.categories.list(ctx)).map((c) => c.id) : [];
    const learning = audiencesFor((audience) => canSeeModule(actor, { status: 'PUBLISHED', audience }));
    const library = audiencesFor((audience) =>
      canSee(actor, { kind: 'FAQ', status: 'PUBLISHED', audience, authorId: null }),
    );
    return [categoryIds, learning, library];
  }

  /** Whether the words make trigrams (three letters or digits together, accents aside). */
  private trigramsIn(words: string): boolean {
    return new RegExp(`[\\p{L}\\p{N}]{${SEARCH_LIMITS.trigramMin}}`, 'u').test(words);
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
