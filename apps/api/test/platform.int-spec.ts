import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, type TestApp } from './app';
import { makePerson, signIn } from './factories';

/** Operations anyone may call signed out. Adding one here is a deliberate decision. */
const PUBLIC = new Set([
  'viewer',
  'invitation',
  'signUp',
  'verifyEmail',
  'resendVerificationEmail',
  'signIn',
  'requestPasswordReset',
  'resetPassword',
  'learningModules',
  'learningModule',
  'learningTopics',
  'lesson',
  'verifyCertificate',
]);

/** Operations only admins may call. */
const ADMIN_ONLY = new Set([
  'people',
  'invitations',
  'outboxMessages',
  'outboxMessage',
  'createOrganisation',
  'updateOrganisation',
  'setPersonRoles',
  'deactivatePerson',
  'reactivatePerson',
  'createInvitation',
  'revokeInvitation',
]);

/** Operations only editors (and admins) may call. */
const EDITOR_ONLY = new Set([
  'authoringModules',
  'authoringModule',
  'authoringLesson',
  'lessonRevisions',
  'scenarioReport',
  'createLearningModule',
  'updateLearningModule',
  'submitLearningModuleForReview',
  'publishLearningModule',
  'archiveLearningModule',
  'reorderLessons',
  'createLesson',
  'updateLesson',
  'saveLessonDraft',
  'submitLessonForReview',
  'publishLesson',
  'archiveLesson',
]);

/** A syntactically valid value for an argument type, so only authorisation can refuse. */
function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (f.type instanceof GraphQLNonNull) out[f.name] = sample(f.type);
    return out;
  }
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date().toISOString();
      case 'JSONObject':
        return {};
      default:
        return 'sample@example.org';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => a.type instanceof GraphQLNonNull);
  const decl = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const variables = Object.fromEntries(required.map((a) => [a.name, sample(a.type)]));
  const query = `${kind} Probe${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const rootFields = () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const list: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
    for (const [kind, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of Object.values((type as GraphQLObjectType).getFields())) list.push({ kind, field });
    }
    return list;
  };

  it('serves exactly the schema committed in schema.gql', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    expect(committed.slice(committed.indexOf('\n\n') + 2).trim()).toBe(served.trim());
  });

  it('reports the database in /health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: { status: 'up' } } });
  });

  it('denies every operation to a signed-out visitor unless it is deliberately public', async () => {
    const client = t.client();
    const fields = rootFields();
    expect(fields.length).toBeGreaterThan(10);
    for (const { kind, field } of fields) {
      const { query, variables } = operation(kind, field);
      const res = await client.request(query, variables);
      const code = res.errors?.[0]?.extensions?.code;
      if (field.name === 'signIn') {
        // Reached, and refused for its sample credentials, not for being signed out.
        expect(res.errors?.[0]?.message).toBe('The email address or password is not right.');
      } else if (PUBLIC.has(field.name)) {
        expect({ field: field.name, code }).not.toEqual({ field: field.name, code: 'UNAUTHENTICATED' });
      } else {
        expect({ field: field.name, code }).toEqual({ field: field.name, code: 'UNAUTHENTICATED' });
      }
    }
  });

  it('denies admin operations to a signed-in learner, and lets them reach the rest', async () => {
    const learner = await makePerson(t.db);
    const client = t.client();
    await signIn(client, learner.email);
    for (const { kind, field } of rootFields()) {
      if (PUBLIC.has(field.name) || ['signOut', 'signOutEverywhere'].includes(field.name)) continue;
      const { query, variables } = operation(kind, field);
      const res = await client.request(query, variables);
      const code = res.errors?.[0]?.extensions?.code;
      if (ADMIN_ONLY.has(field.name) || EDITOR_ONLY.has(field.name)) {
        expect({ field: field.name, code }).toEqual({ field: field.name, code: 'FORBIDDEN' });
      } else {
        expect({ field: field.name, code }).not.toEqual({
          field: field.name,
          code: expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/),
        });
      }
    }
  });

  it('lets editors reach editor operations, and still denies them admin operations', async () => {
    const editor = await makePerson(t.db, { roles: ['LEARNER', 'EDITOR'] });
    const client = t.client();
    await signIn(client, editor.email);
    const fields = rootFields();
    for (const name of EDITOR_ONLY) expect(fields.some((f) => f.field.name === name)).toBe(true);
    for (const { kind, field } of fields) {
      if (!EDITOR_ONLY.has(field.name) && !ADMIN_ONLY.has(field.name)) continue;
      const { query, variables } = operation(kind, field);
      const res = await client.request(query, variables);
      const code = res.errors?.[0]?.extensions?.code;
      if (ADMIN_ONLY.has(field.name)) {
        expect({ field: field.name, code }).toEqual({ field: field.name, code: 'FORBIDDEN' });
      } else {
        expect({ field: field.name, code }).not.toEqual({
          field: field.name,
          code: expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/),
        });
      }
    }
  });

  it('refuses queries that are too deep, too aliased or too expensive, without field suggestions', async () => {
    const client = t.client();
    const deep = `query { viewer { ${'lineManager { '.repeat(11)}id${' }'.repeat(11)} } }`;
    const deepRes = await client.request(deep);
    expect(deepRes.errors?.[0]?.message).toMatch(/depth/i);

    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const aliasRes = await client.request(`query { ${aliases} }`);
    expect(aliasRes.errors?.[0]?.message).toMatch(/alias/i);

    const typo = await client.request('query { viewr { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect(typo.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const admin = await makePerson(t.db, { roles: ['LEARNER', 'ADMIN'] });
    await signIn(client, admin.email);
    const costly = await client.request(
      'query { people(first: 100) { edges { node { id name organisation { id name } lineManager { id name } } } } }',
    );
    expect(costly.errors?.[0]?.message).toMatch(/too expensive/i);
  });

  it('refuses batches, oversized bodies, malformed JSON and requests without a CSRF-safe content type', async () => {
    const client = t.client();
    const batch = await client.raw(JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]));
    expect(batch.status).toBe(400);

    const huge = await client.raw(JSON.stringify({ query: `{ viewer { id } } # ${'x'.repeat(200 * 1024)}` }));
    expect(huge.status).toBe(413);

    const broken = await client.raw('{"query": "{ viewer { id }');
    expect(broken.status).toBe(400);

    const csrf = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(csrf.status).toBe(400);

    const parse = await client.request('query {');
    expect(parse.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(JSON.stringify(parse)).not.toMatch(/at .*\.js:\d+/);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
