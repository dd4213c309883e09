import { createTestApp, type TestApp } from '../../../../test/app';
import {
  makeForumCategory,
  makeForumThread,
  makeLesson,
  makeModule,
  makeOrganisation,
  makePerson,
  signIn,
  uniqueId,
} from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const CANDIDATES = `query($threadId: ID, $lessonId: ID, $categoryId: ID, $search: String!) {
  mentionCandidates(threadId: $threadId, lessonId: $lessonId, categoryId: $categoryId, search: $search) {
    id name jobTitle organisation { name } } }`;

interface Candidate {
  id: string;
  name: string;
  jobTitle: string;
  organisation: { name: string };
}

describe('mention candidates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const signedIn = async (overrides: Parameters<typeof makePerson>[1] = {}): Promise<GraphqlClient> => {
    const person = await makePerson(t.db, overrides);
    const client = t.client();
    await signIn(client, person.email);
    return client;
  };
  const search = (client: GraphqlClient, variables: Record<string, unknown>) =>
    client.request<{ mentionCandidates: Candidate[] }>(CANDIDATES, variables);

  it('offers at most 8 active colleagues by part of their name, names starting with it first, never the writer', async () => {
    const family = `Okafor${uniqueId()}`;
    const writer = await makePerson(t.db, { name: `Ada ${family}` });
    const client = t.client();
    await signIn(client, writer.email);
    const first = await makePerson(t.db, { name: `${family} Bello` });
    await t.db.query(`update person set job_title = 'Housing officer' where id = $1`, [first.id]);
    for (let i = 0; i < 9; i += 1) await makePerson(t.db, { name: `Chi ${i} ${family}` });
    const gone = await makePerson(t.db, { name: `Zed ${family}` });
    await t.db.query('update person set deactivated_at = now() where id = $1', [gone.id]);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [writer.id]);

    const found = (await search(client, { threadId: thread.id, search: family.toLowerCase() })).data?.mentionCandidates;
    expect(found).toHaveLength(8);
    expect(found?.[0]).toMatchObject({ id: first.id, name: `${family} Bello`, jobTitle: 'Housing officer' });
    expect(found?.map((c) => c.id)).not.toContain(writer.id);
    expect(found?.map((c) => c.id)).not.toContain(gone.id);
  });

  it('offers only people who can read a restricted category, and treats wildcards as text', async () => {
    const family = `Nowak${uniqueId()}`;
    const police = await makeOrganisation(t.db, { sector: 'POLICE' });
    const health = await makeOrganisation(t.db, { sector: 'HEALTH' });
    const officer = await makePerson(t.db, { name: `Ola ${family}`, organisationId: police.id });
    const nurse = await makePerson(t.db, { name: `Jan ${family}`, organisationId: health.id });
    const admin = await makePerson(t.db, { name: `Ewa ${family}`, organisationId: health.id, roles: ['ADMIN'] });
    const category = await makeForumCategory(t.db, { allowedSectors: ['POLICE'] });
    const thread = await makeForumThread(t.db, category.id, [officer.id]);
    const colleague = await signedIn({ organisationId: police.id });

    const found = (await search(colleague, { threadId: thread.id, search: family })).data?.mentionCandidates;
    expect(found?.map((c) => c.id).sort()).toEqual([officer.id, admin.id].sort());
    expect(found?.map((c) => c.id)).not.toContain(nurse.id);
    expect((await search(colleague, { threadId: thread.id, search: '%' })).data?.mentionCandidates).toEqual([]);

    // The first post of a new thread in the category offers the same people.
    const starting = (await search(colleague, { categoryId: category.id, search: family })).data?.mentionCandidates;
    expect(starting?.map((c) => c.id).sort()).toEqual([officer.id, admin.id].sort());

    // Someone who cannot read the thread or the category cannot search them either.
    const outsider = await signedIn({ organisationId: health.id });
    expect(code(await search(outsider, { threadId: thread.id, search: family }))).toBe('NOT_FOUND');
    expect(code(await search(outsider, { categoryId: category.id, search: family }))).toBe('NOT_FOUND');
  });

  it('works beside a lesson before its discussion starts, and refuses bad searches with BAD_USER_INPUT', async () => {
    const client = await signedIn();
    const module = await makeModule(t.db);
    const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Read</p>' });
    const named = await makePerson(t.db, { name: `Lesson Reader ${uniqueId()}` });
    const found = (await search(client, { lessonId: lesson.id, search: named.name })).data?.mentionCandidates;
    expect(found?.map((c) => c.id)).toEqual([named.id]);

    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [named.id]);
    expect(code(await search(client, { threadId: thread.id, search: '   ' }))).toBe('BAD_USER_INPUT');
    expect(code(await search(client, { threadId: thread.id, search: 'x'.repeat(61) }))).toBe('BAD_USER_INPUT');
    expect(code(await search(client, { search: 'a' }))).toBe('BAD_USER_INPUT');
    expect(code(await search(client, { threadId: thread.id, lessonId: lesson.id, search: 'a' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await search(client, { threadId: thread.id, categoryId: category.id, search: 'a' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await search(t.client(), { threadId: thread.id, search: 'a' }))).toBe('UNAUTHENTICATED');
  });
});
