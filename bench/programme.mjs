/**
 * Programme benchmark: the GraphQL query the public programme page makes for a month (the
 * sessions with places left, their course and the free cancellation deadline), signed out,
 * under 50 concurrent clients on loopback, against our API and against a bare graphql-http
 * server with one hand-written statement over the same database, in the same run. Then
 * shortlisting: 300 applicants from 60 organisations for one 20-place session, timed as a
 * lead's preview (the decision) and as the run (the decision saved and every applicant
 * and manager emailed through the outbox). Goals: ≥ 60% of the bare throughput; the
 * shortlisting decision within a second.
 *   npm run build && node bench/programme.mjs [--seconds 10] [--connections 50] [--rounds 3]
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { arg, database, DEMO_PASSWORD, freePort, gql, median, report, sleep, startApi, startBaseline } from './lib.mjs';

const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 50);
const ROUNDS = arg('rounds', 3);
const LABEL = 'programme';

const QUERY = `query Programme($filter: ProgrammeFilter, $first: Int) {
  courseProgramme(filter: $filter, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id startsAt endsAt venue locality capacity placesLeft shortlistedAt status freeCancellationUntil
      course { id title targetGroups } } }
  }
  courseLocalities
}`;

function load(url, body) {
  let graphqlErrors = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            onResponse: (status, text) => {
              if (status >= 200 && status < 300 && text.includes('"errors":')) graphqlErrors += 1;
            },
          },
        ],
      },
      (error, result) =>
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

/** A month with sessions: 40 more sessions of the demo courses spread over it, some with places given out. */
async function growProgramme(client) {
  const start = new Date(Date.now() + 35 * 86_400_000);
  const month = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`;
  await client.query(
    `insert into course_session (course_id, starts_at, ends_at, venue, joining_instructions, locality, capacity)
     select c.id, $1::timestamptz + (n % 25) * interval '1 day' + interval '9 hours',
            $1::timestamptz + (n % 25) * interval '1 day' + interval '12 hours',
            'Bench venue ' || n, 'Sign in at reception.', (array['Fenmouth','Saltmarsh','Westfen'])[1 + n % 3], 12
       from generate_series(1, 40) n
       join lateral (select id from course order by title, id offset (n % 6) limit 1) c on true`,
    [`${month}-01T00:00:00Z`],
  );
  return month;
}

async function shortlisting(client, apiUrl, leadCookie) {
  const { rows: courses } = await client.query(`select id from course order by title limit 1`);
  const { rows: sessions } = await client.query(
    `insert into course_session (course_id, starts_at, ends_at, venue, locality, capacity)
     values ($1, now() + interval '80 days', now() + interval '80 days 3 hours', 'Bench hall', 'Saltmarsh', 20) returning id`,
    [courses[0].id],
  );
  const sessionId = sessions[0].id;
  await client.query(
    `with orgs as (
       insert into organisation (name, sector, funds_partnership, safer_programme_member)
       select 'Bench org ' || n || ' ' || $2, (array['STATUTORY','HEALTH','POLICE','EDUCATION','VOLUNTARY_AND_COMMUNITY','PRIVATE'])[1 + n % 6], n % 2 = 0, n % 3 = 0
         from generate_series(1, 60) n returning id, name),
     numbered as (select id, row_number() over (order by name) as k from orgs),
     people as (
       insert into person (email, name, workforce_group, organisation_id, password_hash, email_verified_at)
       select 'bench-applicant-' || n || '-' || $2 || '@bench.example', 'Applicant ' || n, 'GENERAL_CONTACT',
              (select id from numbered where k = 1 + n % 60), 'x', now()
         from generate_series(1, 300) n returning id, organisation_id, email)
     insert into course_application (session_id, person_id, organisation_id, locality, manager_name, manager_email, applied_at)
     select $1, p.id, p.organisation_id, (array['Saltmarsh','Westfen','Fenmouth'])[1 + (hashtext(p.email) & 3) % 3],
            'Bench Manager', 'manager@bench.example', now() - (hashtext(p.email) & 1023) * interval '1 minute'
       from people p`,
    [sessionId, randomBytes(3).toString('hex')],
  );
  const time = async (query, variables) => {
    const started = performance.now();
    const { body } = await gql(apiUrl, query, variables, leadCookie);
    const ms = performance.now() - started;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { ms, body };
  };
  const previews = [];
  for (let i = 0; i < 5; i++) {
    previews.push(
      (await time(`query($s: ID!) { shortlistPreview(sessionId: $s) { applicationId outcome } }`, { s: sessionId })).ms,
    );
  }
  const run = await time(`mutation($i: RunShortlistingInput!) { runShortlisting(input: $i) { placesLeft } }`, {
    i: { sessionId },
  });
  const { rows } = await client.query(
    `select count(distinct a.organisation_id)::int as orgs, count(distinct o.sector)::int as sectors
       from course_application a join organisation o on o.id = a.organisation_id where a.session_id = $1 and a.status = 'CONFIRMED'`,
    [sessionId],
  );
  return { previewMs: median(previews), runMs: run.ms, ...rows[0] };
}

async function main() {
  const db = await database();
  const children = [];
  const client = new pg.Client({ connectionString: db.url });
  try {
    const api = await startApi(db.url, randomBytes(32).toString('hex'));
    children.push(api.child);
    await client.connect();
    const month = await growProgramme(client);
    const barePort = await freePort();
    children.push(await startBaseline('bare-programme-server.mjs', [db.url, String(barePort)]));
    const body = JSON.stringify({ query: QUERY, variables: { filter: { month }, first: 20 } });
    const servers = [
      { name: 'Common Ground API', url: api.url, runs: [] },
      { name: 'bare graphql-http + SQL', url: `http://127.0.0.1:${barePort}/graphql`, runs: [] },
    ];
    const answers = await Promise.all(
      servers.map(
        async (s) =>
          (await (await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json())
            .data,
      ),
    );
    const ids = answers.map((a) =>
      a.courseProgramme.edges.map((e) => `${e.node.id}:${e.node.placesLeft}:${e.node.freeCancellationUntil}`).join(),
    );
    if (ids[0] !== ids[1] || answers[0].courseProgramme.edges.length === 0) {
      console.error('The two servers do not answer alike:', JSON.stringify(answers).slice(0, 2000));
      process.exitCode = 1;
      return;
    }
    for (const server of servers) await load(server.url, body);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...servers].reverse() : servers;
      for (const server of order) server.runs.push(await load(server.url, body));
    }
    const summary = (runs) => ({
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
      totalFailures: runs.reduce((sum, r) => sum + r.failures, 0),
    });
    const [a, b] = servers.map((s) => summary(s.runs));
    const row = (name, r) =>
      `| ${name.padEnd(26)} | ${r.rps.toFixed(0).padStart(10)} | ${String(r.p50).padStart(8)} | ${String(r.p99).padStart(8)} | ${String(r.totalFailures).padStart(8)} |`;
    console.log(
      `\nProgramme page: ${answers[0].courseProgramme.edges.length} sessions of ${month}, signed out, ${CONNECTIONS} connections, ${ROUNDS} ${SECONDS}-second rounds, median of each figure\n`,
    );
    console.log('| server                     |    req/s   | p50 (ms) | p99 (ms) | failures |');
    console.log('| -------------------------- | ---------- | -------- | -------- | -------- |');
    console.log(row(servers[0].name, a));
    console.log(row(servers[1].name, b));
    const throughput = a.rps / b.rps;
    console.log(
      `\nthroughput: ${(throughput * 100).toFixed(0)}% of bare (goal ≥ 60%) ${throughput >= 0.6 ? 'MET' : 'NOT MET'}`,
    );

    const lead = await gql(api.url, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: 'lead@westfen-county.example', password: DEMO_PASSWORD },
    });
    const s = await shortlisting(client, api.url, lead.cookie);
    console.log(
      `\nShortlisting 300 applicants from 60 organisations for 20 places: decision (preview, median of 5) ${s.previewMs.toFixed(0)} ms ` +
        `(goal ≤ 1000 ms) ${s.previewMs <= 1000 ? 'MET' : 'NOT MET'}; run with 600 emails to the outbox ${s.runMs.toFixed(0)} ms; ` +
        `places went to ${s.orgs} organisations in ${s.sectors} sectors`,
    );
    report([
      {
        benchmark: LABEL,
        server: 'Common Ground',
        rps: Math.round(a.rps),
        p50: a.p50,
        p99: a.p99,
        failures: a.totalFailures,
        goal: `${(throughput * 100).toFixed(0)}% of bare req/s (≥ 60%) ${throughput >= 0.6 ? 'MET' : 'NOT MET'}`,
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
      {
        benchmark: 'shortlisting-300',
        server: 'Common Ground',
        p50: Math.round(s.previewMs),
        goal: `decision ${s.previewMs.toFixed(0)} ms (≤ 1000) ${s.previewMs <= 1000 ? 'MET' : 'NOT MET'}; run + mail ${s.runMs.toFixed(0)} ms`,
      },
    ]);
    if (a.totalFailures + b.totalFailures > 0) process.exitCode = 1;
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
