/**
 * Fan-out benchmark: N socket.io clients (N = 100, 500, 1000) viewing one thread, each
 * signed in with a real session cookie; a post is made through the GraphQL createPost
 * mutation and the figure is the time from sending that request until the last viewer
 * has its post.created event. In the same run, against the same number of clients, a
 * bare socket.io server (bench/bare-socket-server.mjs) broadcasts the same payload when
 * an HTTP POST asks it to, so each side includes one HTTP request. Both sides' clients
 * live in this process (same conditions); the servers are child processes.
 *
 * Viewers: `--viewer-people` people (default 100), each signed in once through the API,
 * their sessions shared by N / people sockets each (the socket limit of 5 messages a
 * second is per person, so joins go in paced waves). Posters: `--posters` people (default
 * 30) taking turns, since a person may post 10 times a minute. Each N gets a new thread.
 * Per N and server: `--warmup` posts (default 5) then `--posts` measured posts (default
 * 30), one at a time. It also reads the database's transaction counter around the
 * measured posts, to show the work per post does not grow with the number of viewers.
 *   npm run build && node bench/fan-out.mjs [--posts 30] [--warmup 5] [--sizes 100,500,1000]
 *     [--viewer-people 100] [--posters 30] [--redis redis://127.0.0.1:6379]
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  apiRequire,
  arg,
  database,
  freePort,
  gql,
  makePeople,
  openCategoryId,
  percentile,
  report,
  signInAll,
  sleep,
  startApi,
  startBaseline,
} from './lib.mjs';

const { io } = apiRequire('socket.io-client');

const POSTS = arg('posts', 30);
const WARMUP = arg('warmup', 5);
const VIEWER_PEOPLE = arg('viewer-people', 100);
const POSTERS = arg('posters', 30);
/** `--redis redis://host:6379` runs the API with the Redis adapter, as when scaled out. */
const redisArg = process.argv.indexOf('--redis');
const REDIS_URL = redisArg > 0 ? process.argv[redisArg + 1] : null;
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [100, 500, 1000];
/** A person may send 5 socket messages a second: join at most this many of their sockets per wave. */
const JOINS_PER_PERSON_PER_WAVE = 4;
const DELIVERY_TIMEOUT_MS = 15000;
const APP_LABEL = REDIS_URL ? 'Common Ground + Redis adapter' : 'Common Ground (GraphQL post)';
/** How long PostgreSQL may take to publish a backend's statistics (PGSTAT_IDLE_INTERVAL, 10 s) and a margin. */
const STATS_DELAY_MS = 11000;

const CREATE_POST = 'mutation($input: CreatePostInput!) { createPost(input: $input) { id seq } }';
const BODY =
  '<p>At our front desk we keep a printed card of the ten most common languages in Fenmouth, ' +
  'each written in its own script, so people can point to theirs while we ring the interpreter line.</p>';

/** Opens `count` websocket clients (a few dozen handshakes at a time); cookies[i % cookies.length] for client i. */
async function connectAll(url, count, cookies) {
  const sockets = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const cookie = cookies[i % cookies.length];
      const socket = io(url, {
        path: '/socket.io',
        transports: ['websocket'],
        extraHeaders: cookie ? { cookie } : {},
        reconnection: false,
        forceNew: true,
      });
      await new Promise((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      sockets[i] = socket;
    }
  };
  await Promise.all(Array.from({ length: 25 }, worker));
  return sockets;
}

async function closeAll(sockets) {
  sockets.forEach((s) => s.close());
  await sleep(1000);
}

/**
 * Joins every client to the thread through the app's `thread.join`, in waves that keep
 * each person under the socket message limit, then waits until presence updates (sent to
 * the whole room as people join) have stopped arriving. Returns the time from the first
 * join to the last presence update and how many updates each viewer received.
 */
async function joinApp(sockets, threadId) {
  let lastPresence = performance.now();
  let presenceMessages = 0;
  for (const s of sockets)
    s.on('presence.changed', () => {
      lastPresence = performance.now();
      presenceMessages += 1;
    });
  const joinStarted = performance.now();
  const perPerson = Math.ceil(sockets.length / VIEWER_PEOPLE);
  for (let from = 0; from < perPerson; from += JOINS_PER_PERSON_PER_WAVE) {
    const started = performance.now();
    const wave = sockets.filter((_, i) => {
      const nth = Math.floor(i / VIEWER_PEOPLE);
      return nth >= from && nth < from + JOINS_PER_PERSON_PER_WAVE;
    });
    const acks = await Promise.all(wave.map((s) => s.timeout(30000).emitWithAck('thread.join', { threadId })));
    const refused = acks.find((ack) => !ack.ok);
    if (refused) throw new Error(`thread.join refused: ${JSON.stringify(refused)}`);
    await sleep(Math.max(0, 1100 - (performance.now() - started)));
  }
  const settleStarted = performance.now();
  while (performance.now() - lastPresence < 1500 && performance.now() - settleStarted < 120000) await sleep(250);
  for (const s of sockets) s.off('presence.changed');
  return { joinMs: lastPresence - joinStarted, presencePerViewer: presenceMessages / sockets.length };
}

