/**
 * Thread-page benchmark: the two GraphQL requests a reader's thread page makes, as the
 * issue defines the page: the thread (ThreadPage's ThreadFields) and the first 50 of its
 * posts with their authors and reactions (useThreadPosts' PostFields with
 * PostReactionsFields), as Apollo sends them (__typename included). The web app's
 * documents now also ask for quoted posts, moderation state and the reader's following
 * and unread counts; those are left out here, on both sides. Signed in with the same
 * session cookie, under 50 concurrent clients on loopback, each client alternating the
 * two requests. Against our API and a bare graphql-http server with hand-written SQL
 * (bench/bare-thread-server.mjs) over the same database, in the same run. The thread has
 * `--thread-posts` posts (default 300) by eight demo people from several organisations,
 * some of them the reader's own, some edited, one deleted, two in three with reactions.
 * Rounds alternate which server goes first; each figure is the median over the rounds. A
 * failure is a connection error or timeout, a non-2xx answer, or a 2xx answer carrying
 * GraphQL `errors`. Goal: ≥ 60% of the bare throughput, p99 ≤ 2× the bare p99, no failures.
 *   npm run build && node bench/thread-page.mjs [--seconds 10] [--connections 50] [--rounds 3] [--first 50]
 *     [--thread-posts 300] [--only thread|posts]
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  arg,
  database,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  freePort,
  gql,
  judgeAgainstBare,
  load,
  openCategoryId,
  printTable,
  rounds,
  sleep,
  startApi,
  startBaseline,
} from './lib.mjs';

const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 50);
const ROUNDS = arg('rounds', 3);
const FIRST = arg('first', 50);
const POST_COUNT = arg('thread-posts', 300);
/** `--only thread` or `--only posts` loads one of the two requests alone (to see which costs what). */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? ['thread', 'posts'].indexOf(process.argv[onlyArg + 1]) : null;

const THREAD_QUERY = `query DiscussionThread($id: ID!) {
  discussionThread(id: $id) {
    ...ThreadFields
    __typename
  }
}

fragment ThreadFields on DiscussionThread {
  id
  title
  anonymous
  locked
  pinned
  tags
  postCount
  lastSeq
  lastActivityAt
  lessonId
  category {
    id
    title
    allowsAnonymous
    __typename
  }
  viewerCan {
    reply
    __typename
  }
  __typename
}`;

const POSTS_QUERY = `query ThreadPosts($threadId: ID!, $first: Int, $after: String) {
  threadPosts(threadId: $threadId, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
      __typename
    }
    edges {
      cursor
      node {
        ...PostFields
        __typename
      }
      __typename
    }
    __typename
  }
}

fragment PostFields on Post {
  id
  threadId
  seq
  body
  anonymous
  deleted
  createdAt
  editedAt
  sceneId
  author {
    ...ColleagueFields
    __typename
  }
  viewerCan {
    edit
    delete
    __typename
  }
  ...PostReactionsFields
  __typename
}

fragment PostReactionsFields on Post {
  viewerCan {
    react
    __typename
  }
  reactions {
    reaction
    label
    count
    viewerReacted
    __typename
  }
  __typename
}

fragment ColleagueFields on Colleague {
  id
  name
  jobTitle
  organisation {
    id
    name
    __typename
  }
  __typename
}`;

const PARAGRAPHS = [
  'We moved our interpreter bookings to the morning huddle, so nobody waits at the desk while we phone round.',
  'A resident told us the translated letter used words nobody says at home. We now test letters with two readers first.',
  'When a child offers to interpret for a parent we thank them and book a professional; it keeps the child out of it.',
  'Our team keeps a short script for the first minute of a call through an interpreter: who we are, why we called, what happens next.',
  'The surgery shares a list of languages spoken on each street, which helps us plan home visits before we knock.',
];

/**
 * A thread in an open category with `count` posts by `authors` in turn, inserted as the
 * demo seed inserts its discussion (sequence numbers without gaps, counters to match),
 * with some of the authors' reactions to each other's posts.
 */
