import { createTestApp, type TestApp } from '../../../../test/app';
import {
  makeForumCategory,
  makeForumThread,
  makeLesson,
  makeModule,
  makePerson,
  signIn,
} from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const CREATE = `mutation($input: GlossaryTermInput!) { createGlossaryTerm(input: $input) { id slug } }`;
const ARTICLE = `query($id: ID!) { lesson(id: $id) { id article { html linkedHtml } } }`;
const SET = `mutation($input: SetGlossaryLinkingInput!) { setGlossaryLinking(input: $input) }`;
const IS_ON = `query($id: ID!) { glossaryLinking(contentKind: LESSON, contentId: $id) }`;

interface Article {
  lesson: { article: { html: string; linkedHtml: string } };
}

const linkedSlugs = (html: string) => [...html.matchAll(/data-glossary-term="([^"]+)"/g)].map((m) => m[1]);

describe('glossary linking in lessons', () => {
  let t: TestApp;
  let editor: GraphqlClient;
  let learner: GraphqlClient;
  let visitor: GraphqlClient;
  const words = ['Tenancy', 'Landlord', 'Deposit', 'Eviction', 'Council tax', 'Universal Credit', 'GP', 'Safeguarding'];
  beforeAll(async () => {
    t = await createTestApp();
    const e = await makePerson(t.db, { roles: ['EDITOR'] });
    editor = t.client();
    await signIn(editor, e.email);
    const l = await makePerson(t.db);
    learner = t.client();
    await signIn(learner, l.email);
    visitor = t.client();
    for (const word of words) await create(word);
    await create('Staff secret', { audience: 'STAFF' });
    await create('Unpublished word', { publishNow: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function create(term: string, overrides: Record<string, unknown> = {}) {
    return (
      await editor.ok<{ createGlossaryTerm: { id: string; slug: string } }>(CREATE, {
        input: {
          term,
          definition: `${term}, in plain words.`,
          category: 'HOUSING',
          audience: 'PUBLIC',
          publishNow: true,
          translations: [{ languageCode: 'ur', languageName: 'Urdu', text: 'لفظ', pronunciation: 'lafz' }],
          ...overrides,
        },
      })
    ).createGlossaryTerm;
  }
  const publicLesson = async (html: string) => {
    const module = await makeModule(t.db, { audience: 'PUBLIC' });
    return makeLesson(t.db, module.id, 'ARTICLE', { html });
  };
  const read = async (client: GraphqlClient, id: string) => (await client.ok<Article>(ARTICLE, { id })).lesson.article;

  it('links the first occurrence of each term the reader may see, leaving the stored text alone', async () => {
    const html =
      '<p>Your landlord keeps the deposit. The LANDLORD must protect it.</p><p>Staff secret and unpublished word and landlords.</p>';
    const lesson = await publicLesson(html);
    const asVisitor = await read(visitor, lesson.id);
    expect(asVisitor.html).toBe(html);
    expect(linkedSlugs(asVisitor.linkedHtml)).toEqual(['landlord', 'deposit']);
    expect(asVisitor.linkedHtml).toContain('The LANDLORD must');
    expect(asVisitor.linkedHtml).toContain('<span lang="ur" dir="rtl">لفظ</span>');
    expect(linkedSlugs((await read(learner, lesson.id)).linkedHtml)).toEqual(['landlord', 'deposit', 'staff-secret']);
  });

  it('costs the same statements whatever the number of terms on the page (the term list is cached)', async () => {
    const one = await publicLesson('<p>Ask your GP.</p>');
    const many = await publicLesson(`<p>${words.join(', ')}.</p>`);
    // The first reads fill the caches (the term list, and learning's own).
    await read(visitor, one.id);
    await read(visitor, many.id);
    const statements = async (id: string) => t.queries.capture(() => read(visitor, id));
    // At most once a second the caches ask whether the glossary or the switches changed: leave those checks out.
    const versionCheck = (sql: string) => sql.includes("where kind = 'GLOSSARY_TERM'") || sql.includes('max(xmin');
    const forOne = (await statements(one.id)).filter((sql) => !versionCheck(sql));
    const forMany = (await statements(many.id)).filter((sql) => !versionCheck(sql));
    expect(linkedSlugs((await read(visitor, many.id)).linkedHtml)).toHaveLength(words.length);
    expect(forMany).toEqual(forOne);
    expect(forMany.filter((sql) => /glossary_term/.test(sql))).toEqual([]);
  });

  it('links a term added since the last read (a change empties the cache)', async () => {
    const lesson = await publicLesson('<p>Ask about a discretionary housing payment.</p>');
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual([]);
    await create('Discretionary housing payment');
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual(['discretionary-housing-payment']);
  });

  it('links a term published through the workflow’s own step once the cache next checks (within a second)', async () => {
    const lesson = await publicLesson('<p>Ask about the warm home discount.</p>');
    const draft = await create('Warm home discount', { publishNow: false });
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual([]);
    await editor.ok(`mutation($input: PublishContentInput!) { publishContentItem(input: $input) { id } }`, {
      input: { id: draft.id },
    });
    t.clock.advance(1_500);
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual(['warm-home-discount']);
  });

  it('links terms in forum posts and blog posts too, and an editor can switch it off per post', async () => {
    const person = await makePerson(t.db);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [person.id], 1);
    await t.db.query(`update post set body = '<p>My landlord kept the deposit.</p>' where thread_id = $1`, [thread.id]);
    const posts = async () =>
      (
        await learner.ok<{ threadPosts: { edges: { node: { id: string; linkedBody: string } }[] } }>(
          `query($id: ID!) { threadPosts(threadId: $id, first: 5) { edges { node { id linkedBody } } } }`,
          { id: thread.id },
        )
      ).threadPosts.edges.map((e) => e.node);
    const [post] = await posts();
    expect(linkedSlugs(post.linkedBody)).toEqual(['landlord', 'deposit']);
    await editor.ok(SET, { input: { contentKind: 'FORUM_POST', contentId: post.id, enabled: false } });
    expect(linkedSlugs((await posts())[0].linkedBody)).toEqual([]);

    const created = await editor.ok<{ createBlogPost: { id: string; slug: string } }>(
      `mutation($input: BlogPostInput!) { createBlogPost(input: $input) { id slug } }`,
      { input: { title: 'Finding a GP', bodyHtml: '<p>Register with a GP early.</p>', audience: 'PUBLIC' } },
    );
    await editor.ok(`mutation($input: PublishContentInput!) { publishContentItem(input: $input) { id } }`, {
      input: { id: created.createBlogPost.id },
    });
    const blog = await visitor.ok<{ blogPost: { linkedBodyHtml: string } }>(
      `query($slug: String!) { blogPost(idOrSlug: $slug) { linkedBodyHtml } }`,
      { slug: created.createBlogPost.slug },
    );
    expect(linkedSlugs(blog.blogPost.linkedBodyHtml)).toEqual(['gp']);
  });

  it('links forum posts with no statement per post: a page of 2 posts and one of 12 cost the same', async () => {
    const person = await makePerson(t.db);
    const category = await makeForumCategory(t.db);
    const small = await makeForumThread(t.db, category.id, [person.id], 2);
    const large = await makeForumThread(t.db, category.id, [person.id], 12);
    await t.db.query(`update post set body = '<p>Ask the landlord about the deposit.</p>' where thread_id = any($1)`, [
      [small.id, large.id],
    ]);
    const page = (id: string) =>
      learner.ok<{ threadPosts: { edges: { node: { linkedBody: string } }[] } }>(
        `query($id: ID!) { threadPosts(threadId: $id, first: 20) { edges { node { id body linkedBody } } } }`,
        { id },
      );
    await page(small.id);
    await page(large.id);
    const count = async (id: string) => t.queries.capture(() => page(id));
    const forSmall = await count(small.id);
    const forLarge = await count(large.id);
    expect(forLarge.length).toBe(forSmall.length);
    // The term list and the switches are held in memory (the clock has not moved on a second).
    expect(forLarge.filter((sql) => /glossary/.test(sql))).toEqual([]);
    const linked = (await page(large.id)).threadPosts.edges.map((e) => linkedSlugs(e.node.linkedBody));
    expect(linked.every((slugs) => slugs.join() === 'landlord,deposit')).toBe(true);
  });

  it('follows a switch made on another instance once the cache next checks (within a second)', async () => {
    const lesson = await publicLesson('<p>Ask the landlord.</p>');
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual(['landlord']);
    // Another instance's editor switches it off: this instance has the switches in memory.
    await t.db.query(`insert into glossary_link_opt_out (content_kind, content_id) values ('LESSON', $1)`, [lesson.id]);
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual(['landlord']);
    t.clock.advance(1_500);
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual([]);
    // And back on, with another switch made in between: the row count alone would not show it.
    const other = await publicLesson('<p>Ask the landlord too.</p>');
    await t.db.query(`delete from glossary_link_opt_out where content_id = $1`, [lesson.id]);
    await t.db.query(`insert into glossary_link_opt_out (content_kind, content_id) values ('LESSON', $1)`, [other.id]);
    t.clock.advance(1_500);
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual(['landlord']);
    expect(linkedSlugs((await read(visitor, other.id)).linkedHtml)).toEqual([]);
  });

  it('lets editors switch linking off and on for a lesson, and nobody else', async () => {
    const lesson = await publicLesson('<p>Speak to the landlord.</p>');
    const input = { contentKind: 'LESSON', contentId: lesson.id, enabled: false };
    expect(code(await learner.request(SET, { input }))).toBe('FORBIDDEN');
    expect(code(await visitor.request(SET, { input }))).toBe('UNAUTHENTICATED');
    expect(code(await learner.request(IS_ON, { id: lesson.id }))).toBe('FORBIDDEN');
    expect((await editor.ok<{ glossaryLinking: boolean }>(IS_ON, { id: lesson.id })).glossaryLinking).toBe(true);
    await editor.ok(SET, { input });
    expect((await editor.ok<{ glossaryLinking: boolean }>(IS_ON, { id: lesson.id })).glossaryLinking).toBe(false);
    const off = await read(visitor, lesson.id);
    expect(off.linkedHtml).toBe(off.html);
    await editor.ok(SET, { input: { ...input, enabled: true } });
    expect(linkedSlugs((await read(visitor, lesson.id)).linkedHtml)).toEqual(['landlord']);
    expect(code(await editor.request(SET, { input: { ...input, contentId: 'nope' } }))).toBe('BAD_USER_INPUT');
  });
});
