/**
 * Lesson-page benchmark: the GraphQL query a learner's lesson page makes (a scenario in
 * progress), signed in with the same session cookie, under 50 concurrent clients on
 * loopback, against our API and against a bare graphql-http server with hand-written SQL
 * over the same database (one session read, one lesson read, one content parse), in the
 * same run. Rounds alternate which server goes first; each figure (requests/s, p50, p99,
 * failures) is the median over the rounds. A failure is a connection error or timeout, a
 * non-2xx answer, or a 2xx answer carrying GraphQL `errors`. Prints whether the goal is met
 * (≥ 60% of the bare throughput, p99 ≤ 2× the bare p99, no failures).
 *   npm run build && node bench/lesson-page.mjs [--seconds 10] [--connections 50] [--rounds 3]
 * Uses DATABASE_URL's server when set (creating and dropping its own database), else an
 * embedded PostgreSQL. BENCH_API_DIR runs another build of the API than this tree's.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { arg, database, freePort, load, report, rounds, waitFor } from './lib.mjs';

const root = join(import.meta.dirname, '..');
/** The API to measure: this tree's build, or another build's apps/api folder named by BENCH_API_DIR. */
const apiDir = process.env.BENCH_API_DIR ?? join(root, 'apps/api');
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

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), cookie: res.headers.getSetCookie()[0]?.split(';')[0] };
}

/**
 * Loads one server for a round and returns its figures. A JSON string cannot hold an
 * unescaped `"errors":`, and the lesson-page query has no field of that name, so the text
 * occurs in an answer only as GraphQL's top-level errors.
 */
async function main() {
  const db = await database();
  const children = [];
  const sessionSecret = randomBytes(32).toString('hex');
  try {
    const apiPort = await freePort();
    const barePort = await freePort();
    // BENCH_API_NODE_ARGS passes flags to the API process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const api = spawn(process.execPath, [...nodeArgs, join(apiDir, 'dist/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        SESSION_SECRET: sessionSecret,
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
    const auth = { cookie: signIn.cookie };
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
      { env: { ...process.env, SESSION_SECRET: sessionSecret }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    children.push(bare);
    const bareUrl = `http://127.0.0.1:${barePort}/graphql`;
    await waitFor(bareUrl, bare);

    const body = JSON.stringify({ query: QUERY, variables: { id: lessonId } });
    const ours = await gql(apiUrl, QUERY, { id: lessonId }, auth);
    const theirs = await gql(bareUrl, QUERY, { id: lessonId }, auth);
    if (JSON.stringify(ours.body) !== JSON.stringify(theirs.body)) {
      console.error('The two servers do not serve the same payload:');
      console.error(JSON.stringify(ours.body).slice(0, 2000));
      console.error(JSON.stringify(theirs.body).slice(0, 2000));
      process.exitCode = 1;
      return;
    }
    const bytes = JSON.stringify(ours.body).length;

    // Warm both up, then measure them in rounds that alternate which goes first (A B, B A,
    // ...), so neither always runs on a machine the other has just heated.
    const servers = [
      { name: 'Common Ground API', url: apiUrl },
      { name: 'bare graphql-http + SQL', url: bareUrl },
    ];
    const [a, b] = await rounds(servers, ROUNDS, (server) =>
      load(server.url, { connections: CONNECTIONS, seconds: SECONDS, headers: auth, bodies: [body] }),
    );
    const row = (name, r) =>
      `| ${name.padEnd(26)} | ${r.rps.toFixed(0).padStart(10)} | ${String(r.p50).padStart(8)} | ${String(r.p99).padStart(8)} | ${String(r.failures).padStart(8)} |`;
    console.log(
      `\nLesson page query (${bytes} bytes of JSON), ${CONNECTIONS} connections, ${ROUNDS} ${SECONDS}-second rounds alternating which server goes first, median of each figure, loopback\n`,
    );
    console.log('| server                     |    req/s   | p50 (ms) | p99 (ms) | failures |');
    console.log('| -------------------------- | ---------- | -------- | -------- | -------- |');
    console.log(row(servers[0].name, a));
    console.log(row(servers[1].name, b));
    console.log(
      `\nfailures over all rounds (errors, timeouts, non-2xx, 200 with GraphQL errors): API ${a.totalFailures}, bare ${b.totalFailures}`,
    );
    const throughput = a.rps / b.rps;
    const tail = a.p99 / Math.max(1, b.p99);
    console.log(
      `throughput: ${(throughput * 100).toFixed(0)}% of bare (goal ≥ 60%) ${throughput >= 0.6 ? 'MET' : 'NOT MET'}`,
    );
    console.log(`p99: ${tail.toFixed(2)}× bare (goal ≤ 2×) ${tail <= 2 ? 'MET' : 'NOT MET'}`);
    console.log(
      `failures: ${a.totalFailures + b.totalFailures === 0 ? 'none (goal: none) MET' : 'some (goal: none) NOT MET'}`,
    );
    const met = throughput >= 0.6 && tail <= 2 && a.totalFailures + b.totalFailures === 0;
    report(
      [
        { server: 'Common Ground', r: a },
        { server: 'bare graphql-http + SQL', r: b },
      ].map(({ server, r }, i) => ({
        benchmark: 'lesson page',
        server,
        rps: Math.round(r.rps),
        p50: r.p50,
        p99: r.p99,
        failures: r.totalFailures,
        goal:
          i === 0
            ? `${(throughput * 100).toFixed(0)}% of bare req/s (≥ 60%), p99 ${tail.toFixed(2)}× (≤ 2×) ${met ? 'MET' : 'NOT MET'}`
            : '',
      })),
    );
    if (a.totalFailures + b.totalFailures > 0) process.exitCode = 1;
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
