import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { createTestApp, type TestApp } from '../../../test/app';
import { makePerson, signIn } from '../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../test/graphql-client';
import { ScheduledPublishingService } from '../jobs/scheduled-publishing.service';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const POST_FIELDS = `id slug title summary bodyHtml status audience publishAt publishedAt readingMinutes tags featured
  cover { url alt } author { name organisation { name } }
  viewerCan { edit submit returnToDraft publish archive seeHistory }`;

interface Post {
  id: string;
  slug: string;
  title: string;
  bodyHtml: string;
  status: string;
  audience: string;
  publishAt: string | null;
  publishedAt: string | null;
  readingMinutes: number;
  tags: string[];
  featured: boolean;
  author: { name: string; organisation: { name: string } } | null;
  viewerCan: Record<string, boolean>;
}

const CREATE = `mutation($input: BlogPostInput!) { createBlogPost(input: $input) { ${POST_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateBlogPostInput!) { updateBlogPost(input: $input) { ${POST_FIELDS} } }`;
const GET = `query($id: String!) { blogPost(idOrSlug: $id) { ${POST_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: BlogPostFilterInput) {
  blogPosts(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title tags status author { name } } }
  }
}`;
const STEP = (name: string, input = 'ContentItemIdInput') =>
  `mutation($input: ${input}!) { ${name}(input: $input) { id status publishAt viewerCan { publish archive } } }`;
const SUBMIT = STEP('submitContentItem');
const PUBLISH = STEP('publishContentItem', 'PublishContentInput');
const ARCHIVE = STEP('archiveContentItem');
const RETURN = STEP('returnContentItemToDraft');

interface ListPage {
  blogPosts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; tags: string[]; status: string } }[];
  };
}

