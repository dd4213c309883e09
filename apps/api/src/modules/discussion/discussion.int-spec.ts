import type { RoleName } from '@common-ground/shared';
import { createTestApp, type TestApp } from '../../../test/app';
import {
  makeForumCategory,
  makeForumThread,
  makeLesson,
  makeModule,
  makeOrganisation,
  makePerson,
  signIn,
  SMALL_SCENARIO,
} from '../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../test/graphql-client';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  id threadId seq body sceneId anonymous deleted author { id name } viewerCan { edit delete } } }`;
const POSTS = `query($threadId: ID!, $first: Int, $after: String, $afterSeq: Int) {
  threadPosts(threadId: $threadId, first: $first, after: $after, afterSeq: $afterSeq) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id seq body deleted anonymous editedAt author { id } viewerCan { edit delete }
      revisions { body } } } } }`;

interface PostNode {
  id: string;
  threadId: string;
  seq: number;
  body: string;
  sceneId: string | null;
  anonymous: boolean;
  deleted: boolean;
  editedAt: string | null;
  author: { id: string } | null;
  viewerCan: { edit: boolean; delete: boolean };
  revisions: { body: string }[];
}
interface PostPage {
  threadPosts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PostNode }[];
  };
}

describe('discussion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const staff = async (
    overrides: { organisationId?: string; roles?: RoleName[] } = {},
  ): Promise<{ client: GraphqlClient; id: string }> => {
    const person = await makePerson(t.db, overrides);
    const client = t.client();
    await signIn(client, person.email);
    return { client, id: person.id };
  };
  const post = async (client: GraphqlClient, input: Record<string, unknown>) =>
    (await client.ok<{ createPost: PostNode }>(CREATE_POST, { input })).createPost;
  const posts = async (client: GraphqlClient, variables: Record<string, unknown>) =>
    (await client.ok<PostPage>(POSTS, variables)).threadPosts;

  describe('restricted categories', () => {
    it('are invisible to people outside their roles, sectors and organisations, like missing ones', async () => {
      const police = await makeOrganisation(t.db, { sector: 'POLICE' });
      const named = await makeOrganisation(t.db, { sector: 'HEALTH' });
      const category = await makeForumCategory(t.db, {
        title: 'Restricted',
        allowedSectors: ['POLICE'],
        allowedOrganisationIds: [named.id],
        allowedRoles: ['MODERATOR'],
      });
      const insider = await staff({ organisationId: police.id });
      const fromNamed = await staff({ organisationId: named.id });
      const moderator = await staff({ roles: ['LEARNER', 'MODERATOR'] });
      const outsider = await staff();
      const thread = await makeForumThread(t.db, category.id, [insider.id]);

      for (const member of [insider, fromNamed, moderator]) {
        const seen = await member.client.ok<{ forumCategories: { id: string; restriction: unknown }[] }>(
          '{ forumCategories { id restriction { sectors } } }',
        );
        expect(seen.forumCategories.find((c) => c.id === category.id)).toEqual({ id: category.id, restriction: null });
        expect((await posts(member.client, { threadId: thread.id })).totalCount).toBe(1);
      }

      const list = await outsider.client.ok<{ forumCategories: { id: string }[] }>('{ forumCategories { id } }');
      expect(list.forumCategories.map((c) => c.id)).not.toContain(category.id);
      const one = await outsider.client.ok<{ forumCategory: unknown; discussionThread: unknown }>(
        `{ forumCategory(id: "${category.id}") { id } discussionThread(id: "${thread.id}") { id } }`,
      );
      expect(one).toEqual({ forumCategory: null, discussionThread: null });
      const threads = await outsider.client.request(`{ forumThreads(categoryId: "${category.id}") { totalCount } }`);
      expect(code(threads)).toBe('NOT_FOUND');
      const missing = await outsider.client.request(
        `{ forumThreads(categoryId: "00000000-0000-4000-8000-000000000000") { totalCount } }`,
      );
      expect(threads.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
      expect(code(await outsider.client.request(POSTS, { threadId: thread.id }))).toBe('NOT_FOUND');
      const refused = await outsider.client.request(CREATE_POST, { input: { threadId: thread.id, body: '<p>Hi</p>' } });
      expect(code(refused)).toBe('NOT_FOUND');
    });

    it('are created and changed by admins only, who alone see the restriction', async () => {
      const admin = await staff({ roles: ['LEARNER', 'ADMIN'] });
      const learner = await staff();
      const create = `mutation($input: CreateForumCategoryInput!) { createForumCategory(input: $input) {
        id title restricted restriction { roles sectors organisationIds } } }`;
      const input = {
        title: 'Leads only',
        description: 'For partnership leads.',
        allowedRoles: ['MODERATOR'],
        allowedSectors: [],
        allowedOrganisationIds: [],
        allowsAnonymous: false,
      };
      expect(code(await learner.client.request(create, { input }))).toBe('FORBIDDEN');
      const made = await admin.client.ok<{ createForumCategory: { id: string; restricted: boolean } }>(create, {
        input,
      });
      expect(made.createForumCategory).toMatchObject({
        restricted: true,
        restriction: { roles: ['MODERATOR'], sectors: [], organisationIds: [] },
      });
      const id = made.createForumCategory.id;
      expect(
        (await learner.client.ok<{ forumCategory: unknown }>(`{ forumCategory(id: "${id}") { id } }`)).forumCategory,
      ).toBeNull();
      await admin.client.ok(
        `mutation($input: UpdateForumCategoryInput!) { updateForumCategory(input: $input) { id } }`,
        { input: { ...input, categoryId: id, allowedRoles: [] } },
      );
      const opened = await learner.client.ok<{ forumCategory: { restricted: boolean; restriction: unknown } }>(
        `{ forumCategory(id: "${id}") { restricted restriction { roles } } }`,
      );
      expect(opened.forumCategory).toEqual({ restricted: false, restriction: null });
    });
  });

  describe('posting', () => {
    it('starts a thread and neutralises script in post bodies', async () => {
      const category = await makeForumCategory(t.db);
      const author = await staff();
      const started = await author.client.ok<{ createForumThread: { id: string; lastSeq: number; tags: string[] } }>(
        `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id lastSeq tags } }`,
        {
          input: {
            categoryId: category.id,
            title: 'Interpreters at short notice',
            body: '<p>Hello<script>alert(1)</script><img src="x" onerror="alert(2)"></p>',
            tags: ['interpreting'],
          },
        },
      );
      expect(started.createForumThread).toMatchObject({ lastSeq: 1, tags: ['interpreting'] });
      const reply = await post(author.client, {
        threadId: started.createForumThread.id,
        body: '<p onclick="steal()">Thanks <a href="javascript:alert(3)">here</a><iframe src="https://evil.example"></iframe></p>',
      });
      expect(reply.seq).toBe(2);
      const page = await posts(author.client, { threadId: started.createForumThread.id });
      const bodies = page.edges.map((e) => e.node.body);
      expect(bodies).toEqual(['<p>Hello</p>', '<p>Thanks <a rel="noopener noreferrer">here</a></p>']);
      expect(bodies.join('')).not.toMatch(/script|onerror|onclick|javascript|iframe/i);
      const blank = await author.client.request(CREATE_POST, {
        input: { threadId: started.createForumThread.id, body: '<script>alert(1)</script>' },
      });
      expect(code(blank)).toBe('BAD_USER_INPUT');
    });

    it('numbers concurrent first posts on a lesson 1…10 in one thread created on first need', async () => {
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'SCENARIO', SMALL_SCENARIO);
      const people = await Promise.all(Array.from({ length: 5 }, () => staff()));
      const before = await people[0].client.ok<{ lessonThread: unknown }>(
        `{ lessonThread(lessonId: "${lesson.id}") { id } }`,
      );
      expect(before.lessonThread).toBeNull();

      const made = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          post(people[i % 5].client, { lessonId: lesson.id, body: `<p>Post ${i}</p>`, sceneId: 'desk' }),
        ),
      );
      expect(made.map((p) => p.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(new Set(made.map((p) => p.threadId)).size).toBe(1);
      expect(made.every((p) => p.sceneId === 'desk')).toBe(true);
      const threads = await t.db.getRepository(DiscussionThreadEntity).findBy({ lessonId: lesson.id });
      expect(threads.map((th) => ({ seq: th.seq, postCount: th.postCount }))).toEqual([{ seq: 10, postCount: 10 }]);
      const after = await people[0].client.ok<{ lessonThread: { id: string; lastSeq: number; title: string } }>(
        `{ lessonThread(lessonId: "${lesson.id}") { id lastSeq title } }`,
      );
      expect(after.lessonThread).toEqual({ id: threads[0].id, lastSeq: 10, title: lesson.title });

      const wrongScene = await people[0].client.request(CREATE_POST, {
        input: { lessonId: lesson.id, body: '<p>x</p>', sceneId: 'nowhere' },
      });
      expect(code(wrongScene)).toBe('BAD_USER_INPUT');
    });

    it('quotes a post of the same thread only, and keeps lessons nobody may see out of reach', async () => {
      const category = await makeForumCategory(t.db);
      const person = await staff();
      const thread = await makeForumThread(t.db, category.id, [person.id], 1);
      const elsewhere = await makeForumThread(t.db, category.id, [person.id], 1);
      const [first] = (await posts(person.client, { threadId: thread.id })).edges.map((e) => e.node);
      const reply = await person.client.ok<{ createPost: { seq: number; quotedPost: { id: string; body: string } } }>(
        `mutation($input: CreatePostInput!) { createPost(input: $input) { seq quotedPost { id body } } }`,
        { input: { threadId: thread.id, body: '<p>Agreed</p>', quotedPostId: first.id } },
      );
      expect(reply.createPost).toEqual({ seq: 2, quotedPost: { id: first.id, body: '<p>Post 1</p>' } });
      const [foreign] = (await posts(person.client, { threadId: elsewhere.id })).edges.map((e) => e.node);
      const crossed = await person.client.request(CREATE_POST, {
        input: { threadId: thread.id, body: '<p>x</p>', quotedPostId: foreign.id },
      });
      expect(code(crossed)).toBe('BAD_USER_INPUT');
      const both = await person.client.request(CREATE_POST, {
        input: { threadId: thread.id, lessonId: thread.id, body: '<p>x</p>' },
      });
      expect(code(both)).toBe('BAD_USER_INPUT');

      const module = await makeModule(t.db);
      const draft = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Draft</p>' }, { publish: false });
      const hidden = await person.client.request(CREATE_POST, { input: { lessonId: draft.id, body: '<p>x</p>' } });
      expect(code(hidden)).toBe('NOT_FOUND');
      const article = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Read</p>' });
      const sceneOnArticle = await person.client.request(CREATE_POST, {
        input: { lessonId: article.id, body: '<p>x</p>', sceneId: 'desk' },
      });
      expect(code(sceneOnArticle)).toBe('BAD_USER_INPUT');
      expect(await t.db.getRepository(DiscussionThreadEntity).countBy({ lessonId: article.id })).toBe(0);
    });

    it('pages after a sequence number or a cursor with exactly the later posts, in order', async () => {
      const category = await makeForumCategory(t.db);
      const reader = await staff();
      const thread = await makeForumThread(t.db, category.id, [reader.id], 12);
      const later = await posts(reader.client, { threadId: thread.id, afterSeq: 7 });
      expect(later.edges.map((e) => e.node.seq)).toEqual([8, 9, 10, 11, 12]);
      expect(later.pageInfo.hasNextPage).toBe(false);

      const first = await posts(reader.client, { threadId: thread.id, first: 5 });
      expect(first.edges.map((e) => e.node.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(first).toMatchObject({ totalCount: 12, pageInfo: { hasNextPage: true } });
      const second = await posts(reader.client, { threadId: thread.id, first: 5, after: first.pageInfo.endCursor });
      expect(second.edges.map((e) => e.node.seq)).toEqual([6, 7, 8, 9, 10]);
      expect((await posts(reader.client, { threadId: thread.id, afterSeq: 12 })).edges).toEqual([]);
    });

    it('refuses posts in a locked thread with CONFLICT', async () => {
      const category = await makeForumCategory(t.db);
      const person = await staff();
      const thread = await makeForumThread(t.db, category.id, [person.id], 1, { locked: true });
      const refused = await person.client.request(CREATE_POST, { input: { threadId: thread.id, body: '<p>Hi</p>' } });
      expect(code(refused)).toBe('CONFLICT');
      const page = await posts(person.client, { threadId: thread.id });
      expect(page.edges.map((e) => e.node.viewerCan)).toEqual([{ edit: false, delete: true }]);
      const row = await t.db.getRepository(DiscussionThreadEntity).findOneByOrFail({ id: thread.id });
      expect({ seq: row.seq, postCount: row.postCount }).toEqual({ seq: 1, postCount: 1 });
    });

    it('limits replies to 20 a minute per person, saying when they may post again', async () => {
      const category = await makeForumCategory(t.db);
      const person = await staff();
      const other = await staff();
      const thread = await makeForumThread(t.db, category.id, [other.id], 1);
      for (let i = 0; i < 20; i += 1) await post(person.client, { threadId: thread.id, body: `<p>${i}</p>` });
      const refused = await person.client.request(CREATE_POST, { input: { threadId: thread.id, body: '<p>21</p>' } });
      expect(code(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]?.message).toMatch(
        /^You have posted 20 replies in the last minute\. You can post again at \d{1,2}:\d{2}(am|pm)\.$/,
      );
      expect((await post(other.client, { threadId: thread.id, body: '<p>Another person</p>' })).seq).toBe(22);
      t.clock.advance(61_000);
      expect((await post(person.client, { threadId: thread.id, body: '<p>Later</p>' })).seq).toBe(23);
    });

    it('limits new threads to 10 a minute per person, counted apart from replies', async () => {
      const category = await makeForumCategory(t.db);
      const person = await staff();
      const start = (n: number) =>
        person.client.request(`mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id } }`, {
          input: { categoryId: category.id, title: `Question ${n}`, body: `<p>Question ${n}</p>`, tags: [] },
        });
      for (let i = 0; i < 10; i += 1) expect(code(await start(i))).toBeUndefined();
      const refused = await start(10);
      expect(code(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]?.message).toMatch(/^You have started 10 threads in the last minute\./);
      // Openings are not replies: the same person may still reply.
      const thread = await makeForumThread(t.db, category.id, [(await staff()).id], 1);
      expect((await post(person.client, { threadId: thread.id, body: '<p>A reply</p>' })).seq).toBe(2);
      t.clock.advance(61_000);
      expect(code(await start(11))).toBeUndefined();
    });
  });

  describe('anonymous posts', () => {
    it('show other staff “a colleague” (no author) and the author themself', async () => {
      const category = await makeForumCategory(t.db, { allowsAnonymous: true });
      const writer = await staff();
      const colleague = await staff();
      const thread = await makeForumThread(t.db, category.id, [colleague.id]);
      const made = await post(writer.client, { threadId: thread.id, body: '<p>Hard week</p>', anonymous: true });
      expect(made).toMatchObject({ anonymous: true, author: { id: writer.id } });
      const seen = await posts(colleague.client, { threadId: thread.id, afterSeq: 1 });
      expect(seen.edges.map((e) => ({ anonymous: e.node.anonymous, author: e.node.author }))).toEqual([
        { anonymous: true, author: null },
      ]);

      const open = await makeForumCategory(t.db);
      const openThread = await makeForumThread(t.db, open.id, [colleague.id]);
      const refused = await writer.client.request(CREATE_POST, {
        input: { threadId: openThread.id, body: '<p>x</p>', anonymous: true },
      });
      expect(code(refused)).toBe('BAD_USER_INPUT');
    });
  });

  describe('editing and deleting', () => {
    it('keeps the earlier text in the history, for the author only to change', async () => {
      const category = await makeForumCategory(t.db);
      const author = await staff();
      const other = await staff();
      const thread = await makeForumThread(t.db, category.id, [other.id]);
      const made = await post(author.client, { threadId: thread.id, body: '<p>First draft</p>' });
      const edit = `mutation($input: EditPostInput!) { editPost(input: $input) { body editedAt } }`;
      expect(code(await other.client.request(edit, { input: { postId: made.id, body: '<p>Hijack</p>' } }))).toBe(
        'FORBIDDEN',
      );
      await author.client.ok(edit, { input: { postId: made.id, body: '<p>Second</p>' } });
      const edited = await author.client.ok<{ editPost: { body: string; editedAt: string } }>(edit, {
        input: { postId: made.id, body: '<p>Third</p>' },
      });
      expect(edited.editPost.body).toBe('<p>Third</p>');
      const page = await posts(other.client, { threadId: thread.id, afterSeq: 1 });
      expect(page.edges[0].node).toMatchObject({
        body: '<p>Third</p>',
        revisions: [{ body: '<p>First draft</p>' }, { body: '<p>Second</p>' }],
        viewerCan: { edit: false, delete: false },
      });
      expect(page.edges[0].node.editedAt).not.toBeNull();
    });

    it('leaves a “deleted” placeholder that keeps its place and drops its text and history', async () => {
      const category = await makeForumCategory(t.db);
      const author = await staff();
      const thread = await makeForumThread(t.db, category.id, [author.id]);
      const made = await post(author.client, { threadId: thread.id, body: '<p>Regret</p>' });
      await author.client.ok(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
        input: { postId: made.id, body: '<p>Regret more</p>' },
      });
      await post(author.client, { threadId: thread.id, body: '<p>After</p>' });
      const deleted = await author.client.ok<{ deletePost: PostNode }>(
        `mutation($input: PostIdInput!) { deletePost(input: $input) { seq body deleted viewerCan { edit delete } } }`,
        { input: { postId: made.id } },
      );
      expect(deleted.deletePost).toEqual({
        seq: 2,
        body: '',
        deleted: true,
        viewerCan: { edit: false, delete: false },
      });
      const page = await posts(author.client, { threadId: thread.id });
      expect(page.edges.map((e) => [e.node.seq, e.node.deleted, e.node.body, e.node.revisions.length])).toEqual([
        [1, false, '<p>Post 1</p>', 0],
        [2, true, '', 0],
        [3, false, '<p>After</p>', 0],
      ]);
      const stored: { body: string; revisions: number }[] = await t.db.query(
        `select body, (select count(*)::int from post_revision r where r.post_id = p.id) as revisions from post p where id = $1`,
        [made.id],
      );
      expect(stored).toEqual([{ body: '', revisions: 0 }]);
      const again = await author.client.request(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
        input: { postId: made.id, body: '<p>Back</p>' },
      });
      expect(code(again)).toBe('CONFLICT');
    });
  });

  describe('thread lists', () => {
    const LIST = `query($categoryId: ID!, $first: Int, $after: String) {
      forumThreads(categoryId: $categoryId, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id title pinned postCount lastActivityAt author { name organisation { name } } viewerCan { reply } } } } }`;
    interface ThreadList {
      forumThreads: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; pinned: boolean } }[];
      };
    }

    it('lists pinned threads first, then the latest activity first, and moves a thread up when someone posts', async () => {
      const category = await makeForumCategory(t.db);
      const reader = await staff();
      const at = (minutesAgo: number) => ({ lastActivityAt: new Date(Date.now() - minutesAgo * 60_000) });
      const old = await makeForumThread(t.db, category.id, [reader.id], 1, at(30));
      const recent = await makeForumThread(t.db, category.id, [reader.id], 1, at(10));
      const pinned = await makeForumThread(t.db, category.id, [reader.id], 1, { ...at(60), pinned: true });
      const middle = await makeForumThread(t.db, category.id, [reader.id], 1, at(20));
      const ids = async (first: number, after?: string | null) =>
        (await reader.client.ok<ThreadList>(LIST, { categoryId: category.id, first, after })).forumThreads;
      const page1 = await ids(2);
      expect(page1.edges.map((e) => e.node.id)).toEqual([pinned.id, recent.id]);
      expect(page1).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      const page2 = await ids(2, page1.pageInfo.endCursor);
      expect(page2.edges.map((e) => e.node.id)).toEqual([middle.id, old.id]);
      expect(page2.pageInfo.hasNextPage).toBe(false);

      await post(reader.client, { threadId: old.id, body: '<p>Bump</p>' });
      expect((await ids(4)).edges.map((e) => e.node.id)).toEqual([pinned.id, old.id, recent.id, middle.id]);
    });

    it('lists 3 or 30 threads with their starters and organisations in the same statements', async () => {
      const reader = await staff();
      const authors = await Promise.all(Array.from({ length: 6 }, async () => (await makePerson(t.db)).id));
      const few = await makeForumCategory(t.db);
      const many = await makeForumCategory(t.db);
      for (let i = 0; i < 3; i += 1) await makeForumThread(t.db, few.id, [authors[i]]);
      for (let i = 0; i < 30; i += 1) await makeForumThread(t.db, many.id, [authors[i % 6]]);
      await reader.client.ok('{ __typename }');
      const measure = async (categoryId: string) => {
        let shown = 0;
        const statements = await t.queries.capture(async () => {
          shown = (await reader.client.ok<ThreadList>(LIST, { categoryId, first: 50 })).forumThreads.edges.length;
        });
        return { shown, statements: statements.length };
      };
      // The session with its person, the category, the count, the page, the starters, their organisations.
      expect(await measure(few.id)).toEqual({ shown: 3, statements: 6 });
      expect(await measure(many.id)).toEqual({ shown: 30, statements: 6 });
    });
  });

  describe('thread page statements', () => {
    it('reads a thread and its first 50 posts with authors and organisations in the same statements for 3 and 60 posts', async () => {
      const category = await makeForumCategory(t.db);
      const reader = await staff();
      const authors = await Promise.all(
        Array.from(
          { length: 6 },
          async () => (await makePerson(t.db, { organisationId: (await makeOrganisation(t.db)).id })).id,
        ),
      );
      const small = await makeForumThread(t.db, category.id, authors, 3);
      const large = await makeForumThread(t.db, category.id, authors, 60);
      const page = `query($id: ID!) {
        discussionThread(id: $id) { id title lastSeq category { title } viewerCan { reply } }
        threadPosts(threadId: $id, first: 50) { totalCount edges { node { seq body
          author { name jobTitle organisation { name } } viewerCan { edit delete } } } } }`;
      await reader.client.ok('{ __typename }');
      const measure = async (id: string) => {
        let shown = 0;
        const statements = await t.queries.capture(async () => {
          const data = await reader.client.ok<{ threadPosts: { edges: unknown[] } }>(page, { id });
          shown = data.threadPosts.edges.length;
        });
        return { shown, statements: statements.length };
      };
      const few = await measure(small.id);
      const many = await measure(large.id);
      expect(few.shown).toBe(3);
      expect(many.shown).toBe(50);
      // The session with its person, the thread with its category and whether its opening post
      // is held for review, the posts with their authors and the authors' organisations.
      expect(few.statements).toBe(3);
      expect(many.statements).toBe(few.statements);
    });
  });
});