async function joinBare(sockets, room) {
  await Promise.all(sockets.map((s) => s.timeout(30000).emitWithAck('join', room)));
}

/**
 * Makes `count` posts one after another with `fire(seq)` and returns each one's time
 * until the last of the sockets had post.created with that seq (null for one that did not
 * reach every socket within the timeout). `fire` must reject if the server refuses.
 */
async function measure(sockets, firstSeq, count, fire) {
  let current = null;
  const seen = new Map();
  const onPost = (socket) => (payload) => {
    if (!current || payload.seq !== current.seq || seen.get(socket) === payload.seq) return;
    seen.set(socket, payload.seq);
    current.received += 1;
    if (current.received === sockets.length) current.done(performance.now());
  };
  const listeners = sockets.map((s) => {
    const listener = onPost(s);
    s.on('post.created', listener);
    return listener;
  });
  const times = [];
  try {
    for (let k = 0; k < count; k++) {
      const seq = firstSeq + k;
      let timer;
      const delivered = new Promise((resolve) => {
        current = { seq, received: 0, done: resolve };
        timer = setTimeout(() => resolve(null), DELIVERY_TIMEOUT_MS);
      });
      const started = performance.now();
      const [at] = await Promise.all([delivered, fire(seq)]);
      clearTimeout(timer);
      times.push(at === null ? null : at - started);
      current = null;
      await sleep(100);
    }
  } finally {
    sockets.forEach((s, i) => s.off('post.created', listeners[i]));
  }
  return times;
}

/** Rounds to a tenth of a millisecond. */
const ms = (n) => Math.round(n * 10) / 10;

function summarise(times) {
  const ok = times.filter((t) => t !== null);
  return {
    posts: times.length,
    p50: ms(percentile(ok, 50)),
    p99: ms(percentile(ok, 99)),
    max: ms(Math.max(...ok)),
    failures: times.length - ok.length,
  };
}

