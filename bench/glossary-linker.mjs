/**
 * Glossary-linker benchmark: the GraphQL query a reader's article lesson page makes, with the
 * article's glossary terms linked (`linkedHtml`: the cached term list, the editors' switch
 * read once per request, the first occurrence of each of the 41 demo terms turned into a
 * pop-over) against the same query with the text as stored (`html`: no linking), both on one
 * API over the same database in the same run, 50 concurrent clients. Rounds alternate which
 * goes first; each figure is the median over the rounds. Goal (issue 8): linking on costs at
 * most 10% more: p50 ≤ 1.1× and throughput ≥ 1/1.1 of linking off, with no failures.
 *   npm run build && node bench/glossary-linker.mjs [--seconds 10] [--connections 50] [--rounds 3]
 * Uses DATABASE_URL's server when set (creating and dropping its own database), else an
 * embedded PostgreSQL. BENCH_API_DIR runs another build of the API than this tree's.
 */
import { randomBytes } from 'node:crypto';
import { arg, database, DEMO_EMAIL, DEMO_PASSWORD, gql, load, report, rounds, startApi } from './lib.mjs';

const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 50);
const ROUNDS = arg('rounds', 3);

const page = (articleFields) => `query LessonPage($id: ID!) {
  lesson(id: $id) { id title kind step stepCount outcomes module { id title slug } article { ${articleFields} } viewerStatus }
}`;
const VARIANTS = [
  { name: 'linking on (linkedHtml)', query: page('linkedHtml') },
  { name: 'linking off (html)', query: page('html') },
];

async function main() {
  const db = await database();
  let api;
  try {
    api = await startApi(db.url, randomBytes(32).toString('hex'));
    const signIn = await gql(api.url, 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', {
      i: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
    });
    const cookie = signIn.cookie;
    // The demo article lesson that links the most glossary terms.
    const modules = await gql(api.url, '{ learningModules(first: 20) { edges { node { slug } } } }', {}, cookie);
    let best = { id: null, terms: -1, bytes: 0 };
    for (const { node } of modules.body.data.learningModules.edges) {
      const mod = await gql(api.url, `{ learningModule(slug: "${node.slug}") { lessons { id kind } } }`, {}, cookie);
      for (const lesson of mod.body.data.learningModule.lessons.filter((l) => l.kind === 'ARTICLE')) {
        const read = await gql(api.url, VARIANTS[0].query, { id: lesson.id }, cookie);
        const html = read.body.data?.lesson?.article?.linkedHtml ?? '';
        const terms = (html.match(/data-glossary-term=/g) ?? []).length;
        if (terms > best.terms) best = { id: lesson.id, terms, bytes: html.length };
      }
    }
    if (!best.id) throw new Error('No demo article lesson found');

    const variants = VARIANTS.map((v) => ({
      ...v,
      body: JSON.stringify({ query: v.query, variables: { id: best.id } }),
    }));
    const [on, off] = await rounds(variants, ROUNDS, (v) =>
      load(api.url, { connections: CONNECTIONS, seconds: SECONDS, headers: { cookie }, bodies: [v.body] }),
    );
    const row = (name, r) =>
      `| ${name.padEnd(26)} | ${r.rps.toFixed(0).padStart(8)} | ${String(r.p50).padStart(8)} | ${String(r.p99).padStart(8)} | ${String(r.totalFailures).padStart(8)} |`;
    console.log(
      `\nArticle lesson page (${best.terms} glossary terms linked, ${best.bytes} characters of HTML), ${CONNECTIONS} connections, ${ROUNDS} ${SECONDS}-second rounds alternating, medians, loopback\n`,
    );
    console.log('| variant                    |   req/s  | p50 (ms) | p99 (ms) | failures |');
    console.log('| -------------------------- | -------- | -------- | -------- | -------- |');
    console.log(row(variants[0].name, on));
    console.log(row(variants[1].name, off));
    const cost = off.rps / on.rps;
    const latency = on.p50 / Math.max(1, off.p50);
    const met = cost <= 1.1 && latency <= 1.1 && on.totalFailures + off.totalFailures === 0;
    console.log(
      `\nlinking costs ${((cost - 1) * 100).toFixed(1)}% of throughput, p50 ${latency.toFixed(2)}× (goal ≤ 10% more) ${met ? 'MET' : 'NOT MET'}`,
    );
    report(
      [
        { server: 'linking on', r: on },
        { server: 'linking off', r: off },
      ].map(({ server, r }, i) => ({
        benchmark: 'glossary linker',
        server,
        rps: Math.round(r.rps),
        p50: r.p50,
        p99: r.p99,
        failures: r.totalFailures,
        goal:
          i === 0
            ? `${((cost - 1) * 100).toFixed(1)}% fewer req/s, p50 ${latency.toFixed(2)}× (≤ 10% more) ${met ? 'MET' : 'NOT MET'}`
            : '',
      })),
    );
    if (on.totalFailures + off.totalFailures > 0) process.exitCode = 1;
  } finally {
    api?.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 2500));
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