describe('library workflow and blog posts', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-library-'));
  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t.close();
  });

  const as = async (roles: ('ADMIN' | 'EDITOR' | 'LEARNER')[] = ['LEARNER']): Promise<GraphqlClient> => {
    const person = await makePerson(t.db, { roles });
    const client = t.client();
    await signIn(client, person.email);
    return client;
  };

  const draft = async (author: GraphqlClient, input: Record<string, unknown> = {}): Promise<Post> =>
    (
      await author.ok<{ createBlogPost: Post }>(CREATE, {
        input: { title: 'A day with an interpreter', bodyHtml: '<p>We met at the housing office.</p>', ...input },
      })
    ).createBlogPost;

  const sees = async (client: GraphqlClient, id: string): Promise<boolean> => {
    const res = await client.request<{ blogPost: Post }>(GET, { id });
    if (res.errors) expect(code(res)).toBe('NOT_FOUND');
    return !res.errors;
  };

  it('takes a staff member’s post through review to publication, each step allowed only to the right people', async () => {
    const author = await as(['LEARNER']);
    const colleague = await as(['LEARNER']);
    const editor = await as(['EDITOR']);
    const visitor = t.client();

    const post = await draft(author, { audience: 'PUBLIC', tags: ['Interpreting', 'housing'] });
    expect(post).toMatchObject({ status: 'DRAFT', audience: 'PUBLIC', tags: ['interpreting', 'housing'] });
    expect(post.viewerCan).toEqual({
      edit: true,
      submit: true,
      returnToDraft: false,
      publish: false,
      archive: false,
      seeHistory: true,
    });
    expect(post.author?.organisation.name).toBeTruthy();
    // A draft is its author's and the editors' only.
    expect(await sees(visitor, post.id)).toBe(false);
    expect(await sees(colleague, post.id)).toBe(false);
    expect(await sees(editor, post.id)).toBe(true);

    // The author cannot publish or archive; a colleague cannot even submit it.
    expect(code(await author.request(PUBLISH, { input: { id: post.id } }))).toBe('FORBIDDEN');
    expect(code(await author.request(ARCHIVE, { input: { id: post.id } }))).toBe('FORBIDDEN');
    expect(code(await colleague.request(SUBMIT, { input: { id: post.id } }))).toBe('NOT_FOUND');
    expect(code(await author.request(CREATE, { input: { title: 'x', bodyHtml: '<p>x</p>', featured: true } }))).toBe(
      'FORBIDDEN',
    );

    const submitted = await author.ok<{ submitContentItem: { status: string } }>(SUBMIT, { input: { id: post.id } });
    expect(submitted.submitContentItem.status).toBe('IN_REVIEW');
    expect(code(await author.request(SUBMIT, { input: { id: post.id } }))).toBe('CONFLICT');
    // Still the author's to change while in review.
    await author.ok(UPDATE, {
      input: { id: post.id, title: 'A day with an interpreter', bodyHtml: '<p>Changed in review.</p>' },
    });

    // The editor's review queue holds it.
    const queue = await editor.ok<ListPage>(LIST, { filter: { status: 'IN_REVIEW' }, first: 100 });
    expect(queue.blogPosts.edges.map((e) => e.node.id)).toContain(post.id);

    const published = await editor.ok<{ publishContentItem: { status: string } }>(PUBLISH, { input: { id: post.id } });
    expect(published.publishContentItem.status).toBe('PUBLISHED');
    expect(code(await editor.request(PUBLISH, { input: { id: post.id } }))).toBe('CONFLICT');
    expect(await sees(visitor, post.id)).toBe(true);
    expect(await sees(colleague, post.id)).toBe(true);
    // Once published, only editors change it.
    expect(code(await author.request(UPDATE, { input: { id: post.id, title: 'Mine', bodyHtml: '<p>x</p>' } }))).toBe(
      'FORBIDDEN',
    );
    await editor.ok(UPDATE, {
      input: {
        id: post.id,
        title: 'A day with an interpreter',
        bodyHtml: '<p>Edited by an editor.</p>',
        featured: true,
      },
    });
    const read = (await visitor.ok<{ blogPost: Post }>(GET, { id: post.slug })).blogPost;
    expect(read).toMatchObject({ bodyHtml: '<p>Edited by an editor.</p>', featured: true, status: 'PUBLISHED' });
    expect(read.viewerCan.edit).toBe(false);

    expect(code(await colleague.request(ARCHIVE, { input: { id: post.id } }))).toBe('FORBIDDEN');
    await editor.ok(ARCHIVE, { input: { id: post.id } });
    expect(await sees(visitor, post.id)).toBe(false);
    expect(await sees(colleague, post.id)).toBe(false);
    expect(await sees(author, post.id)).toBe(true);
    expect(code(await editor.request(ARCHIVE, { input: { id: post.id } }))).toBe('CONFLICT');
  });

  it('lets an editor return a post in review to its author, and refuses blank posts for review', async () => {
    const author = await as();
    const editor = await as(['ADMIN']);
    const empty = await draft(author, { bodyHtml: '<p>  </p><script>alert(1)</script>' });
    const blank = await author.request(SUBMIT, { input: { id: empty.id } });
    expect(code(blank)).toBe('BAD_USER_INPUT');

    const post = await draft(author);
    await author.ok(SUBMIT, { input: { id: post.id } });
    expect(code(await author.request(RETURN, { input: { id: post.id } }))).toBe('FORBIDDEN');
    const returned = await editor.ok<{ returnContentItemToDraft: { status: string } }>(RETURN, {
      input: { id: post.id },
    });
    expect(returned.returnContentItemToDraft.status).toBe('DRAFT');
  });

  it('shows signed-out visitors public posts only, staff public and staff posts, and authors their own drafts', async () => {
    const author = await as();
    const other = await as();
    const editor = await as(['EDITOR']);
    const tag = `audience-${Date.now()}`;
    const make = async (audience: string, publish: boolean) => {
      const post = await draft(author, { audience, tags: [tag], title: `${audience} ${publish ? 'live' : 'draft'}` });
      if (publish) await editor.ok(PUBLISH, { input: { id: post.id } });
      return post;
    };
    const pub = await make('PUBLIC', true);
    const staff = await make('STAFF', true);
    const mine = await make('PUBLIC', false);

    const titles = async (client: GraphqlClient, filter: Record<string, unknown> = {}) =>
      (await client.ok<ListPage>(LIST, { filter: { tag, ...filter } })).blogPosts.edges.map((e) => e.node.id).sort();

    expect(await titles(t.client())).toEqual([pub.id]);
    expect(await titles(other)).toEqual([pub.id, staff.id].sort());
    expect(await titles(author, { mine: true })).toEqual([pub.id, staff.id, mine.id].sort());
    expect(await titles(other, { status: 'DRAFT' })).toEqual([]);
    expect(await titles(author, { status: 'DRAFT' })).toEqual([mine.id]);
    expect(await titles(editor, { status: 'DRAFT' })).toEqual([mine.id]);
    expect(await sees(t.client(), staff.id)).toBe(false);
    expect(await sees(other, staff.id)).toBe(true);
  });

  it('publishes a scheduled post through the scheduled-publishing job once its time comes, not before', async () => {
    const author = await as();
    const editor = await as(['EDITOR']);
    const post = await draft(author, { audience: 'PUBLIC' });
    await author.ok(SUBMIT, { input: { id: post.id } });
    const past = new Date(t.clock.now().getTime() - 60_000).toISOString();
    expect(code(await editor.request(PUBLISH, { input: { id: post.id, publishAt: past } }))).toBe('BAD_USER_INPUT');

    const at = new Date(t.clock.now().getTime() + 3600_000);
    const scheduled = await editor.ok<{ publishContentItem: { status: string; publishAt: string } }>(PUBLISH, {
      input: { id: post.id, publishAt: at.toISOString() },
    });
    expect(scheduled.publishContentItem).toMatchObject({ status: 'IN_REVIEW', publishAt: at.toISOString() });

    const job = t.app.get(ScheduledPublishingService);
    await job.publishAllDue();
    expect(await sees(t.client(), post.id)).toBe(false);

    t.clock.advance(3600_000 + 1000);
    expect(await job.publishAllDue()).toBeGreaterThanOrEqual(1);
    const read = (await t.client().ok<{ blogPost: Post }>(GET, { id: post.id })).blogPost;
    expect(read).toMatchObject({ status: 'PUBLISHED', publishAt: null });
    expect(new Date(read.publishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(at.getTime());
    // Once: a second sweep publishes nothing more of it.
    const history = await t.db.query<{ n: string }[]>(
      `select count(*) as n from content_revision where content_item_id = $1 and event = 'PUBLISHED'`,
      [post.id],
    );
    await job.publishAllDue();
    const again = await t.db.query<{ n: string }[]>(
      `select count(*) as n from content_revision where content_item_id = $1 and event = 'PUBLISHED'`,
      [post.id],
    );
    expect(Number(history[0].n)).toBe(1);
    expect(Number(again[0].n)).toBe(1);
  });

  it('keeps a revision of every save and step, with who and when, for the author and editors only', async () => {
    const authorPerson = await makePerson(t.db, { name: 'Amira Haddad' });
    const author = t.client();
    await signIn(author, authorPerson.email);
    const editor = await as(['EDITOR']);
    const other = await as();
    const post = await draft(author, { bodyHtml: '<p>First words.</p>' });
    await author.ok(UPDATE, { input: { id: post.id, title: post.title, bodyHtml: '<p>Second words.</p>' } });
    await author.ok(SUBMIT, { input: { id: post.id } });
    await editor.ok(PUBLISH, { input: { id: post.id } });

    const HISTORY = `query($id: String!) { blogPost(idOrSlug: $id) {
      revisions(first: 10) { totalCount edges { node { number event status bodyHtml createdAt createdBy { name } } } }
    } }`;
    interface History {
      blogPost: {
        revisions: {
          totalCount: number;
          edges: {
            node: { number: number; event: string; status: string; bodyHtml: string; createdBy: { name: string } };
          }[];
        };
      };
    }
    const history = (await author.ok<History>(HISTORY, { id: post.id })).blogPost.revisions;
    expect(history.totalCount).toBe(4);
    expect(history.edges.map((e) => [e.node.number, e.node.event, e.node.status, e.node.bodyHtml])).toEqual([
      [4, 'PUBLISHED', 'PUBLISHED', '<p>Second words.</p>'],
      [3, 'SUBMITTED', 'IN_REVIEW', '<p>Second words.</p>'],
      [2, 'EDITED', 'DRAFT', '<p>Second words.</p>'],
      [1, 'CREATED', 'DRAFT', '<p>First words.</p>'],
    ]);
    expect(history.edges[3].node.createdBy.name).toBe('Amira Haddad');
    expect(history.edges[0].node.createdBy.name).not.toBe('Amira Haddad');

    const refused = await other.request(HISTORY, { id: post.id });
    expect(code(refused)).toBe('FORBIDDEN');
  });

  it('stores hostile HTML neutralised and refuses bad tags and covers without a description', async () => {
    const author = await as();
    const post = await draft(author, {
      title: '<img src=x onerror=alert(1)>Title',
      bodyHtml:
        '<p onclick="steal()">Hello <a href="javascript:alert(1)">link</a> <a href="https://example.org">ok</a></p>' +
        '<script>alert(1)</script><iframe src="https://evil.example"></iframe><img src="https://evil.example/x.png" alt="x">' +
        '<p style="color:red">styled</p>',
    });
    expect(post.bodyHtml).toBe(
      '<p>Hello <a rel="noopener noreferrer">link</a> <a href="https://example.org" rel="noopener noreferrer">ok</a></p><p>styled</p>',
    );
    // Titles are plain text, escaped wherever they are shown; they are stored as typed.
    expect(post.title).toBe('<img src=x onerror=alert(1)>Title');

    const badTag = await author.request(CREATE, { input: { title: 'x', bodyHtml: '<p>x</p>', tags: ['<b>'] } });
    expect(code(badTag)).toBe('BAD_USER_INPUT');
    const noAlt = await author.request(CREATE, {
      input: { title: 'x', bodyHtml: '<p>x</p>', coverMediaId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(code(noAlt)).toBe('BAD_USER_INPUT');
    expect(noAlt.errors?.[0]?.extensions?.fields).toHaveProperty('coverAlt');
    const notImage = await author.request(CREATE, {
      input: { title: 'x', bodyHtml: '<p>x</p>', coverMediaId: '00000000-0000-4000-8000-000000000000', coverAlt: 'A' },
    });
    expect(code(notImage)).toBe('BAD_USER_INPUT');
  });

  it('refuses over-long tags and tag filters with BAD_USER_INPUT, before anything is read or written', async () => {
    const author = await as();
    const long = 'x'.repeat(101);
    const tooLong = await author.request(CREATE, { input: { title: 'x', bodyHtml: '<p>x</p>', tags: [long] } });
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    const tooMany = await author.request(CREATE, {
      input: { title: 'x', bodyHtml: '<p>x</p>', tags: ['a', 'b', 'c', 'd', 'e', 'f'] },
    });
    expect(code(tooMany)).toBe('BAD_USER_INPUT');
    expect(code(await t.client().request(LIST, { filter: { tag: long } }))).toBe('BAD_USER_INPUT');
  });

  it('gives posts started at the same moment with one title a web address each, without a server error', async () => {
    const author = await as();
    const title = `Same moment ${Date.now()}`;
    const posts = await Promise.all(Array.from({ length: 12 }, () => draft(author, { title })));
    expect(new Set(posts.map((p) => p.slug)).size).toBe(12);
    expect(t.logs.errors).toEqual([]);
  });

  it('pages the published list by cursor with a tag filter, in the same statements for 1 or 5 posts', async () => {
    const author = await as();
    const editor = await as(['EDITOR']);
    const tag = `paging-${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const post = await draft(author, { title: `Paging ${i}`, tags: [tag], audience: 'PUBLIC' });
      await editor.ok(PUBLISH, { input: { id: post.id } });
      ids.unshift(post.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ListPage = await t.client().ok<ListPage>(LIST, { first: 2, after, filter: { tag } });
      expect(page.blogPosts.totalCount).toBe(5);
      seen.push(...page.blogPosts.edges.map((e) => e.node.id));
      if (!page.blogPosts.pageInfo.hasNextPage) break;
      after = page.blogPosts.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);

    const visitor = t.client();
    const one = await t.queries.measure(() => visitor.ok(LIST, { first: 1, filter: { tag } }));
    const five = await t.queries.measure(() => visitor.ok(LIST, { first: 5, filter: { tag } }));
    expect(five).toBe(one);

    const forged = await visitor.request(LIST, { after: 'bm90IGEgY3Vyc29y', filter: { tag } });
    expect(code(forged)).toBe('BAD_USER_INPUT');
  });

  it('serves public published posts, and nothing else, as an RSS 2.0 feed a feed parser reads', async () => {
    const author = await as();
    const editor = await as(['EDITOR']);
    const title = `Tom & Jerry's <b>"guide"</b> ${Date.now()}`;
    const pub = await draft(author, {
      title,
      audience: 'PUBLIC',
      summary: 'Interpreters & housing <officers>',
      tags: ['partnership'],
      bodyHtml: '<p>Facts &amp; <strong>figures</strong></p><script>x()</script>',
    });
    const staff = await draft(author, { title: `Staff only ${Date.now()}`, audience: 'STAFF' });
    const unpublished = await draft(author, { title: `Not yet ${Date.now()}`, audience: 'PUBLIC' });
    await editor.ok(PUBLISH, { input: { id: pub.id } });
    await editor.ok(PUBLISH, { input: { id: staff.id } });

    const res = await fetch(`${t.url}/api/feeds/blog.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const xml = await res.text();
    const feed = await new Parser({
      customFields: { item: ['dc:creator', 'description', 'content:encoded'] },
    }).parseString(xml);
    expect(feed.title).toBe('Common Ground blog');
    const item = feed.items.find((i) => i.guid === `urn:uuid:${pub.id}`);
    expect(item).toMatchObject({
      title,
      description: 'Interpreters & housing <officers>',
      categories: ['partnership'],
      link: `${t.config.publicUrl}/library/blog/${pub.slug}`,
    });
    expect(item?.['content:encoded']).toBe('<p>Facts &amp; <strong>figures</strong></p>');
    expect(item?.['dc:creator']).toContain(pub.author?.name ?? 'missing');
    expect(xml).not.toContain(staff.title);
    expect(xml).not.toContain(unpublished.title);
    expect(xml).not.toContain('<script');
  });

  it('lets staff comment on a published post in a discussion thread of its own, and nowhere else', async () => {
    const author = await as();
    const reader = await as();
    const editor = await as(['EDITOR']);
    const post = await draft(author, { audience: 'STAFF' });
    const COMMENT = `mutation($input: CreatePostInput!) { createPost(input: $input) { id threadId } }`;
    const THREAD = `query($id: ID!) { contentItemThread(contentItemId: $id) { id title postCount } }`;
    const comment = (client: GraphqlClient, body: string) =>
      client.request<{ createPost: { threadId: string } }>(COMMENT, { input: { contentItemId: post.id, body } });

    // Not before it is published: a draft has no comments, even for its author.
    expect(code(await comment(author, '<p>Too early</p>'))).toBe('NOT_FOUND');
    await editor.ok(PUBLISH, { input: { id: post.id } });
    expect((await reader.ok<{ contentItemThread: null }>(THREAD, { id: post.id })).contentItemThread).toBeNull();

    const first = await comment(reader, '<p>Thank you, this helped.</p><script>x()</script>');
    const second = await comment(author, '<p>Glad it did.</p>');
    expect(first.data?.createPost.threadId).toBeTruthy();
    expect(second.data?.createPost.threadId).toBe(first.data?.createPost.threadId);
    const thread = await reader.ok<{ contentItemThread: { id: string; title: string; postCount: number } }>(THREAD, {
      id: post.id,
    });
    expect(thread.contentItemThread).toMatchObject({ title: post.title, postCount: 2 });
    const posts = await reader.ok<{ threadPosts: { edges: { node: { body: string } }[] } }>(
      `query($id: ID!) { threadPosts(threadId: $id, first: 10) { edges { node { body } } } }`,
      { id: thread.contentItemThread.id },
    );
    expect(posts.threadPosts.edges.map((e) => e.node.body)).toEqual([
      '<p>Thank you, this helped.</p>',
      '<p>Glad it did.</p>',
    ]);
    // Both a thread and a post home at once is refused; signed-out visitors cannot comment.
    const both = await reader.request(COMMENT, {
      input: { contentItemId: post.id, threadId: thread.contentItemThread.id, body: '<p>x</p>' },
    });
    expect(code(both)).toBe('BAD_USER_INPUT');
    expect(code(await comment(t.client(), '<p>Anonymous</p>'))).toBe('UNAUTHENTICATED');

    // Once archived, the comments go with the post.
    await editor.ok(ARCHIVE, { input: { id: post.id } });
    expect((await reader.ok<{ contentItemThread: null }>(THREAD, { id: post.id })).contentItemThread).toBeNull();
    expect(code(await comment(reader, '<p>Still there?</p>'))).toBe('NOT_FOUND');
  });

  it('lets a public post’s audience download its cover once it is published, and nobody else before', async () => {
    const author = await as();
    const editor = await as(['EDITOR']);
    // A stored picture, as an editor's upload leaves it (the upload itself is media.int-spec's).
    const storageKey = `cover-${Date.now()}.png`;
    mkdirSync(join(dataDir, 'media'), { recursive: true });
    writeFileSync(join(dataDir, 'media', storageKey), Buffer.from('not really a png'));
    const rows: { id: string }[] = await t.db.query(
      `insert into media (kind, mime, size, storage_key, original_name) values ('IMAGE', 'image/png', 16, $1, 'cover.png')
       returning id`,
      [storageKey],
    );
    const mediaId = rows[0].id;
    const post = await draft(author, { audience: 'PUBLIC' });
    await editor.ok(UPDATE, {
      input: {
        id: post.id,
        title: post.title,
        bodyHtml: '<p>With a cover.</p>',
        coverMediaId: mediaId,
        coverAlt: 'A desk',
      },
    });
    const download = () => fetch(`${t.url}/api/media/${mediaId}`);
    expect((await download()).status).toBe(404);
    await editor.ok(PUBLISH, { input: { id: post.id } });
    expect((await download()).status).toBe(200);
    const read = (
      await t.client().ok<{ blogPost: Post & { cover: { url: string; alt: string } } }>(GET, { id: post.id })
    ).blogPost;
    expect(read.cover).toEqual({ url: `/api/media/${mediaId}`, alt: 'A desk' });
    await editor.ok(ARCHIVE, { input: { id: post.id } });
    expect((await download()).status).toBe(404);
  });
});