async function main() {
  const db = await database();
  const children = [];
  const client = new pg.Client({ connectionString: db.url });
  try {
    const api = await startApi(db.url, randomBytes(32).toString('hex'), REDIS_URL ? { REDIS_URL } : {});
    children.push(api.child);
    await client.connect();
    const viewers = await makePeople(client, 'viewer', VIEWER_PEOPLE);
    const posters = await makePeople(client, 'poster', POSTERS);
    const viewerCookies = await signInAll(
      api.url,
      viewers.map((p) => p.email),
    );
    const posterCookies = await signInAll(
      api.url,
      posters.map((p) => p.email),
    );
    const categoryId = await openCategoryId(client);

    const barePort = await freePort();
    children.push(await startBaseline('bare-socket-server.mjs', [String(barePort)]));
    const bareOrigin = `http://127.0.0.1:${barePort}`;

    // Posters take turns, each waiting if they have posted 9 times in the last minute.
    const postedAt = posterCookies.map(() => []);
    let turn = 0;
    const nextPoster = async () => {
      const i = turn++ % posterCookies.length;
      const recent = postedAt[i].filter((t) => Date.now() - t < 61000);
      if (recent.length >= 9) await sleep(61000 - (Date.now() - recent[0]));
      postedAt[i] = [...recent, Date.now()];
      return posterCookies[i];
    };
    const txCount = async () =>
      Number(
        (
          await client.query(
            'select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()',
          )
        ).rows[0].n,
      );

    let template = null;
    const rows = [];
    for (const [index, size] of SIZES.entries()) {
      const {
        rows: [thread],
      } = await client.query(
        `insert into discussion_thread (category_id, title, tags, author_id, last_activity_at)
         values ($1, $2, '{}', $3, now()) returning id`,
        [categoryId, `Fan-out with ${size} viewers`, posters[0].id],
      );
      let seq = 0;
      const app = async () => {
        const sockets = await connectAll(api.origin, size, viewerCookies);
        const joining = await joinApp(sockets, thread.id);
        const fire = async (expected) => {
          const { body } = await gql(
            api.url,
            CREATE_POST,
            { input: { threadId: thread.id, body: BODY } },
            await nextPoster(),
          );
          if (body.errors || body.data.createPost.seq !== expected) throw new Error(JSON.stringify(body));
        };
        if (!template) {
          const first = new Promise((resolve) => sockets[0].once('post.created', resolve));
          await fire(++seq);
          template = await first;
        }
        await measure(sockets, seq + 1, WARMUP, fire);
        seq += WARMUP;
        // PostgreSQL's backends publish their counters up to 10 s late: let the joins' settle.
        await sleep(STATS_DELAY_MS);
        const before = await txCount();
        const times = await measure(sockets, seq + 1, POSTS, fire);
        seq += POSTS;
        await sleep(STATS_DELAY_MS);
        const transactions = ((await txCount()) - before - 1) / POSTS;
        await closeAll(sockets);
        return {
          ...summarise(times),
          transactions: ms(transactions),
          joinMs: Math.round(joining.joinMs),
          presencePerViewer: Math.round(joining.presencePerViewer),
        };
      };
      const bare = async () => {
        const sockets = await connectAll(bareOrigin, size, ['']);
        await joinBare(sockets, `thread:${thread.id}`);
        const fire = async (s) => {
          const res = await fetch(`${bareOrigin}/broadcast/thread:${thread.id}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ ...template, seq: s }),
          });
          if (res.status !== 204) throw new Error(`bare broadcast: ${res.status}`);
        };
        await measure(sockets, 1, WARMUP, fire);
        const times = await measure(sockets, WARMUP + 1, POSTS, fire);
        await closeAll(sockets);
        return summarise(times);
      };
      // The app goes first in the first size (its first post gives the bare server its
      // payload); after that the order alternates.
      const order = index % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      const result = {};
      for (const side of order) result[side] = side === 'app' ? await app() : await bare();
      rows.push({ size, ...result });
      console.error(`fan-out ${size}: app ${JSON.stringify(result.app)} bare ${JSON.stringify(result.bare)}`);
    }

    const bytes = Buffer.byteLength(JSON.stringify(template));
    console.log(
      `\nFan-out: time from sending the post until the last viewer has post.created (${bytes}-byte payload), ` +
        `${WARMUP} warm-up then ${POSTS} posts one at a time per size, loopback, clients in one process\n`,
    );
    console.log(
      '| viewers | server                        | posts | p50 (ms) | p99 (ms) | max (ms) | failures | DB transactions per post |',
    );
    console.log(
      '| ------- | ----------------------------- | ----- | -------- | -------- | -------- | -------- | ------------------------ |',
    );
    const line = (size, name, r, tx) =>
      `| ${String(size).padStart(7)} | ${name.padEnd(29)} | ${String(r.posts).padStart(5)} | ${String(r.p50).padStart(8)} | ${String(r.p99).padStart(8)} | ${String(r.max).padStart(8)} | ${String(r.failures).padStart(8)} | ${String(tx).padStart(24)} |`;
    for (const row of rows) {
      console.log(line(row.size, APP_LABEL, row.app, row.app.transactions));
      console.log(line(row.size, 'bare socket.io (HTTP trigger)', row.bare, '-'));
    }
    console.log('');
    for (const row of rows) {
      console.log(
        `${row.size} viewers: p99 ${(row.app.p99 / row.bare.p99).toFixed(2)}× bare; joining (paced at ${JOINS_PER_PERSON_PER_WAVE} per person a second) took ${row.app.joinMs} ms until the last presence update, ${row.app.presencePerViewer} presence updates per viewer`,
      );
    }
    const largest = rows[rows.length - 1];
    const tail = largest.app.p99 / largest.bare.p99;
    const failures = rows.reduce((n, r) => n + r.app.failures + r.bare.failures, 0);
    console.log(
      `goal at ${largest.size} viewers: p99 within 2× bare: ${tail.toFixed(2)}× ${tail <= 2 ? 'MET' : 'NOT MET'}`,
    );
    console.log(`failures: ${failures === 0 ? 'none MET' : `${failures} NOT MET`}`);
    report(
      rows.flatMap((row) => [
        {
          benchmark: `fan-out, ${row.size} viewers`,
          server: REDIS_URL ? 'Common Ground + Redis' : 'Common Ground',
          p50: row.app.p50,
          p99: row.app.p99,
          failures: row.app.failures,
          goal: row === largest ? `p99 ${tail.toFixed(2)}× bare (≤ 2×) ${tail <= 2 ? 'MET' : 'NOT MET'}` : '',
        },
        {
          benchmark: `fan-out, ${row.size} viewers`,
          server: 'bare socket.io',
          p50: row.bare.p50,
          p99: row.bare.p99,
          failures: row.bare.failures,
          goal: '',
        },
      ]),
    );
    if (failures > 0) process.exitCode = 1;
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
