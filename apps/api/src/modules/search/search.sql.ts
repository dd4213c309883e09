import { SEARCH_LIMITS } from './search.constants';
import { HEADLINE_OPTIONS } from './snippet';

/**
 * One statement per search: the rows of search_document the viewer may read ($2 forum
 * categories, $3 learning audiences, $4 library audiences: see SearchService.readable) that
 * match the words ($1) by full text or, with `typos`, by trigram similarity of the title
 * (`<%`: word_similarity ≥ 0.6, so "interpeter" finds "Interpreter"; `search_fold` is the
 * immutable lower-case-and-unaccent, folded to a constant when planned so the trigram index
 * is used). They are found once, each way of matching by its own GIN index and at most
 * SEARCH_LIMITS.candidatesMax of each (the CTEs `words` and `title` are planned for all their
 * rows, so as bitmap index scans, and read lazily, so the LIMIT stops the heap scan and the
 * ranking early; `countsCapped` says when it did), the two joined by UNION, which drops a
 * document matched both ways; then counted by kind (for the filters, whatever $5 kinds asks)
 * and ranked for the page of $5 kinds (null for all), keyset after ($6 rank, $7 id), $8 rows,
 * whose snippets alone are made.
 *
 * Rank: full-text rank (title words weigh most, then summary, tags and translations, then
 * body) plus the title's trigram similarity, so a title match comes before a body match and a
 * misspelt title still ranks. Always one row: the counts, with a page row's columns or nulls.
 */
/** What the viewer may read of a document `d` (see the comment above). */
const READABLE = `d.status = 'PUBLISHED'
     AND CASE WHEN d.category_id IS NOT NULL THEN d.category_id = ANY($2::uuid[])
              WHEN d.kind IN ('MODULE', 'LESSON') THEN d.audience = ANY($3::text[])
              ELSE d.audience = ANY($4::text[]) END`;

const score = (typos: boolean) =>
  `(ts_rank(d.document, websearch_to_tsquery('simple_unaccent', $1))${typos ? ' + word_similarity(search_fold($1), d.title_match)' : ''})::real`;

const CAP = SEARCH_LIMITS.candidatesMax;

const searchSql = (typos: boolean) => `
WITH words AS MATERIALIZED (
  SELECT d.source_id, d.kind, ${score(typos)} AS score FROM search_document d
   WHERE d.document @@ websearch_to_tsquery('simple_unaccent', $1) AND ${READABLE}
),
by_words AS MATERIALIZED (SELECT * FROM words LIMIT ${CAP + 1}),${
  typos
    ? `
title AS MATERIALIZED (
  SELECT d.source_id, d.kind, ${score(typos)} AS score FROM search_document d
   WHERE search_fold($1) <% d.title_match AND ${READABLE}
),
by_title AS MATERIALIZED (SELECT * FROM title LIMIT ${CAP + 1}),`
    : ''
}
found AS MATERIALIZED (SELECT * FROM by_words${typos ? ' UNION SELECT * FROM by_title' : ''}),
counts AS (
  SELECT coalesce(json_agg(json_build_object('kind', c.kind, 'count', c.n)), '[]') AS "kindCounts",
         (SELECT count(*) FROM by_words) > ${CAP}${typos ? ` OR (SELECT count(*) FROM by_title) > ${CAP}` : ''} AS "countsCapped"
    FROM (SELECT kind, count(*)::int AS n FROM found GROUP BY kind) c
),
page AS (
  SELECT * FROM found
   WHERE ($5::text[] IS NULL OR found.kind = ANY($5::text[]))
     AND ($6::real IS NULL OR found.score < $6::real OR (found.score = $6::real AND found.source_id > $7::uuid))
   ORDER BY found.score DESC, found.source_id LIMIT $8
)
SELECT counts."kindCounts", counts."countsCapped", b.source_id AS id, b.kind, b.title, b.slug, b.thread_id AS "threadId",
       b.post_seq AS "postSeq", b.published_at AS "publishedAt", p.score::text AS score,
       ts_headline('simple_unaccent', b.body_text, websearch_to_tsquery('simple_unaccent', $1), '${HEADLINE_OPTIONS}') AS headline
  FROM counts
  LEFT JOIN (page p JOIN search_document b ON b.source_id = p.source_id) ON true
 ORDER BY p.score DESC, p.source_id`;

/**
 * The search statement, with and without the typo-tolerant title match (left out when the
 * words make no trigrams). Exported for the benchmark's bare baseline, which runs the very
 * same SQL.
 */
export const SEARCH_SQL = { typos: searchSql(true), exact: searchSql(false) };
