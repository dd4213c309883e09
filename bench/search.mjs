/**
 * Search benchmark: the results page's search query (SearchPage's document, as the web app
 * sends it) over a generated corpus of `--posts` forum posts (default 100,000, in threads of
 * 50) and `--items` other items (default 5,000 library items of every kind, a third for staff
 * only), on top of the demo data, signed in as the demo learner, `--connections` concurrent
 * clients (default 20) cycling through a mix of searches: a common word, two words, a phrase,
 * a word left out, a rare word, a misspelt title word, a word typed without its accents, a
 * word in Polish, and one kind only. Against our API and a bare graphql-http server running
 * the API's own SQL (bench/bare-search-server.mjs) over the same database, in the same run;
 * rounds alternate which server goes first and each figure is the median over the rounds.
 * A failure is a connection error or timeout, a non-2xx answer, or GraphQL `errors`.
 * Goal: p99 ≤ 100 ms and ≥ 50% of the bare throughput, no failures.
 *   npm run build && node bench/search.mjs [--posts 100000] [--items 5000] [--seconds 10]
 *     [--connections 20] [--rounds 3]
 * With `--keep 1` it only seeds, prints the database's URL and leaves it (on DATABASE_URL's
 * server) for EXPLAIN; drop it yourself afterwards.
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
  load,
  openCategoryId,
  printTable,
  report,
  rounds,
  sleep,
  startApi,
  startBaseline,
} from './lib.mjs';

const POSTS = arg('posts', 100_000);
const ITEMS = arg('items', 5_000);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 20);
const ROUNDS = arg('rounds', 3);
const KEEP = arg('keep', 0) === 1;
const POSTS_PER_THREAD = 50;

const SEARCH_QUERY = `query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount
    kindCounts {
      kind
      count
      __typename
    }
    countsCapped
    pageInfo {
      hasNextPage
      endCursor
      __typename
    }
    edges {
      node {
        id
        kind
        title
        snippet
        slug
        threadId
        postSeq
        homeId
        homeKind
        publishedAt
        __typename
      }
      __typename
    }
    __typename
  }
}`;

/** Syllables of the filler words: 20³ = 8,000 made-up words, each in about one post in 500. */
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tin',
  'sa',
  'ru',
  'pel',
  'do',
  'vi',
  'nor',
  'be',
  'gal',
  'fi',
  'ost',
  'ule',
  'wen',
  'ha',
  'cor',
  'dra',
  'mi',
];
/** Words of the work, each in a known share of posts (per cent), so searches match known numbers. */
const TOPICS = [
  ['interpreter', 5],
  ['housing', 8],
  ['benefit', 6],
  ['council', 10],
  ['tax', 4],
  ['safeguarding', 3],
  ['tenancy', 2],
  ['deposit', 2],
  ['appointment', 4],
  ['translation', 3],
];
const TITLE_WORDS = [
  'Interpreter',
  'Housing',
  'Benefit',
  'Safeguarding',
  'Tenancy',
  'Łódź',
  'Council',
  'Appointment',
  'Referral',
  'Wellbeing',
];
const KINDS = ['BLOG_POST', 'GLOSSARY_TERM', 'FAQ', 'MYTH', 'PODCAST_EPISODE'];

/** SQL for the i-th made-up word of row n (k distinguishes the word's place). */
const filler = (n, k) =>
  `(select string_agg(($1::text[])[1 + (hashint8((${n})::bigint * 7919 + (${k}) * 104729 + syl) & 2147483647) % 20], '' order by syl)
      from generate_series(1, 3) syl)`;
/** SQL for a run of `count` words of row n: made-up words, with each topic word at its rate. */
const text = (n, count, salt) => `concat_ws(' ',
  (select string_agg(${filler(n, `k + ${salt}`)}, ' ' order by k) from generate_series(1, ${count}) k),
  (select string_agg(tw.word, ' ') from unnest($2::text[], $3::int[]) with ordinality tw(word, rate, i)
    where (hashint8((${n})::bigint * 31 + i + ${salt}) & 2147483647) % 100 < tw.rate))`;

async function seed(db, categoryId, authorId) {
  const threads = Math.ceil(POSTS / POSTS_PER_THREAD);
  const topics = [TOPICS.map((t) => t[0]), TOPICS.map((t) => t[1])];
  await db.query(
    `insert into discussion_thread (category_id, title, tags, author_id, last_activity_at, seq, post_count)
     select $4, initcap(${text('n', 4, 1)}), '{}', $5, now(), $6, $6 from generate_series(1, $7::int) n`,
    [SYLLABLES, ...topics, categoryId, authorId, POSTS_PER_THREAD, threads],
  );
  // Only the threads just made (the demo's own threads in the category have their posts).
  await db.query(
    `insert into post (thread_id, seq, author_id, body, created_at)
     select t.id, s, $4, '<p>' || ${text('(t.rn * 100 + s)', 18, 2)} || '</p>', now()
       from (select id, row_number() over (order by id) as rn from discussion_thread d
              where d.category_id = $7 and not exists (select 1 from post p where p.thread_id = d.id)) t
       cross join generate_series(1, $5::int) s
      where (t.rn - 1) * $5 + s <= $6`,
    [SYLLABLES, ...topics, authorId, POSTS_PER_THREAD, POSTS, categoryId],
  );
  await db.query(
    `insert into content_item (kind, status, audience, title, slug, summary, body, published_at)
     select ($4::text[])[1 + n % 5], 'PUBLISHED', case when n % 3 = 0 then 'STAFF' else 'PUBLIC' end,
            ($5::text[])[1 + (hashint4(n) & 2147483647) % cardinality($5::text[])] || ' ' || ${text('n', 3, 3)},
            'bench-' || n, ${text('n', 15, 4)}, '<p>' || ${text('n', 80, 5)} || ' tłumacz</p>', now()
       from generate_series(1, $6::int) n`,
    [SYLLABLES, ...topics, KINDS, TITLE_WORDS, ITEMS],
  );
  await db.query('analyze');
}