async function seedThread(db, categoryId, authors, count) {
  const {
    rows: [thread],
  } = await db.query(
    `insert into discussion_thread (category_id, title, tags, author_id, last_activity_at, seq, post_count)
     values ($1, 'Interpreters at the front desk: what works for you?', '{interpreting,front desk}', $2, now(), $3, $3)
     returning id`,
    [categoryId, authors[0], count],
  );
  await db.query(
    `insert into post (thread_id, seq, author_id, body, created_at, edited_at, deleted_at)
     select $1, n, ($2::uuid[])[1 + (n - 1) % cardinality($2::uuid[])],
            case when n = 7 then '' else '<p>' || ($3::text[])[1 + n % cardinality($3::text[])] || ' (' || n || ')</p>' end,
            now() - (($4::int - n) || ' minutes')::interval,
            case when n % 11 = 0 then now() - (($4::int - n) || ' minutes')::interval + interval '30 seconds' end,
            case when n = 7 then now() end
       from generate_series(1, $4::int) n`,
    [thread.id, authors, PARAGRAPHS, count],
  );
  // Colleagues' reactions on two posts in three, never on their own.
  await db.query(
    `insert into post_reaction (post_id, person_id, reaction)
     select p.id, r.person_id, (array['THANKS', 'HELPFUL', 'AGREE', 'INSIGHTFUL'])[1 + (p.seq + r.k) % 4]
       from post p, unnest($2::uuid[]) with ordinality r(person_id, k)
      where p.thread_id = $1 and p.seq % 3 <> 0 and (p.seq + r.k) % 3 = 0 and p.author_id <> r.person_id
        and p.deleted_at is null`,
    [thread.id, authors],
  );
  return thread.id;
}

const LABEL = `thread page (${FIRST} of ${POST_COUNT} posts${ONLY === null ? '' : `, ${['thread', 'posts'][ONLY]} request only`})`;

async function main() {
  const db = await database();
  const children = [];
  const client = new pg.Client({ connectionString: db.url });
  const sessionSecret = randomBytes(32).toString('hex');
  try {
    const api = await startApi(db.url, sessionSecret);
    children.push(api.child);
    await client.connect();
    // Eight demo people from as many organisations as there are, the reader among them.
    const { rows: people } = await client.query(
      `select id from (select distinct on (organisation_id) id, organisation_id, email from person
                        where deactivated_at is null order by organisation_id, (email = $1) desc, email) p
        order by (email = $1) desc, email limit 8`,
      [DEMO_EMAIL],
    );
    const threadId = await seedThread(
      client,
      await openCategoryId(client),
      people.map((p) => p.id),
      POST_COUNT,
    );
    const { cookie } = await gql(api.url, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
    });

    const barePort = await freePort();
    children.push(
      await startBaseline('bare-thread-server.mjs', [db.url, String(barePort)], { SESSION_SECRET: sessionSecret }),
    );
    const bareUrl = `http://127.0.0.1:${barePort}/graphql`;

    const requests = [
      { query: THREAD_QUERY, variables: { id: threadId } },
      { query: POSTS_QUERY, variables: { threadId, first: FIRST } },
    ];
    let bytes = 0;
    for (const { query, variables } of requests) {
      const ours = await gql(api.url, query, variables, cookie);
      const theirs = await gql(bareUrl, query, variables, cookie);
      if (ours.body.errors || JSON.stringify(ours.body) !== JSON.stringify(theirs.body)) {
        console.error('The two servers do not serve the same payload:');
        console.error(JSON.stringify(ours.body).slice(0, 2000));
        console.error(JSON.stringify(theirs.body).slice(0, 2000));
        process.exitCode = 1;
        return;
      }
      bytes += JSON.stringify(ours.body).length;
    }
    const bodies = requests.filter((_, i) => ONLY === null || ONLY === i).map((r) => JSON.stringify(r));

    const servers = [
      { name: 'Common Ground API', url: api.url },
      { name: 'bare graphql-http + SQL', url: bareUrl },
    ];
    const [a, b] = await rounds(servers, ROUNDS, (server) =>
      load(server.url, { connections: CONNECTIONS, seconds: SECONDS, headers: { cookie }, bodies }),
    );
    printTable(
      `Thread page: the thread and its first ${FIRST} of ${POST_COUNT} posts with authors and reactions (two requests, ${bytes} bytes of JSON together), ` +
        `${CONNECTIONS} connections, ${ROUNDS} ${SECONDS}-second rounds alternating which server goes first, median of each figure, loopback`,
      [
        [servers[0].name, a],
        [servers[1].name, b],
      ],
    );
    judgeAgainstBare(LABEL, [a, b], { bareName: 'bare graphql-http + SQL', minShare: 0.6 });
  } finally {
    await client.end().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    await sleep(2500);
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
