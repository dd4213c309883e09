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
 * the heap scan and the ranking early; `countsCapped` says when it did), then merged by
 * document, keeping its better score. With kinds ($8, the `filtered` statement), the same
 * lookup is made again for those kinds alone (`wanted`), so the cap never hides them behind
 * other kinds' matches. Then counted by kind (for the filters: other kinds from `found`, the
 * kinds asked for from `wanted`) and ranked for the page (`found`, or `wanted` when
 * filtered), keyset after ($5 rank, $6 id), $7 rows, whose snippets alone are made. A
 * discussion post's or comment's home (the lesson, or the item and its kind) is read for the
 * page's rows only. Without kinds the statement has no `wanted` at all: half the planning.
 *
 * Rank: full-text rank (title words weigh most, then summary, tags and translations, then
 * body); a title matched by trigrams adds its similarity, so a title match comes before a
 * body match and a misspelt title still ranks. The similarity is worked out for the title
 * matches alone, as it is the dearest part of the ranking. Always one row: the counts, with a
 * page row's columns or nulls.
 */
/** What the viewer may read of a document `d` (see the comment above). */
const READABLE = `d.status = 'PUBLISHED'
     AND CASE WHEN d.category_id IS NOT NULL THEN d.category_id = ANY($2::uuid[])
              WHEN d.kind IN ('MODULE', 'LESSON', 'LESSON_POST') THEN d.audience = ANY($3::text[])
              ELSE d.audience = ANY($4::text[]) END`;

const RANK = `ts_rank(d.document, websearch_to_tsquery('simple_unaccent', $1))`;
const SIMILARITY = `word_similarity(search_fold($1), d.title_match)`;

const CAP = SEARCH_LIMITS.candidatesMax;

/**
 * The matches, at most CAP + 1 each way, as the CTEs `<name>_words` and `<name>_title` (the
 * latter with `typos` only) and their merge `<name>`, one row a document. `only` narrows them
 * to the kinds asked for ($8) inside the index lookup, so a filter by kind finds that kind's
 * matches however many of other kinds come first.
 */
const lookup = (name: string, typos: boolean, only: boolean) => {
  const kinds = only ? ` AND d.kind = ANY($8::text[])` : '';
  const way = (suffix: string, match: string, score: string) => `
${name}_${suffix}_all AS MATERIALIZED (
  SELECT d.source_id, d.kind, (${score})::real AS score FROM search_document d
   WHERE ${match}${kinds} AND ${READABLE}
),
${name}_${suffix} AS MATERIALIZED (SELECT * FROM ${name}_${suffix}_all LIMIT ${CAP + 1}),`;
  const words = way('words', `d.document @@ websearch_to_tsquery('simple_unaccent', $1)`, RANK);
  if (!typos) return `${words}\n${name} AS MATERIALIZED (SELECT * FROM ${name}_words),`;
  return `${words}${way('title', `search_fold($1) <% d.title_match`, `${RANK} + ${SIMILARITY}`)}
${name} AS MATERIALIZED (
  SELECT source_id, kind, max(score) AS score
    FROM (SELECT * FROM ${name}_words UNION ALL SELECT * FROM ${name}_title) m GROUP BY source_id, kind
),`;
};

const capped = (name: string, typos: boolean) =>
  `(SELECT count(*) FROM ${name}_words) > ${CAP}${typos ? ` OR (SELECT count(*) FROM ${name}_title) > ${CAP}` : ''}`;

const KEYSET = `($5::real IS NULL OR score < $5::real OR (score = $5::real AND source_id > $6::uuid))`;

/** The counts by kind and the page's matches, without kinds ($8) or with them. */
const rankAndCount = (typos: boolean, filtered: boolean) =>
  filtered
    ? `
counts AS (
  SELECT coalesce(json_agg(json_build_object('kind', c.kind, 'count', c.n)), '[]') AS "kindCounts",
         ${capped('found', typos)} OR ${capped('wanted', typos)} AS "countsCapped"
    FROM (SELECT kind, count(*)::int AS n FROM found WHERE NOT kind = ANY($8::text[]) GROUP BY kind
          UNION ALL
          SELECT kind, count(*)::int AS n FROM wanted GROUP BY kind) c
),
page AS (SELECT * FROM wanted WHERE ${KEYSET} ORDER BY score DESC, source_id LIMIT $7)`
    : `
counts AS (
  SELECT coalesce(json_agg(json_build_object('kind', c.kind, 'count', c.n)), '[]') AS "kindCounts",
         ${capped('found', typos)} AS "countsCapped"
    FROM (SELECT kind, count(*)::int AS n FROM found GROUP BY kind) c
),
page AS (SELECT * FROM found WHERE ${KEYSET} ORDER BY score DESC, source_id LIMIT $7)`;

const searchSql = (typos: boolean, filtered: boolean) => `
WITH${lookup('found', typos, false)}${filtered ? lookup('wanted', typos, true) : ''}${rankAndCount(typos, filtered)}
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

const STATEMENTS = {
  typos: searchSql(true, false),
  exact: searchSql(false, false),
  typosFiltered: searchSql(true, true),
  exactFiltered: searchSql(false, true),
};

/** Whether the words make trigrams (three letters or digits together, accents aside). */
const TRIGRAM = new RegExp(`[\\p{L}\\p{N}]{${SEARCH_LIMITS.trigramMin}}`, 'u');

/**
 * The search statement and its parameters: with the typo-tolerant title match unless the
 * words make no trigrams, and with the kinds lookup only when kinds are asked for. Exported
 * for the benchmark's bare baseline, which runs the very same SQL.
 */
export function searchStatement(input: {
  words: string;
  categoryIds: string[];
  learningAudiences: string[];
  libraryAudiences: string[];
  kinds: string[] | null;
  after: { score: string; id: string } | null;
  rows: number;
}): { sql: string; parameters: unknown[] } {
  const { words, kinds, after } = input;
  const typos = TRIGRAM.test(words);
  const parameters = [
    words,
    input.categoryIds,
    input.learningAudiences,
    input.libraryAudiences,
    after?.score ?? null,
    after?.id ?? null,
    input.rows,
  ];
  if (!kinds) return { sql: typos ? STATEMENTS.typos : STATEMENTS.exact, parameters };
  return { sql: typos ? STATEMENTS.typosFiltered : STATEMENTS.exactFiltered, parameters: [...parameters, kinds] };
}