/** The searches clients cycle through, as the results page sends them. */
const SEARCHES = [
  { query: 'interpreter' },
  { query: 'housing benefit' },
  { query: '"council tax"' },
  { query: 'tenancy -deposit' },
  { query: 'kalomer' },
  { query: 'safegarding' },
  { query: 'Lodz' },
  { query: 'tłumacz' },
  { query: 'appointment', kinds: ['FORUM_POST'] },
].map((variables) => ({ ...variables, first: 20 }));

const LABEL = `search (${POSTS.toLocaleString('en-GB')} posts, ${ITEMS.toLocaleString('en-GB')} items)`;

async function main() {
  const db = await database();
  const children = [];
  const client = new pg.Client({ connectionString: db.url });
  const sessionSecret = randomBytes(32).toString('hex');
  try {
    const api = await startApi(db.url, sessionSecret);
    children.push(api.child);
    await client.connect();
    const {
      rows: [reader],
    } = await client.query('select id from person where email = $1', [DEMO_EMAIL]);
    const started = Date.now();
    await seed(client, await openCategoryId(client), reader.id);
    const {
      rows: [size],
    } = await client.query(
      `select count(*)::int as documents, pg_size_pretty(pg_total_relation_size('search_document')) as size from search_document`,
    );
    console.log(
      `seeded and indexed in ${((Date.now() - started) / 1000).toFixed(0)} s: ${size.documents} search documents, ${size.size} with indexes`,
    );
    if (KEEP) {
      console.log(`left for you: ${db.url}`);
      return;
    }
    const { cookie } = await gql(api.url, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
    });

    const barePort = await freePort();
    children.push(
      await startBaseline('bare-search-server.mjs', [db.url, String(barePort)], { SESSION_SECRET: sessionSecret }),
    );
    const bareUrl = `http://127.0.0.1:${barePort}/graphql`;

    let bytes = 0;
    for (const variables of SEARCHES) {
      const ours = await gql(api.url, SEARCH_QUERY, variables, cookie);
      const theirs = await gql(bareUrl, SEARCH_QUERY, variables, cookie);
      if (ours.body.errors || JSON.stringify(ours.body) !== JSON.stringify(theirs.body)) {
        console.error(`The two servers do not answer ${JSON.stringify(variables)} alike:`);
        console.error(JSON.stringify(ours.body).slice(0, 1500));
        console.error(JSON.stringify(theirs.body).slice(0, 1500));
        process.exitCode = 1;
        return;
      }
      bytes += JSON.stringify(ours.body).length;
      console.log(
        `  ${JSON.stringify(variables.query).padEnd(20)} ${String(ours.body.data.search.totalCount).padStart(6)}${ours.body.data.search.countsCapped ? '+' : ' '} results`,
      );
    }
    const bodies = SEARCHES.map((variables) => JSON.stringify({ query: SEARCH_QUERY, variables }));

    const servers = [
      { name: 'Common Ground API', url: api.url },
      { name: 'bare graphql-http + SQL', url: bareUrl },
    ];
    const [a, b] = await rounds(servers, ROUNDS, (server) =>
      load(server.url, { connections: CONNECTIONS, seconds: SECONDS, headers: { cookie }, bodies }),
    );
    printTable(
      `Search: ${SEARCHES.length} searches in turn (${Math.round(bytes / SEARCHES.length)} bytes of JSON each on average) over ${LABEL}, ` +
        `${CONNECTIONS} connections, ${ROUNDS} ${SECONDS}-second rounds alternating which server goes first, median of each figure, loopback`,
      [
        [servers[0].name, a],
        [servers[1].name, b],
      ],
    );
    const throughput = a.rps / b.rps;
    const failures = a.totalFailures + b.totalFailures;
    console.log(
      `\nthroughput: ${(throughput * 100).toFixed(0)}% of bare (goal ≥ 50%) ${throughput >= 0.5 ? 'MET' : 'NOT MET'}`,
    );
    console.log(`p99: ${a.p99} ms (goal ≤ 100 ms) ${a.p99 <= 100 ? 'MET' : 'NOT MET'}`);
    console.log(`failures: ${failures === 0 ? 'none (goal: none) MET' : `${failures} (goal: none) NOT MET`}`);
    const met = throughput >= 0.5 && a.p99 <= 100 && failures === 0;
    report([
      {
        benchmark: LABEL,
        server: 'Common Ground',
        rps: Math.round(a.rps),
        p50: a.p50,
        p99: a.p99,
        failures: a.totalFailures,
        goal: `${(throughput * 100).toFixed(0)}% of bare req/s (≥ 50%), p99 ${a.p99} ms (≤ 100) ${met ? 'MET' : 'NOT MET'}`,
      },
      {
        benchmark: LABEL,
        server: 'bare graphql-http + SQL',
        rps: Math.round(b.rps),
        p50: b.p50,
        p99: b.p99,
        failures: b.totalFailures,
        goal: '',
      },
    ]);
    if (failures > 0) process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    await sleep(2500);
    if (!KEEP) await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
