/**
 * What the discussion benchmarks share: a database of their own, the built API started
 * as in production (demo data, background jobs off), GraphQL calls with a session cookie,
 * people made in bulk the way the demo makes them and signed in through the API, and the
 * summary figures. Each benchmark still starts its own bare baseline.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const root = join(import.meta.dirname, '..');
/** The API to measure: this tree's build, or another build's apps/api folder named by BENCH_API_DIR. */
const apiDir = process.env.BENCH_API_DIR ?? join(root, 'apps/api');
/** Resolves packages as the API does, so baselines use the very socket.io the app runs. */
export const apiRequire = createRequire(join(root, 'apps/api/package.json'));
const require = createRequire(import.meta.url);

/** The demo learner: bench people copy their organisation and password. */
export const DEMO_EMAIL = 'learner@fenmouth-council.example';
export const DEMO_PASSWORD = 'Fenmouth-demo-2026';

/** `--name value` from the command line as a number, or the fallback. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Waits until `url` answers below 500, failing if the child process exits first. */
export async function waitFor(url, child) {
  for (let i = 0; i < 400; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

/** A database of the run's own: on DATABASE_URL's server when set, else an embedded PostgreSQL. */
export async function database() {
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
  const { startEmbeddedPostgres } = require(join(apiDir, 'dist/database/embedded-postgres.js'));
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
/**
 * Starts the built API on a free port over `dbUrl`, with the demo data and background jobs
 * off, and waits for /health. BENCH_API_NODE_ARGS passes flags to its node (e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof"); BENCH_API_DIR runs another build of the API.
 */
export async function startApi(dbUrl, sessionSecret, extraEnv = {}) {
  const port = await freePort();
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, join(apiDir, 'dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SESSION_SECRET: sessionSecret,
      LOAD_DEMO_DATA: 'true',
      BACKGROUND_JOBS: 'false',
      REDIS_URL: '',
      LOG_LEVEL: 'warn',
      WEB_DIST: '/nonexistent',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/health`, child);
  return { child, origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}/graphql` };
}

/** Starts a baseline script (`node bench/<file> <args>`) and waits until it prints a line. */
export async function startBaseline(file, args, env = {}) {
  const child = spawn(process.execPath, [join(import.meta.dirname, file), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', () => reject(new Error(`${file} exited`)));
    child.stdout.once('data', resolve);
  });
  child.removeAllListeners('exit');
  return child;
}

/** One GraphQL request; the answer's body and the session cookie it set, if any. */
export async function gql(url, query, variables, cookie) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), cookie: res.headers.getSetCookie()[0]?.split(';')[0] };
}

/**
 * Adds `count` verified learners in the demo learner's organisation, with the demo password
 * (the password hash is copied, as the demo seed sets one), named and emailed from `prefix`.
 * Returns their ids and emails in order.
 */
export async function makePeople(db, prefix, count) {
  const { rows } = await db.query(
    `insert into person (email, name, job_title, workforce_group, organisation_id, preferred_language, roles,
                         password_hash, email_verified_at)
     select $1 || '-' || n || '@bench.example', initcap($1) || ' ' || n, p.job_title, p.workforce_group,
            p.organisation_id, p.preferred_language, '{LEARNER}', p.password_hash, now()
       from person p, generate_series(1, $2::int) n
      where p.email = $3
      order by n
     returning id, email`,
    [prefix, count, DEMO_EMAIL],
  );
  return rows;
}

/** Signs each email in through the API's signIn mutation, a few at a time; their session cookies in order. */
export async function signInAll(apiUrl, emails, parallel = 4) {
  const cookies = new Array(emails.length);
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const i = next++;
      const { body, cookie } = await gql(apiUrl, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
        i: { email: emails[i], password: DEMO_PASSWORD },
      });
      if (!cookie || body.errors) throw new Error(`sign-in failed for ${emails[i]}: ${JSON.stringify(body)}`);
      cookies[i] = cookie;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return cookies;
}

