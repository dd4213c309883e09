/**
 * The baseline for the thread-page benchmark: a bare GraphQL server (graphql-http on
 * node:http) answering the two requests a reader's thread page makes (the thread, and a
 * page of its posts with their authors) from the same database with hand-written SQL and
 * no framework. It does what a competent hand-written server must and no more: checks
 * the session cookie's signature, reads the session with its person (one statement), reads
 * the thread only if its category is visible to that person (one statement) and, for the
 * posts, the page with authors, organisations and reaction counts (one more). It serves
 * forum threads read by a member of staff who moderates nothing, as the benchmark does.
 *   SESSION_SECRET=<the API's secret> node bench/bare-thread-server.mjs <databaseUrl> <port>
 */
import { createRequire } from 'node:module';
import { buildSchema } from 'graphql';
import { pool, serveGraphql } from './bare-lib.mjs';

const require = createRequire(import.meta.url);
const { POST_REACTIONS, POST_REACTION_LABELS } = require('../packages/shared/dist/index.js');

const schema = buildSchema(`
  type Query {
    discussionThread(id: ID!): DiscussionThread
    threadPosts(threadId: ID!, first: Int, after: String): PostConnection!
  }
  type DiscussionThread { id: ID! title: String! anonymous: Boolean! locked: Boolean! pinned: Boolean!
    tags: [String!]! postCount: Int! lastSeq: Int! lastActivityAt: String! lessonId: ID
    category: ForumCategory viewerCan: ThreadViewerCan! }
  type ForumCategory { id: ID! title: String! allowsAnonymous: Boolean! }
  type ThreadViewerCan { reply: Boolean! }
  type PostConnection { totalCount: Int! pageInfo: PageInfo! edges: [PostEdge!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type PostEdge { cursor: String! node: Post! }
  type Post { id: ID! threadId: ID! seq: Int! body: String! anonymous: Boolean! deleted: Boolean!
    createdAt: String! editedAt: String sceneId: String author: Colleague viewerCan: PostViewerCan!
    reactions: [PostReaction!]! }
  type PostReaction { reaction: String! label: String! count: Int! viewerReacted: Boolean! }
  type Colleague { id: ID! name: String! jobTitle: String! organisation: Organisation! }
  type Organisation { id: ID! name: String! }
  type PostViewerCan { edit: Boolean! delete: Boolean! react: Boolean! }
`);

/**
 * A forum thread whose category the viewer may see: admins see every category; others an
 * unrestricted one, or one naming a role they hold, their organisation or its sector.
 */
const THREAD_SQL = `
  select t.id, t.title, t.anonymous, t.locked, t.pinned, t.tags, t.post_count, t.seq, t.last_activity_at,
         t.lesson_id, c.id as category_id, c.title as category_title, c.allows_anonymous
    from discussion_thread t
    join forum_category c on c.id = t.category_id
   where t.id = $1
     and ('ADMIN' = any($2::text[])
          or cardinality(c.allowed_roles) + cardinality(c.allowed_sectors) + cardinality(c.allowed_organisation_ids) = 0
          or c.allowed_roles && $2::text[]
          or $3::uuid = any(c.allowed_organisation_ids)
          or (select o.sector from organisation o where o.id = $3::uuid) = any(c.allowed_sectors))`;

/**
 * One page of a visible thread's posts in sequence order, with authors and each post's
 * reaction counts (and whether the viewer left each), plus one to tell whether more follow.
 */
const POSTS_SQL = `
  with visible as (${THREAD_SQL})
  select v.locked, v.post_count, p.id, p.seq, p.body, p.anonymous, p.scene_id, p.created_at, p.edited_at,
         p.deleted_at, p.moderation_state, p.author_id, a.name as author_name, a.job_title,
         o.id as organisation_id, o.name as organisation_name, r.reactions
    from visible v
    left join lateral (select * from post where thread_id = v.id and seq > $4 order by seq limit $5) p on true
    left join person a on a.id = p.author_id
    left join organisation o on o.id = a.organisation_id
    left join lateral (
      select json_object_agg(reaction, json_build_array(n, mine)) as reactions
        from (select reaction, count(*)::int as n, bool_or(person_id = $6::uuid) as mine
                from post_reaction where post_id = p.id group by reaction) t
    ) r on true
   order by p.seq`;

const cursorOf = (seq) => Buffer.from(JSON.stringify([seq])).toString('base64url');

function post(row, viewerId, threadId) {
  const deleted = row.deleted_at !== null;
  const own = viewerId === row.author_id;
  // Hidden or held posts keep their text from readers other than the author.
  const concealed = row.moderation_state !== 'VISIBLE' && !own;
  return {
    id: row.id,
    threadId,
    seq: row.seq,
    body: deleted || concealed ? '' : row.body,
    anonymous: row.anonymous,
    deleted,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
    sceneId: deleted ? null : row.scene_id,
    author:
      row.anonymous && !own
        ? null
        : {
            id: row.author_id,
            name: row.author_name,
            jobTitle: row.job_title,
            organisation: { id: row.organisation_id, name: row.organisation_name },
          },
    viewerCan: {
      edit: own && !deleted && !row.locked,
      delete: own && !deleted,
      react: !own && !deleted && row.moderation_state === 'VISIBLE' && !row.locked,
    },
    reactions: deleted
      ? []
      : POST_REACTIONS.map((reaction) => ({
          reaction,
          label: POST_REACTION_LABELS[reaction].label,
          count: row.reactions?.[reaction]?.[0] ?? 0,
          viewerReacted: row.reactions?.[reaction]?.[1] ?? false,
        })),
  };
}

function notFound() {
  return Object.assign(new Error('That discussion could not be found.'), { extensions: { code: 'NOT_FOUND' } });
}

const rootValue = {
  async discussionThread({ id }, { viewer }) {
    if (!viewer) throw new Error('Sign in first.');
    const { rows } = await pool.query(THREAD_SQL, [id, viewer.roles, viewer.organisation_id]);
    const t = rows[0];
    if (!t) return null;
    return {
      id: t.id,
      title: t.title,
      anonymous: t.anonymous,
      locked: t.locked,
      pinned: t.pinned,
      tags: t.tags,
      postCount: t.post_count,
      lastSeq: t.seq,
      lastActivityAt: t.last_activity_at.toISOString(),
      lessonId: t.lesson_id,
      category: { id: t.category_id, title: t.category_title, allowsAnonymous: t.allows_anonymous },
      viewerCan: { reply: !t.locked },
    };
  },
  async threadPosts({ threadId, first, after }, { viewer }) {
    if (!viewer) throw new Error('Sign in first.');
    const size = Math.min(100, Math.max(1, first ?? 20));
    const from = after ? Number(JSON.parse(Buffer.from(after, 'base64url').toString())[0]) : 0;
    const { rows } = await pool.query(POSTS_SQL, [
      threadId,
      viewer.roles,
      viewer.organisation_id,
      from,
      size + 1,
      viewer.id,
    ]);
    if (!rows.length) throw notFound();
    const posts = rows.filter((row) => row.id !== null);
    const page = posts.slice(0, size);
    return {
      totalCount: rows[0].post_count,
      pageInfo: { hasNextPage: posts.length > size, endCursor: page.length ? cursorOf(page.at(-1).seq) : null },
      edges: page.map((row) => ({ cursor: cursorOf(row.seq), node: post(row, viewer.id, threadId) })),
    };
  },
};

serveGraphql(schema, rootValue);
