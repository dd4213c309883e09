/**
 * The baseline for the search benchmark: a bare GraphQL server (graphql-http on node:http)
 * answering the results page's search query from the same database with no framework. It
 * does what a hand-written server must: checks the session cookie's signature, reads the
 * session with its person (one statement), the forum categories that person may read (one
 * statement), then runs the API's own search statement (imported from the built
 * API, so the SQL is the very same) and cuts the snippets as the API does.
 *   SESSION_SECRET=<the API's secret> node bench/bare-search-server.mjs <databaseUrl> <port>
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { pool, serveGraphql } from './bare-lib.mjs';

const require = createRequire(import.meta.url);
const apiDist = join(import.meta.dirname, '..', 'apps/api/dist/modules/search');
const { searchStatement } = require(join(apiDist, 'search.sql.js'));
const { snippetPieces } = require(join(apiDist, 'snippet.js'));
const { SEARCH_KINDS } = require(join(apiDist, 'search.constants.js'));

/** The categories a person may read: all for admins, else open ones and those naming their role, organisation or sector. */
const CATEGORIES_SQL = `
  select c.id from forum_category c
   where 'ADMIN' = any($1::text[])
      or cardinality(c.allowed_roles) + cardinality(c.allowed_sectors) + cardinality(c.allowed_organisation_ids) = 0
      or c.allowed_roles && $1::text[]
      or $2::uuid = any(c.allowed_organisation_ids)
      or (select o.sector from organisation o where o.id = $2::uuid) = any(c.allowed_sectors)
   order by c.position, c.id`;

const schema = buildSchema(`
  type Query { search(query: String!, kinds: [SearchKind!], first: Int, after: String): SearchResultConnection! }
  enum SearchKind { ${SEARCH_KINDS.join(' ')} }
  type SearchResultConnection { totalCount: Int! kindCounts: [SearchKindCount!]! countsCapped: Boolean! pageInfo: PageInfo! edges: [SearchResultEdge!]! }
  type SearchKindCount { kind: SearchKind! count: Int! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type SearchResultEdge { cursor: String! node: SearchResult! }
  type SearchResult { id: ID! kind: SearchKind! title: String! snippet: [String!]! slug: String threadId: ID
    postSeq: Int publishedAt: String homeId: ID homeKind: SearchKind }
`);

const cursorOf = (row) => Buffer.from(JSON.stringify([row.score, row.id])).toString('base64url');

async function search({ query, kinds, first = 20, after }, person) {
  const words = query.trim();
  const cursor = after ? JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) : null;
  const categories = person ? (await pool.query(CATEGORIES_SQL, [person.roles, person.organisation_id])).rows : [];
  const audiences = person ? ['PUBLIC', 'STAFF'] : ['PUBLIC'];
  const wanted = kinds?.length ? [...new Set(kinds)] : null;
  const { sql, parameters } = searchStatement({
    words,
    categoryIds: categories.map((c) => c.id),
    learningAudiences: audiences,
    libraryAudiences: audiences,
    kinds: wanted,
    after: cursor ? { score: cursor[0], id: cursor[1] } : null,
    rows: first + 1,
  });
  const { rows: all } = await pool.query(sql, parameters);
  const found = all.filter((row) => row.id !== null);
  const rows = found.slice(0, first);
  const kindCounts = SEARCH_KINDS.flatMap((kind) => (all[0]?.kindCounts ?? []).filter((c) => c.kind === kind));
  const edges = rows.map((row) => ({
    cursor: cursorOf(row),
    node: {
      id: row.id,
      kind: row.kind,
      title: row.title,
      snippet: snippetPieces(row.headline),
      slug: row.slug,
      threadId: row.threadId,
      postSeq: row.postSeq,
      publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
      homeId: row.homeId,
      homeKind: row.homeKind,
    },
  }));
  return {
    totalCount: kindCounts.filter((c) => !wanted || wanted.includes(c.kind)).reduce((sum, c) => sum + c.count, 0),
    kindCounts,
    countsCapped: all[0]?.countsCapped ?? false,
    pageInfo: { hasNextPage: found.length > first, endCursor: edges.length ? edges.at(-1).cursor : null },
    edges,
  };
}

serveGraphql(schema, { search: (args, context) => search(args, context.viewer) });