/** The id of the first forum category every member of staff may see. */
export async function openCategoryId(db) {
  const { rows } = await db.query(
    `select id from forum_category
      where cardinality(allowed_roles) + cardinality(allowed_sectors) + cardinality(allowed_organisation_ids) = 0
      order by position, id limit 1`,
  );
  return rows[0].id;
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = values.slice().sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank percentile `p` (0–100) of numbers. */
export function percentile(values, p) {
  const sorted = values.slice().sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Hands a benchmark's rows to bench/run-all.mjs (through the file named by BENCH_JSON)
 * so it can print one table for all of them. Each row: { benchmark, server, figures…, goal }.
 */
export function report(rows) {
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(rows));
}

/**
 * One autocannon run against a server: the POST bodies in turn on each connection (a plain GET
 * of the url when there are none), and its figures; an answer carrying GraphQL errors counts as a failure.
 */
export function load(url, { connections, seconds, headers = {}, bodies = [] }) {
  let graphqlErrors = 0;
  const onResponse = (status, text) => {
    // A JSON string cannot hold an unescaped `"errors":`, so it occurs only as GraphQL's errors.
    if (status >= 200 && status < 300 && text.includes('"errors":')) graphqlErrors += 1;
  };
  const requests = bodies.map((body) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    onResponse,
  }));
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, ...(requests.length ? { requests } : {}) }, (error, result) =>
      error
        ? reject(error)
        : resolve({
            rps: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
            failures: result.errors + result.non2xx + graphqlErrors,
          }),
    );
  });
}

/** Each figure's median over the rounds, and the failures summed over them. */
export function summary(runs) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    failures: median(runs.map((r) => r.failures)),
    totalFailures: runs.reduce((sum, r) => sum + r.failures, 0),
  };
}

/**
 * A warm-up run of each server (or variant), then `count` rounds alternating which goes first,
 * so neither always meets a warmer machine; each one's summary, in the order given.
 */
export async function rounds(servers, count, run) {
  const runs = servers.map(() => []);
  for (const server of servers) await run(server);
  for (let round = 0; round < count; round++) {
    const order = round % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
    for (const i of order) runs[i].push(await run(servers[i]));
  }
  return runs.map(summary);
}

/** Prints the heading and a markdown table of each server's figures. */
export function printTable(heading, rows) {
  console.log(`\n${heading}\n`);
  console.log('| server                     |    req/s   | p50 (ms) | p99 (ms) | failures |');
  console.log('| -------------------------- | ---------- | -------- | -------- | -------- |');
  for (const [name, r] of rows) {
    console.log(
      `| ${name.padEnd(26)} | ${r.rps.toFixed(0).padStart(10)} | ${String(r.p50).padStart(8)} | ${String(r.p99).padStart(8)} | ${String(r.totalFailures).padStart(8)} |`,
    );
  }
}

/**
 * Prints and reports the API's figures against the bare baseline's with the goal most
 * benchmarks share: throughput at least `minShare` of bare's, p99 at most twice bare's, no
 * failures (any failure sets a failing exit code).
 */
export function judgeAgainstBare(label, [api, bare], { bareName, minShare }) {
  const throughput = api.rps / bare.rps;
  const tail = api.p99 / Math.max(1, bare.p99);
  const failures = api.totalFailures + bare.totalFailures;
  const share = `${(throughput * 100).toFixed(0)}%`;
  const goal = `${(minShare * 100).toFixed(0)}%`;
  console.log(`\nthroughput: ${share} of bare (goal ≥ ${goal}) ${throughput >= minShare ? 'MET' : 'NOT MET'}`);
  console.log(`p99: ${tail.toFixed(2)}× bare (goal ≤ 2×) ${tail <= 2 ? 'MET' : 'NOT MET'}`);
  console.log(`failures: ${failures === 0 ? 'none (goal: none) MET' : `${failures} (goal: none) NOT MET`}`);
  const met = throughput >= minShare && tail <= 2 && failures === 0;
  report(
    [
      { server: 'Common Ground', r: api },
      { server: bareName, r: bare },
    ].map(({ server, r }, i) => ({
      benchmark: label,
      server,
      rps: Math.round(r.rps),
      p50: r.p50,
      p99: r.p99,
      failures: r.totalFailures,
      goal:
        i === 0 ? `${share} of bare req/s (≥ ${goal}), p99 ${tail.toFixed(2)}× (≤ 2×) ${met ? 'MET' : 'NOT MET'}` : '',
    })),
  );
  if (failures > 0) process.exitCode = 1;
}
