import { LIMITS } from '@common-ground/shared';
import { createTestApp, type TestApp } from './app';
import { makeLesson, makeModule, makePerson, signIn, TEST_PASSWORD } from './factories';

/** What the web app sends: the GraphQL-over-HTTP media type first, so failures carry their status. */
const MODERN = { accept: 'application/graphql-response+json, application/json;q=0.9' };

/** Anything that betrays the inside of the server: a stack frame, SQL, a file path. */
const LEAKS = [
  /\bat .+:\d+:\d+/,
  /\.(ts|js):\d+/,
  /node_modules|\/work\/|\/dist\/|\/src\//,
  /\b(select|insert|update|delete)\b .*\b(from|into|set)\b/i,
  /relation ".*"|QueryFailedError|syntax error at/i,
  /RangeError|TypeError|Maximum call stack/,
];

function expectNoLeak(text: string): void {
  for (const leak of LEAKS)
    expect({ leak: String(leak), text: leak.test(text) ? text : 'clean' }).toMatchObject({ text: 'clean' });
}

interface Answer {
  status: number;
  body: { code?: string; message?: string; errors?: { message: string; extensions?: { code?: string } }[] };
  text: string;
}

describe('one error path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await t?.close();
  });

  // A refused request is the client's business: only a real fault may be logged as an error.
  let errorsBefore = 0;
  let faultExpected = false;
  beforeEach(() => {
    errorsBefore = t.logs.errors.length;
    faultExpected = false;
  });
  afterEach(() => {
    if (!faultExpected) expect(t.logs.errors.slice(errorsBefore)).toEqual([]);
  });

  const send = async (path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Answer> => {
    const res = await fetch(`${t.url}${path}`, init);
    const text = await res.text();
    expectNoLeak(text);
    let body: Answer['body'] = {};
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      throw new Error(`Not JSON (${res.status}): ${text.slice(0, 200)}`);
    }
    return { status: res.status, body, text };
  };
  const graphql = (body: string, headers: Record<string, string> = {}, cookie = '') =>
    send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
      body,
    });
  const query = (q: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query: q, variables });

  /** A GraphQL failure in the product's shape: one error, a code, a message a person can read. */
  const expectGraphqlError = (answer: Answer, status: number, code: string) => {
    expect({ status: answer.status, code: answer.body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    expect(answer.body.errors?.[0]?.message).toMatch(/^[A-Z].{10,}/);
  };
  /** A REST failure in the product's shape: `{ code, message }`. */
  const expectRestError = (answer: Answer, status: number, code: string) => {
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
    expect(answer.body.message).toMatch(/^[A-Z].{10,}/);
    expect(Object.keys(answer.body).sort()).toEqual(['code', 'message']);
  };

  const signedIn = async (roles: ('LEARNER' | 'EDITOR' | 'ADMIN')[] = ['LEARNER']) => {
    const person = await makePerson(t.db, { roles });
    const client = t.client();
    await signIn(client, person.email);
    return { person, cookie: client.sessionCookie };
  };

  describe('400', () => {
    it('answers malformed JSON, a byte-order mark and a leading control character with BAD_REQUEST', async () => {
      expectGraphqlError(await graphql('{"query": "{ viewer { id }'), 400, 'BAD_REQUEST');
      expectGraphqlError(await graphql(`\ufeff${query('{ viewer { id } }')}`), 400, 'BAD_REQUEST');
      expectGraphqlError(await graphql(`\u0001${query('{ viewer { id } }')}`), 400, 'BAD_REQUEST');
      expectGraphqlError(await graphql(`\u007f${query('{ viewer { id } }')}`), 400, 'BAD_REQUEST');
      // Ordinary whitespace before the JSON is fine.
      expect((await graphql(`\n ${query('{ viewer { id } }')}`)).status).toBe(200);
    });

    it('answers a variable of the wrong type with BAD_USER_INPUT, not a fault', async () => {
      const object = await graphql(query('query($id: ID!) { lesson(id: $id) { id } }', { id: { a: 1 } }));
      expectGraphqlError(object, 400, 'BAD_USER_INPUT');
      const number = await graphql(
        query('query($f: Int) { learningModules(first: $f) { edges { node { id } } } }', { f: 'abc' }),
      );
      expectGraphqlError(number, 400, 'BAD_USER_INPUT');
      const missing = await graphql(query('query($id: ID!) { lesson(id: $id) { id } }', {}));
      expectGraphqlError(missing, 400, 'BAD_USER_INPUT');
    });

    it('answers a bare string argument one character over its limit with BAD_USER_INPUT naming it', async () => {
      const q = 'query($s: String!) { invitation(token: $s) { __typename } }';
      // At the limit the token reaches the resolver, which finds no such invitation.
      const atLimit = await graphql(query(q, { s: 'a'.repeat(LIMITS.stringArgMaxLength) }));
      expect({ status: atLimit.status, body: atLimit.body }).toEqual({
        status: 200,
        body: { data: { invitation: null } },
      });
      const over = await graphql(query(q, { s: 'a'.repeat(LIMITS.stringArgMaxLength + 1) }));
      expectGraphqlError(over, 400, 'BAD_USER_INPUT');
      expect(over.text).toContain('"fields":{"token"');
      const id = await graphql(
        query('query($id: ID!) { lesson(id: $id) { id } }', { id: 'x'.repeat(LIMITS.idArgMaxLength + 1) }),
      );
      expectGraphqlError(id, 400, 'BAD_USER_INPUT');
    });

    it('answers an input field one character over its limit with BAD_USER_INPUT on that field', async () => {
      const { cookie } = await signedIn();
      const update = (name: string) =>
        graphql(
          query('mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { name } }', {
            input: { name, jobTitle: 'Adviser', workforceGroup: 'GENERAL_CONTACT', preferredLanguage: 'en' },
          }),
          {},
          cookie,
        );
      expect((await update('n'.repeat(LIMITS.nameMaxLength))).body.errors).toBeUndefined();
      const over = await update('n'.repeat(LIMITS.nameMaxLength + 1));
      expect(over.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: expect.any(String) },
      });
    });
  });

  describe('refused by the GraphQL layer before anything runs', () => {
    const attempts = async () =>
      Number((await t.db.query<{ n: number }[]>('select count(*)::int as n from sign_in_attempt'))[0].n);

    it('refuses a thousand directives, a thousand aliased sign-ins and 20,000 nested lists with 400 and a code', async () => {
      const before = await attempts();
      const directives = await graphql(query(`{ viewer ${'@include(if: true) '.repeat(1000)}{ id } }`));
      expect(directives.status).toBe(400);
      expect(directives.body.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);

      const signIns = Array.from(
        { length: 1000 },
        (_, i) => `a${i}: signIn(input: { email: "x${i}@example.org", password: "wrong" }) { id }`,
      ).join(' ');
      const aliased = await graphql(query(`mutation { ${signIns} }`));
      expect(aliased.status).toBe(400);
      expect(aliased.body.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
      expect(await attempts()).toBe(before);

      const twentyOneAliases = Array.from(
        { length: 21 },
        (_, i) => `a${i}: signIn(input: { email: "y${i}@example.org", password: "wrong" }) { id }`,
      ).join(' ');
      expectGraphqlError(await graphql(query(`mutation { ${twentyOneAliases} }`)), 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(await attempts()).toBe(before);

      const nested = await graphql(
        query(`{ learningModules(search: ${'['.repeat(20000)}${']'.repeat(20000)}) { pageInfo { hasNextPage } } }`),
      );
      expect(nested.status).toBe(400);
      expect(nested.body.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    });

    it('refuses a document of too many tokens as a parse failure', async () => {
      const tokens = await graphql(query(`{ viewer { ${'id '.repeat(LIMITS.graphqlTokens)} } }`));
      expectGraphqlError(tokens, 400, 'GRAPHQL_PARSE_FAILED');
    });

    it('prices lists inside lists, with or without a page size, and refuses QUERY_TOO_COMPLEX', async () => {
      const { cookie } = await signedIn();
      const paged = await graphql(
        query(
          `{ learningModules(first: 100) { edges { node { lessons { scenario { characters { avatar { id } } } } } } } }`,
        ),
        {},
        cookie,
      );
      expectGraphqlError(paged, 400, 'QUERY_TOO_COMPLEX');
      const unpaged = await graphql(
        query(`{ myLearning { inProgress { lessons { scenario { characters { avatar { id } } } } } } }`),
        {},
        cookie,
      );
      expectGraphqlError(unpaged, 400, 'QUERY_TOO_COMPLEX');
      const modest = await graphql(
        query(`{ learningModules(first: 20) { edges { node { id lessons { id title } } } } }`),
        {},
        cookie,
      );
      expect(modest.body.errors).toBeUndefined();
    });
  });

  describe('GraphQL limits', () => {
    it('refuses a query too deep, too aliased, or with a mistyped field, without suggesting names', async () => {
      const deep = `{ learningModules(first: 1) { edges { node { ${'lessons { module { '.repeat(3)}lessons { id }${' } }'.repeat(3)} } } } }`;
      const deepRes = await graphql(query(deep));
      expectGraphqlError(deepRes, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(deepRes.body.errors?.[0]?.message).toMatch(/depth/i);

      const aliases = Array.from({ length: LIMITS.graphqlAliases + 1 }, (_, i) => `a${i}: viewer { id }`).join(' ');
      const aliasRes = await graphql(query(`{ ${aliases} }`));
      expectGraphqlError(aliasRes, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(aliasRes.body.errors?.[0]?.message).toMatch(/alias/i);

      const typo = await graphql(query('{ viewr { id } }'));
      expectGraphqlError(typo, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(typo.body.errors?.[0]?.message).not.toMatch(/did you mean/i);

      expectGraphqlError(await graphql(query('query {')), 400, 'GRAPHQL_PARSE_FAILED');
    });

    it('refuses batches and GET requests without a CSRF-safe header', async () => {
      const batch = await graphql(JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]));
      expect(batch.status).toBe(400);
      expect(batch.body.errors?.[0]?.extensions?.code).toMatch(/^BAD_(REQUEST|USER_INPUT)$/);
      const csrf = await send(`/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
      expect(csrf.status).toBe(400);
      expect(csrf.body.errors?.[0]?.extensions?.code).toMatch(/^BAD_(REQUEST|USER_INPUT)$/);
    });
  });

  describe('each status in the product shape', () => {
    it('401: a signed-out upload (REST) and a signed-in-only operation (GraphQL)', async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'a.png');
      expectRestError(await send('/api/media', { method: 'POST', body: form }), 401, 'UNAUTHENTICATED');
      const people = query('{ people { edges { node { id } } } }');
      expectGraphqlError(await graphql(people, MODERN), 401, 'UNAUTHENTICATED');
      // Plain JSON clients keep the 200 the GraphQL-over-HTTP specification asks of them, with the code.
      const plain = await graphql(people);
      expect({ status: plain.status, code: plain.body.errors?.[0]?.extensions?.code }).toEqual({
        status: 200,
        code: 'UNAUTHENTICATED',
      });
    });

    it('403: a learner uploading (REST) or listing people (GraphQL)', async () => {
      const { cookie } = await signedIn();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'a.png');
      expectRestError(await send('/api/media', { method: 'POST', body: form, headers: { cookie } }), 403, 'FORBIDDEN');
      expectGraphqlError(
        await graphql(query('{ people { edges { node { id } } } }'), MODERN, cookie),
        403,
        'FORBIDDEN',
      );
    });

    it('404: unknown routes of every method, an unknown file, an unknown person', async () => {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
        expectRestError(await send('/api/nothing-here', { method }), 404, 'NOT_FOUND');
      }
      expectRestError(await send('/api/media/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
      expectRestError(await send('/api/media/..%2F..%2Fetc%2Fpasswd'), 404, 'NOT_FOUND');
      const { cookie } = await signedIn();
      const person = await graphql(
        query('query($id: ID!) { person(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }),
        MODERN,
        cookie,
      );
      expectGraphqlError(person, 404, 'NOT_FOUND');
    });

    it('409: a lesson added to a module that is full', async () => {
      const { cookie } = await signedIn(['LEARNER', 'EDITOR']);
      const module = await makeModule(t.db, { status: 'DRAFT' });
      for (let i = 0; i < LIMITS.lessonsPerModule; i += 1) {
        await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>x</p>' }, { publish: false, position: i + 1 });
      }
      const create = await graphql(
        query('mutation($input: CreateLessonInput!) { createLesson(input: $input) { id } }', {
          input: { moduleId: module.id, kind: 'ARTICLE', title: 'One too many', outcomes: [] },
        }),
        MODERN,
        cookie,
      );
      expectGraphqlError(create, 409, 'CONFLICT');
      const rows = await t.db.query<
        {
          n: number;
        }[]
      >('select count(*)::int as n from lesson where module_id = $1', [module.id]);
      expect(rows[0].n).toBe(LIMITS.lessonsPerModule);
    });

    it('413: a GraphQL body over the limit, whatever makes it large', async () => {
      const bodies = [
        query('query($id: ID!) { lesson(id: $id) { id } }', { id: 'x'.repeat(300 * 1024) }),
        query(`{ viewer { id } } # ${'x'.repeat(1024 * 1024)}`),
        query('{ viewer { id } }', { big: 'x'.repeat(10 * 1024 * 1024) }),
        query(`{ viewer { ${'id '.repeat(200_000)} } }`),
      ];
      for (const body of bodies) {
        const answer = await graphql(body);
        expectGraphqlError(answer, 413, 'PAYLOAD_TOO_LARGE');
        expect(answer.body.errors?.[0]?.message).toContain(`${LIMITS.requestBodyBytes / 1024} KB`);
      }
    });

    it('415: GraphQL sent as anything but JSON', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        expectGraphqlError(
          await send('/graphql', { method: 'POST', headers: { 'content-type': type }, body: 'query=%7B%7D' }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        );
      }
    });

    it('429: the eleventh wrong password for one account', async () => {
      const person = await makePerson(t.db);
      const signInBody = (password: string) =>
        query('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
          input: { email: person.email, password },
        });
      for (let i = 0; i < LIMITS.signInFailuresPerAccount; i += 1) {
        expectGraphqlError(await graphql(signInBody('wrong password'), MODERN), 401, 'UNAUTHENTICATED');
      }
      expectGraphqlError(await graphql(signInBody(TEST_PASSWORD), MODERN), 429, 'RATE_LIMITED');
    });

    it('500: a real fault (a table gone) is logged as an error and answered with a generic message', async () => {
      faultExpected = true;
      const { cookie } = await signedIn(['LEARNER', 'EDITOR']);
      const module = await makeModule(t.db);
      await t.db.query('alter table media rename to media_gone');
      try {
        const rest = await send('/api/media/00000000-0000-4000-8000-000000000000', { headers: { cookie } });
        expectRestError(rest, 500, 'INTERNAL_SERVER_ERROR');
        await t.db.query('alter table learning_module rename to learning_module_gone');
        try {
          const gql = await graphql(
            query('query($id: ID!) { learningModule(id: $id) { id } }', { id: module.id }),
            MODERN,
            cookie,
          );
          expectGraphqlError(gql, 500, 'INTERNAL_SERVER_ERROR');
        } finally {
          await t.db.query('alter table learning_module_gone rename to learning_module');
        }
      } finally {
        await t.db.query('alter table media_gone rename to media');
      }
      expect(t.logs.errors.length - errorsBefore).toBeGreaterThanOrEqual(2);
    });
  });
});
