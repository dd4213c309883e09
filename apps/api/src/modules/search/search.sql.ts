import { SEARCH_LIMITS } from './search.constants';
import { HEADLINE_OPTIONS } from './snippet';

/**
 * One statement per search: the rows of search_document the viewer may read ($2 forum
 * categories, $3 learning audiences, $4 library audiences: see SearchService.readable) that
 * match the words ($1) by full text or, with `typos`, by trigram similarity of the title
 * (`<%`: word_similarity ≥ 0.6, so "interpeter" finds "Interpreter"; `search_fold` is the
 * immutable lower-case-and-unaccent, folded to a constant when planned so the trigram index
 * is used). They are found once, each way of matching by its own GIN index and at most
 * SEARCH_LIMITS.candidatesMax of each (the CTEs `found_words_all` and `found_title_all` are
 * planned for all their rows, so as bitmap index scans, and read lazily, so the LIMIT stops
 * the heap scan and the ranking early; `countsCapped` says when it did), the two joined by
 * UNION, which drops a document matched both ways. With $5 kinds, the same lookup is made
 * again for those kinds alone (`wanted`), so the cap never hides them behind other kinds'
 * matches. Then counted by kind (for the filters, whatever $5 asks: other kinds from `found`,
 * the kinds asked for from `wanted`) and ranked for the page (`found`, or `wanted` with $5),
 * keyset after ($6 rank, $7 id), $8 rows, whose snippets alone are made. A discussion post's
 * or comment's home (the lesson, or the item and its kind) is read for the page's rows only.
 *
 * Rank: full-text rank (title words weigh most, then summary, tags and translations, then
 * body) plus the title's trigram similarity, so a title match comes before a body match and a
 * misspelt title still ranks. Always one row: the counts, with a page row's columns or nulls.
 */
/** What the viewer may read of a document `d` (see the comment above). */
const READABLE = `d.status = 'PUBLISHED'
     AND CASE WHEN d.category_id IS NOT NULL THEN d.category_id = ANY($2::uuid[])
              WHEN d.kind IN ('MODULE', 'LESSON', 'LESSON_POST') THEN d.audience = ANY($3::text[])
              ELSE d.audience = ANY($4::text[]) END`;

const score = (typos: boolean) =>
  `(ts_rank(d.document, websearch_to_tsquery('simple_unaccent', $1))${typos ? ' + word_similarity(search_fold($1), d.title_match)' : ''})::real`;

const CAP = SEARCH_LIMITS.candidatesMax;

/**
 * The matches, at most CAP + 1 each way, as the CTEs `<name>_words` and `<name>_title` (the
 * latter with `typos` only) and their union `<name>`. `only` narrows them to the kinds asked
 * for ($5) inside the index lookup, so a filter by kind finds that kind's matches however
 * many of other kinds come first; with $5 null it is planned away (`$5 IS NOT NULL` is false
 * once the parameters are known) and costs nothing.
 */
const lookup = (name: string, typos: boolean, only: boolean) => {
  const kinds = only ? ` AND $5::text[] IS NOT NULL AND d.kind = ANY($5::text[])` : '';
  const way = (suffix: string, match: string) => `
${name}_${suffix}_all AS MATERIALIZED (
  SELECT d.source_id, d.kind, ${score(typos)} AS score FROM search_document d
   WHERE ${match}${kinds} AND ${READABLE}
),
${name}_${suffix} AS MATERIALIZED (SELECT * FROM ${name}_${suffix}_all LIMIT ${CAP + 1}),`;
  return `${way('words', `d.document @@ websearch_to_tsquery('simple_unaccent', $1)`)}${
    typos ? way('title', `search_fold($1) <% d.title_match`) : ''
  }
${name} AS MATERIALIZED (SELECT * FROM ${name}_words${typos ? ` UNION SELECT * FROM ${name}_title` : ''}),`;
};

const capped = (name: string, typos: boolean) =>
  `(SELECT count(*) FROM ${name}_words) > ${CAP}${typos ? ` OR (SELECT count(*) FROM ${name}_title) > ${CAP}` : ''}`;

const KEYSET = `($6::real IS NULL OR score < $6::real OR (score = $6::real AND source_id > $7::uuid))`;

const searchSql = (typos: boolean) => `
WITH${lookup('found', typos, false)}${lookup('wanted', typos, true)}
counts AS (
  SELECT coalesce(json_agg(json_build_object('kind', c.kind, 'count', c.n)), '[]') AS "kindCounts",
         ${capped('found', typos)} OR ${capped('wanted', typos)} AS "countsCapped"
    FROM (SELECT kind, count(*)::int AS n FROM found
           WHERE $5::text[] IS NULL OR NOT kind = ANY($5::text[]) GROUP BY kind
          UNION ALL
          SELECT kind, count(*)::int AS n FROM wanted GROUP BY kind) c
),
page AS (
  (SELECT * FROM found WHERE $5::text[] IS NULL AND ${KEYSET}
   UNION ALL
   SELECT * FROM wanted WHERE ${KEYSET})
   ORDER BY score DESC, source_id LIMIT $8
)
SELECT counts."kindCounts", counts."countsCapped", b.source_id AS id, b.kind, b.title, b.slug, b.thread_id AS "threadId",
       b.post_seq AS "postSeq", b.published_at AS "publishedAt", p.score::text AS score,
       coalesce(t.lesson_id, t.content_item_id) AS "homeId",
       CASE WHEN t.lesson_id IS NOT NULL THEN 'LESSON' ELSE h.kind END AS "homeKind",
       ts_headline('simple_unaccent', b.body_text, websearch_to_tsquery('simple_unaccent', $1), '${HEADLINE_OPTIONS}') AS headline
  FROM counts
  LEFT JOIN (page p JOIN search_document b ON b.source_id = p.source_id
             LEFT JOIN discussion_thread t ON t.id = b.thread_id AND b.kind IN ('LESSON_POST', 'COMMENT')
             LEFT JOIN content_item h ON h.id = t.content_item_id) ON true
 ORDER BY p.score DESC, p.source_id`;

/**
 * The search statement, with and without the typo-tolerant title match (left out when the
 * words make no trigrams). Exported for the benchmark's bare baseline, which runs the very
 * same SQL.
 */
export const SEARCH_SQL = { typos: searchSql(true), exact: searchSql(false) };
