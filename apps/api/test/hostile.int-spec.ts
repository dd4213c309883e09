import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, type TestApp } from './app';
import { makePerson, signIn } from './factories';
import { type HostileRequest, oddTextRequests, refusedRequests, rootOperations } from './hostile-requests';

/** The codes a client may meet; anything else (or none) is a fault. */
const CODES = new Set([
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
]);

/** A stack frame, SQL, or a file path in an answer. */
const LEAK =
  /\bat .+:\d+:\d+|\.(ts|js):\d+|node_modules|\/work\/|QueryFailedError|relation "|syntax error at|call stack/i;

interface Verdict {
  request: string;
  problem: string;
}

/** A fingerprint of every row of every table (sessions and migration bookkeeping aside). */
async function databaseDigest(t: TestApp): Promise<Record<string, string>> {
  const tables = await t.db.query<{ tablename: string }[]>(
    `select tablename from pg_tables where schemaname = 'public' and tablename not in ('session', 'migrations') order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await t.db.query<{ n: number; h: string }[]>(
      `select count(*)::int as n, coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as h from "${tablename}" t`,
    );
    out[tablename] = `${row.n}:${row.h}`;
  }
  return out;
}

describe('hostile input, generated from the schema', () => {
  let t: TestApp;
  let cookie = '';
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'warn' });
    // Every role, so that refusals come from the input and not from authorisation.
    const person = await makePerson(t.db, { roles: ['LEARNER', 'EDITOR', 'MODERATOR', 'ADMIN'] });
    const client = t.client();
    await signIn(client, person.email);
    cookie = client.sessionCookie;
  });
  afterAll(async () => {
    await t?.close();
  });

  const schema = () => t.app.get(GraphQLSchemaHost).schema;

  /** Sends requests a few at a time and returns everything wrong with the answers. */
  async function judge(requests: HostileRequest[]): Promise<Verdict[]> {
    const verdicts: Verdict[] = [];
    const one = async (r: HostileRequest) => {
      const name = `${r.operation} [${r.kind}]`;
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: r.query, variables: r.variables }),
      });
      const text = await res.text();
      if (res.status >= 500) verdicts.push({ request: name, problem: `HTTP ${res.status}: ${text.slice(0, 200)}` });
      if (LEAK.test(text)) verdicts.push({ request: name, problem: `leaks: ${text.slice(0, 200)}` });
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      for (const error of body.errors ?? []) {
        const code = error.extensions?.code;
        if (!code || !CODES.has(code))
          verdicts.push({ request: name, problem: `code ${String(code)}: ${text.slice(0, 200)}` });
      }
      if (r.expect && body.errors?.[0]?.extensions?.code !== r.expect) {
        verdicts.push({ request: name, problem: `expected ${r.expect}, got ${text.slice(0, 200)}` });
      }
    };
    for (let i = 0; i < requests.length; i += 8) await Promise.all(requests.slice(i, i + 8).map(one));
    return verdicts;
  }

  it('covers every query and mutation in the schema', () => {
    const { requests } = refusedRequests(schema());
    const covered = new Set(requests.map((r) => r.operation.split('(')[0]));
    expect(
      rootOperations(schema())
        .map((op) => op.field.name)
        .filter((name) => !covered.has(name)),
    ).toEqual([]);
    expect(requests.length).toBeGreaterThan(1000);
    process.stdout.write(
      `hostile requests: ${requests.length} refused, ${oddTextRequests(schema()).length} odd text\n`,
    );
  });

  it('declares a length limit on every String field of every input', () => {
    expect(refusedRequests(schema()).unlimited).toEqual([]);
  });

  it('refuses every wrong type, unsafe text, over-long value, path trick and flood with a code, and changes nothing', async () => {
    const { requests } = refusedRequests(schema());
    const before = await databaseDigest(t);
    const errorsBefore = t.logs.errors.length;
    const verdicts = await judge(requests);
    expect(verdicts).toEqual([]);
    expect(await databaseDigest(t)).toEqual(before);
    expect(t.logs.errors.slice(errorsBefore)).toEqual([]);
  }, 600_000);

  it('answers unusual but real text (right-to-left marks, emoji, markup, quotes) without a fault', async () => {
    const errorsBefore = t.logs.errors.length;
    expect(await judge(oddTextRequests(schema()))).toEqual([]);
    expect(t.logs.errors.slice(errorsBefore)).toEqual([]);
  }, 600_000);
});
