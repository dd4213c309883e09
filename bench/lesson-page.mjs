/**
 * Lesson-page benchmark: the GraphQL query a learner's lesson page makes (a scenario in
 * progress), under 50 concurrent clients on loopback, against our API and against a bare
 * graphql-http server with hand-written SQL over the same database, in the same run.
 * Prints requests/s and p50/p99 latency for both and whether the goal is met
 * (≥ 60% of the bare throughput, p99 ≤ 2× the bare p99).
 *   npm run build && node bench/lesson-page.mjs [--seconds 10] [--connections 50] [--rounds 3]
 * Uses DATABASE_URL's server when set (creating and dropping its own database), else an
 * embedded PostgreSQL.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 50);
const ROUNDS = arg('rounds', 3);

const QUERY = `query LessonPage($id: ID!) {
  lesson(id: $id) {
    id title kind step stepCount outcomes
    module { id title slug }
    scenario { sceneCount endingCount characters { id name role } }
    viewerStatus
    viewerAttempt { id status score scenario {
      scene { id title narrative speaker { id name role } }
      choices { id label } ended score
      path { sceneId sceneTitle choiceId choiceLabel feedback score }
    } }
  }
}`;

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(url, child) {
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

async function database() {
  if (process.env.DATABASE_URL) {
    const name = `cg_bench_${randomBytes(4).toString('hex')}`;
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const c = new pg.Client({ connectionString: admin.toString() });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      stop: async () => {
        const d = new pg.Client({ connectionString: admin.toString() });
        await d.connect();
        await d.query(`drop database if exists ${name} with (force)`);
        await d.end();
      },
    };
  }
  const { startEmbeddedPostgres } = require('../apps/api/dist/database/embedded-postgres.js');
  const dir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
  chmodSync(dir, 0o755);
  const db = await startEmbeddedPostgres(dir, () => undefined);
  return {
    url: db.url,
    stop: async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), cookie: res.headers.getSetCookie()[0]?.split(';')[0] };
}

function load(url, headers, body) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        connections: CONNECTIONS,
        duration: SECONDS,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

async function main() {
  const db = await database();
  const children = [];
  try {
    const apiPort = await freePort();
    const barePort = await freePort();
    // BENCH_API_NODE_ARGS passes flags to the API process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const api = spawn(process.execPath, [...nodeArgs, join(root, 'apps/api/dist/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        SESSION_SECRET: randomBytes(32).toString('hex'),
        LOAD_DEMO_DATA: 'true',
        LOG_LEVEL: 'warn',
        WEB_DIST: '/nonexistent',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(api);
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    await waitFor(`http://127.0.0.1:${apiPort}/health`, api);

    // A learner part-way through the language-barriers scenario.
    const signIn = await gql(apiUrl, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: 'learner@fenmouth-council.example', password: 'Fenmouth-demo-2026' },
    });
    const cookie = signIn.cookie;
    const personId = signIn.body.data.signIn.id;
    const auth = { cookie };
    const mod = await gql(
      apiUrl,
      '{ learningModule(slug: "managing-language-barriers") { lessons { id kind } } }',
      {},
      auth,
    );
    const lessonId = mod.body.data.learningModule.lessons.find((l) => l.kind === 'SCENARIO').id;
    const started = await gql(
      apiUrl,
      'mutation($i: LessonIdInput!) { startLesson(input: $i) { id scenario { choices { id } } } }',
      { i: { lessonId } },
      auth,
    );
    let attempt = started.body.data.startLesson;
    for (let step = 0; step < 2; step++) {
      const next = await gql(
        apiUrl,
        'mutation($i: ChooseScenarioOptionInput!) { chooseScenarioOption(input: $i) { attempt { id scenario { choices { id } } } } }',
        { i: { attemptId: attempt.id, choiceId: attempt.scenario.choices[0].id } },
        auth,
      );
      attempt = next.body.data.chooseScenarioOption.attempt;
    }

    const bare = spawn(
      process.execPath,
      [join(import.meta.dirname, 'bare-lesson-server.mjs'), db.url, String(barePort)],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    children.push(bare);
    const bareUrl = `http://127.0.0.1:${barePort}/graphql`;
    await waitFor(bareUrl, bare);

    const body = JSON.stringify({ query: QUERY, variables: { id: lessonId } });
    const ours = await gql(apiUrl, QUERY, { id: lessonId }, auth);
    const theirs = await gql(bareUrl, QUERY, { id: lessonId }, { 'x-person-id': personId });
    if (JSON.stringify(ours.body) !== JSON.stringify(theirs.body)) {
      console.error('The two servers do not serve the same payload:');
      console.error(JSON.stringify(ours.body).slice(0, 2000));
      console.error(JSON.stringify(theirs.body).slice(0, 2000));
      process.exitCode = 1;
      return;
    }
    const bytes = JSON.stringify(ours.body).length;

    // Warm both up, then measure them alternately (A B A B A B) and keep each one's median
    // round, so a passing disturbance on this shared machine does not decide the result.
    await load(apiUrl, auth, body);
    await load(bareUrl, { 'x-person-id': personId }, body);
    const oursRuns = [];
    const bareRuns = [];
    for (let round = 0; round < ROUNDS; round++) {
      oursRuns.push(await load(apiUrl, auth, body));
      bareRuns.push(await load(bareUrl, { 'x-person-id': personId }, body));
    }
    const median = (runs) =>
      runs.slice().sort((x, y) => x.requests.average - y.requests.average)[Math.floor(runs.length / 2)];
    const a = median(oursRuns);
    const b = median(bareRuns);
    const errorsOf = (r) => r.errors + r.non2xx;
    const row = (name, r) =>
      `| ${name.padEnd(26)} | ${r.requests.average.toFixed(0).padStart(10)} | ${String(r.latency.p50).padStart(8)} | ${String(r.latency.p99).padStart(8)} | ${String(errorsOf(r)).padStart(6)} |`;
    console.log(
      `\nLesson page query (${bytes} bytes of JSON), ${CONNECTIONS} connections, median of ${ROUNDS} alternating ${SECONDS}-second rounds, loopback\n`,
    );
    console.log('| server                     |    req/s   | p50 (ms) | p99 (ms) | errors |');
    console.log('| -------------------------- | ---------- | -------- | -------- | ------ |');
    console.log(row('Common Ground API', a));
    console.log(row('bare graphql-http + SQL', b));
    const throughput = a.requests.average / b.requests.average;
    const tail = a.latency.p99 / Math.max(1, b.latency.p99);
    console.log(
      `\nthroughput: ${(throughput * 100).toFixed(0)}% of bare (goal ≥ 60%) ${throughput >= 0.6 ? 'MET' : 'NOT MET'}`,
    );
    console.log(`p99: ${tail.toFixed(2)}× bare (goal ≤ 2×) ${tail <= 2 ? 'MET' : 'NOT MET'}`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 2500));
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
