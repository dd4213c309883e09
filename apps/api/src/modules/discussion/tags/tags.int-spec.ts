import { createTestApp, type TestApp } from '../../../../test/app';
import { makeForumCategory, makeForumThread, makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const field = (res: GraphqlResponse<unknown>, name: string) => res.errors?.[0]?.extensions?.fields?.[name];

const START = `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id tags } }`;
const LIST = `query($categoryId: ID!, $tag: String) { forumThreads(categoryId: $categoryId, first: 50, tag: $tag) {
  totalCount edges { node { id tags } } } }`;

interface ThreadList {
  forumThreads: { totalCount: number; edges: { node: { id: string; tags: string[] } }[] };
}

describe('thread tags and category thread counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const signedIn = async (): Promise<{ client: GraphqlClient; id: string }> => {
    const person = await makePerson(t.db);
    const client = t.client();
    await signIn(client, person.email);
    return { client, id: person.id };
  };
  const start = (client: GraphqlClient, categoryId: string, tags: unknown) =>
    client.request<{ createForumThread: { id: string; tags: string[] } }>(START, {
      input: { categoryId, title: 'Booking a BSL interpreter', body: '<p>How do you do it?</p>', tags },
    });

  it('saves tags in lower case without blanks or repeats', async () => {
    const { client } = await signedIn();
    const category = await makeForumCategory(t.db);
    const made = await start(client, category.id, ['  Council   Tax ', 'BSL', '', 'council tax']);
    expect(made.data?.createForumThread.tags).toEqual(['council tax', 'bsl']);
  });

  it('refuses markup, too many and too long tags with BAD_USER_INPUT on tags, starting nothing', async () => {
    const { client } = await signedIn();
    const category = await makeForumCategory(t.db);
    const hostile = await start(client, category.id, ['<img src=x onerror=alert(1)>']);
    expect(code(hostile)).toBe('BAD_USER_INPUT');
    expect(field(hostile, 'tags')).toBe('Tags can only contain letters, numbers, spaces and hyphens');
    const many = await start(client, category.id, ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(code(many)).toBe('BAD_USER_INPUT');
    expect(many.errors?.[0]?.message).toContain('5 tags or fewer');
    const long = await start(client, category.id, ['x'.repeat(31)]);
    expect(field(long, 'tags')).toBe('Each tag must be 30 characters or fewer');
    expect(code(await start(client, category.id, [{ tag: 'object' }]))).toBe('BAD_USER_INPUT');
    expect((await client.ok<ThreadList>(LIST, { categoryId: category.id })).forumThreads.totalCount).toBe(0);
  });

  it('lists only the threads with a tag, in any case, and refuses a tag that could never match', async () => {
    const { client, id } = await signedIn();
    const category = await makeForumCategory(t.db);
    const tagged = await makeForumThread(t.db, category.id, [id], 1, { tags: ['council tax', 'bsl'] });
    await makeForumThread(t.db, category.id, [id], 1, { tags: ['housing'] });
    await makeForumThread(t.db, category.id, [id]);
    const list = (tag?: string) => client.request<ThreadList>(LIST, { categoryId: category.id, tag });

    const filtered = (await list(' Council  TAX ')).data?.forumThreads;
    expect(filtered?.totalCount).toBe(1);
    expect(filtered?.edges.map((e) => e.node.id)).toEqual([tagged.id]);
    expect((await list()).data?.forumThreads.totalCount).toBe(3);
    expect((await list('')).data?.forumThreads.totalCount).toBe(3);
    expect((await list('nothing here')).data?.forumThreads.totalCount).toBe(0);
    const hostile = await list("x' or '1'='1");
    expect(code(hostile)).toBe('BAD_USER_INPUT');
    expect(field(hostile, 'tag')).toBeDefined();
  });

  it('counts each category’s threads in one statement for the whole forum list', async () => {
    const { client, id } = await signedIn();
    const quiet = await makeForumCategory(t.db, { position: -2 });
    const busy = await makeForumCategory(t.db, { position: -1 });
    for (let i = 0; i < 4; i += 1) await makeForumThread(t.db, busy.id, [id]);
    await client.ok('{ __typename }');
    let counts: Record<string, number> = {};
    const statements = await t.queries.capture(async () => {
      const data = await client.ok<{ forumCategories: { id: string; threadCount: number }[] }>(
        '{ forumCategories { id threadCount } }',
      );
      counts = Object.fromEntries(data.forumCategories.map((c) => [c.id, c.threadCount]));
    });
    expect(counts[quiet.id]).toBe(0);
    expect(counts[busy.id]).toBe(4);
    // The session with its person, the categories, their thread counts: however many categories.
    expect(statements).toHaveLength(3);
  });
});
