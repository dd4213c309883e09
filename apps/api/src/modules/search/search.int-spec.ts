import { createTestApp, type TestApp } from '../../../test/app';
import {
  makeForumCategory,
  makeForumThread,
  makeLesson,
  makeModule,
  makePerson,
  signIn,
  uniqueId,
} from '../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../test/graphql-client';
import { SEARCH_LIMITS } from './search.constants';

const SEARCH = `query($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
  search(query: $query, kinds: $kinds, first: $first, after: $after) {
    totalCount kindCounts { kind count } countsCapped pageInfo { hasNextPage endCursor }
    edges { node { id kind title snippet slug threadId postSeq publishedAt homeId homeKind } } } }`;
const CREATE_TERM = `mutation($input: GlossaryTermInput!) { createGlossaryTerm(input: $input) { id slug } }`;
const UPDATE_TERM = `mutation($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { id } }`;
const DELETE_TERM = `mutation($input: DeleteGlossaryTermInput!) { deleteGlossaryTerm(input: $input) }`;
const PUBLISH = `mutation($input: PublishContentInput!) { publishContentItem(input: $input) { id status } }`;
const ARCHIVE = `mutation($input: ContentItemIdInput!) { archiveContentItem(input: $input) { id status } }`;
const START_THREAD = `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id } }`;
const REPLY = `mutation($input: CreatePostInput!) { createPost(input: $input) { id seq } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { id } }`;
const DELETE_POST = `mutation($input: PostIdInput!) { deletePost(input: $input) { id } }`;
const HIDE = `mutation($input: ModeratePostInput!) { hidePost(input: $input) { id } }`;
const RESTORE = `mutation($input: ModeratePostInput!) { restorePost(input: $input) { id } }`;

interface Result {
  id: string;
  kind: string;
  title: string;
  snippet: string[];
  slug: string | null;
  threadId: string | null;
  postSeq: number | null;
  publishedAt: string | null;
  homeId: string | null;
  homeKind: string | null;
}
interface Searched {
  search: {
    totalCount: number;
    kindCounts: { kind: string; count: number }[];
    countsCapped: boolean;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Result }[];
  };
}

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
/** A word no other test uses (letters only, so the parser keeps it one word). */
const word = () => `zq${uniqueId().replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
/** The matched words of a snippet (its odd pieces). */
const marked = (r: Result) => r.snippet.filter((_, i) => i % 2 === 1);

describe('one search', () => {
  let t: TestApp;
  let editor: GraphqlClient;
  let learner: GraphqlClient;
  let visitor: GraphqlClient;
  let moderator: GraphqlClient;
  let learnerId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const e = await makePerson(t.db, { roles: ['EDITOR'] });
    editor = t.client();
    await signIn(editor, e.email);
    const l = await makePerson(t.db);
    learnerId = l.id;
    learner = t.client();
    await signIn(learner, l.email);
    const m = await makePerson(t.db, { roles: ['MODERATOR'] });
    moderator = t.client();
    await signIn(moderator, m.email);
    visitor = t.client();
  });
  afterAll(async () => {
    await t?.close();
  });

  const search = async (client: GraphqlClient, query: string, extra: Record<string, unknown> = {}) =>
    (await client.ok<Searched>(SEARCH, { query, first: 50, ...extra })).search;
  const ids = async (client: GraphqlClient, query: string, extra: Record<string, unknown> = {}) =>
    (await search(client, query, extra)).edges.map((e) => e.node.id);

  /** A published glossary term (a PUBLIC one unless told). */
  const term = async (name: string, definition: string, overrides: Record<string, unknown> = {}) =>
    (
      await editor.ok<{ createGlossaryTerm: { id: string; slug: string } }>(CREATE_TERM, {
        input: {
          term: name,
          definition,
          category: 'HOUSING',
          audience: 'PUBLIC',
          publishNow: true,
          translations: [{ languageCode: 'pl', languageName: 'Polish', text: 'zasiłek mieszkaniowy' }],
          ...overrides,
        },
      })
    ).createGlossaryTerm;

  it('ranks a title match above a body match, marks the matched words, and pages by cursor', async () => {
    const w = word();
    const inBody = await term(`Tenancy deposit ${uniqueId()}`, `A deposit scheme; ask about ${w} at the desk.`);
    const inTitle = await term(`${w} notice`, 'A letter saying a tenancy will end.');
    const page = await search(learner, w);
    expect(page.edges.map((e) => e.node.id)).toEqual([inTitle.id, inBody.id]);
    expect(page.totalCount).toBe(2);
    expect(page.kindCounts).toEqual([{ kind: 'GLOSSARY_TERM', count: 2 }]);
    const body = page.edges[1].node;
    expect(body).toMatchObject({ kind: 'GLOSSARY_TERM', slug: inBody.slug });
    expect(marked(body)).toEqual([w]);
    expect(body.snippet.join('')).toContain(`ask about ${w} at the desk`);

    const first = await search(learner, w, { first: 1 });
    expect(first.edges.map((e) => e.node.id)).toEqual([inTitle.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(learner, w, { first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([inBody.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await search(learner, w, { kinds: ['FAQ', 'LESSON'] })).edges).toEqual([]);
  });

  it('forgives accents and a typo in a title, and finds translations in any script', async () => {
    const tag = word();
    const city = await term(`Łódź office ${tag}`, 'Where the partnership’s Polish liaison works.');
    expect(await ids(visitor, `Lodz ${tag}`)).toEqual([city.id]);
    const typo = await term('Frumious bandersnatch', 'A made-up term for a test of typos.');
    expect(await ids(visitor, 'frumius bandersnach')).toContain(typo.id);

    const rtl = await term(`Interpreter ${tag}`, 'Someone who turns speech into another language.', {
      translations: [
        { languageCode: 'pl', languageName: 'Polish', text: `tłumacz ustny ${tag}` },
        { languageCode: 'ar', languageName: 'Arabic', text: 'مترجم فوري' },
      ],
    });
    const polish = (await search(visitor, `tlumacz ${tag}`)).edges.map((e) => e.node);
    expect(polish.map((r) => r.id)).toEqual([rtl.id]);
    expect(marked(polish[0])).toEqual(expect.arrayContaining(['tłumacz']));
    expect(await ids(visitor, 'مترجم فوري')).toContain(rtl.id);
  });

  it('shows each viewer only what they may read', async () => {
    const w = word();
    const open = await term(`${w} public`, 'For everyone.');
    const staffOnly = await term(`${w} staff`, 'For staff.', { audience: 'STAFF' });
    const draft = await term(`${w} draft`, 'Not yet.', { publishNow: false });

    const publicModule = await makeModule(t.db, { title: `${w} public module`, audience: 'PUBLIC' });
    const staffModule = await makeModule(t.db, { title: `${w} staff module` });
    const draftModule = await makeModule(t.db, { title: `${w} draft module`, status: 'DRAFT' });
    const article = (text: string) => ({ html: `<p>${text}</p>` });
    const publicLesson = await makeLesson(t.db, publicModule.id, 'ARTICLE', article(`Read about ${w}.`));
    const staffLesson = await makeLesson(t.db, staffModule.id, 'ARTICLE', article(`Read about ${w}.`));
    await makeLesson(t.db, draftModule.id, 'ARTICLE', article(`Read about ${w}.`));
    await makeLesson(t.db, staffModule.id, 'ARTICLE', article(`Draft about ${w}.`), { publish: false });

    const openCategory = await makeForumCategory(t.db);
    const modsOnly = await makeForumCategory(t.db, { allowedRoles: ['MODERATOR'] });
    const openThread = await makeForumThread(t.db, openCategory.id, [learnerId], 2, { title: `${w} in the open` });
    const closedThread = await makeForumThread(t.db, modsOnly.id, [learnerId], 1, { title: `${w} for moderators` });
    await t.db.query(`update post set body = $2 where thread_id = $1 and seq = 2`, [openThread.id, `<p>${w} too</p>`]);
    const reply = (
      await t.db.query<{ id: string }[]>(`select id from post where thread_id = $1 and seq = 2`, [openThread.id])
    )[0];

    const everyone = [open.id, publicModule.id, publicLesson.id];
    const staff = [staffOnly.id, staffModule.id, staffLesson.id, openThread.id, reply.id];
    expect((await ids(visitor, w)).sort()).toEqual([...everyone].sort());
    expect((await ids(learner, w)).sort()).toEqual([...everyone, ...staff].sort());
    expect((await ids(moderator, w)).sort()).toEqual([...everyone, ...staff, closedThread.id].sort());
    // Drafts are for their editors' lists, not the search, even for editors.
    expect(await ids(editor, w)).not.toContain(draft.id);

    const found = (await search(learner, w)).edges.map((e) => e.node);
    expect(found.find((r) => r.id === reply.id)).toMatchObject({
      kind: 'FORUM_POST',
      title: `${w} in the open`,
      threadId: openThread.id,
      postSeq: 2,
    });
    expect(found.find((r) => r.id === staffLesson.id)).toMatchObject({ kind: 'LESSON', slug: staffModule.slug });
  });

  it('follows publishing, edits, archiving and deletion of library content', async () => {
    const before = word();
    const after = word();
    const draft = await term(`${before} allowance`, 'A payment.', { publishNow: false });
    expect(await ids(learner, before)).toEqual([]);
    await editor.ok(PUBLISH, { input: { id: draft.id } });
    expect(await ids(learner, before)).toEqual([draft.id]);
    await editor.ok(UPDATE_TERM, {
      input: {
        id: draft.id,
        term: `${after} allowance`,
        definition: 'A payment.',
        category: 'HOUSING',
        audience: 'PUBLIC',
        translations: [],
      },
    });
    expect(await ids(learner, before)).toEqual([]);
    expect(await ids(learner, after)).toEqual([draft.id]);
    await editor.ok(ARCHIVE, { input: { id: draft.id } });
    expect(await ids(learner, after)).toEqual([]);
    await editor.ok(DELETE_TERM, { input: { id: draft.id } });
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `select count(*)::int as n from search_document where source_id = $1`,
      [draft.id],
    );
    expect(n).toBe(0);
  });

  it('follows posts as they are written, edited, hidden, restored and deleted, and modules as they close', async () => {
    const category = await makeForumCategory(t.db);
    const first = word();
    const thread = (
      await learner.ok<{ createForumThread: { id: string } }>(START_THREAD, {
        input: { categoryId: category.id, title: `Desk rota ${first}`, body: '<p>Who covers Fridays?</p>', tags: [] },
      })
    ).createForumThread;
    expect(await ids(learner, first)).toEqual([thread.id]);

    const said = word();
    const post = (
      await learner.ok<{ createPost: { id: string } }>(REPLY, {
        input: { threadId: thread.id, body: `<p>I can, ${said}.</p>` },
      })
    ).createPost;
    expect(await ids(learner, said)).toEqual([post.id]);
    const edited = word();
    await learner.ok(EDIT_POST, { input: { postId: post.id, body: `<p>I can, ${edited}.</p>` } });
    expect(await ids(learner, said)).toEqual([]);
    expect(await ids(learner, edited)).toEqual([post.id]);

    await moderator.ok(HIDE, { input: { postId: post.id, reason: 'Names a resident' } });
    expect(await ids(learner, edited)).toEqual([]);
    expect(await ids(moderator, edited)).toEqual([]);
    await moderator.ok(RESTORE, { input: { postId: post.id, reason: 'Name removed' } });
    expect(await ids(learner, edited)).toEqual([post.id]);
    await learner.ok(DELETE_POST, { input: { postId: post.id } });
    expect(await ids(learner, edited)).toEqual([]);

    const topic = word();
    const module = await makeModule(t.db, { title: `${topic} basics` });
    const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html: `<p>All about ${topic}.</p>` });
    expect((await ids(learner, topic)).sort()).toEqual([module.id, lesson.id].sort());
    await t.db.query(`update learning_module set status = 'ARCHIVED' where id = $1`, [module.id]);
    expect(await ids(learner, topic)).toEqual([]);
  });

  it('finds a podcast episode by its transcript, and follows the transcript as it changes', async () => {
    const spoken = word();
    const later = word();
    const [show] = await t.db.query<{ id: string }[]>(
      `insert into podcast_show (slug, title) values ($1, 'Front desk voices') returning id`,
      [`show-${uniqueId()}`],
    );
    const [item] = await t.db.query<{ id: string }[]>(
      `insert into content_item (kind, status, audience, title, slug, summary, body, published_at)
       values ('PODCAST_EPISODE', 'PUBLISHED', 'PUBLIC', 'Episode one', $1, 'A conversation.', '<p>Notes.</p>', now())
       returning id`,
      [`episode-${uniqueId()}`],
    );
    const vtt = (text: string) => `WEBVTT\n\n1\n00:00:00.000 --> 00:00:04.000\n<v Ana>We ask for ${text} first.</v>\n`;
    await t.db.query(`insert into podcast_episode (content_item_id, show_id, transcript_vtt) values ($1, $2, $3)`, [
      item.id,
      show.id,
      vtt(spoken),
    ]);
    const found = (await search(visitor, spoken)).edges.map((e) => e.node);
    expect(found.map((r) => r.id)).toEqual([item.id]);
    expect(found[0].snippet.join('')).toContain(`We ask for ${spoken} first`);
    expect(found[0].snippet.join('')).not.toMatch(/-->|WEBVTT|<v /);
    expect(await ids(visitor, '00:00:04.000')).not.toContain(item.id);

    await t.db.query(`update podcast_episode set transcript_vtt = $2 where content_item_id = $1`, [
      item.id,
      vtt(later),
    ]);
    expect(await ids(visitor, spoken)).toEqual([]);
    expect(await ids(visitor, later)).toEqual([item.id]);
  });

  it('answers input of any shape with results or a clear error, never a fault', async () => {
    const odd = [
      '"unclosed quote',
      'a & b | !c <-> d:*',
      "'; drop table post; --",
      '<script>alert(1)</script>',
      '():*&|!<->',
      '🙂🏠 housing',
      'مترجم فوري',
      '   ',
      '',
      '-',
      '"" OR ""',
      'a'.repeat(200),
    ];
    for (const query of odd) {
      const res = await visitor.request<Searched>(SEARCH, { query });
      expect({ query, errors: res.errors }).toEqual({ query, errors: undefined });
      expect(res.data?.search.totalCount).toBeGreaterThanOrEqual(0);
    }
    const tooLong = await visitor.request(SEARCH, { query: 'a'.repeat(201) });
    expect(code(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0].extensions?.fields).toHaveProperty('query');
    expect(code(await visitor.request(SEARCH, { query: 'x'.repeat(10_000) }))).toBe('BAD_USER_INPUT');
    expect(code(await visitor.request(SEARCH, { query: 'x', after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['1; drop', 'x'])).toString('base64url');
    expect(code(await visitor.request(SEARCH, { query: 'x', after: forged }))).toBe('BAD_USER_INPUT');
    expect(code(await visitor.request(SEARCH, { query: 'x', first: 101 }))).toBe('BAD_USER_INPUT');
    expect(code(await visitor.request(SEARCH, { query: 'x', kinds: ['NOPE'] }))).toBe('BAD_USER_INPUT');
  });

  it('stops at SEARCH_LIMITS.candidatesMax matches of a common word, says the counts are "at least", and still puts title matches first', async () => {
    const common = word();
    const cap = SEARCH_LIMITS.candidatesMax;
    // Straight into the table the triggers index (through the API this would take minutes).
    await t.db.query(
      `insert into content_item (kind, status, audience, title, slug, summary, body, published_at)
       select 'FAQ', 'PUBLISHED', 'PUBLIC', 'Question ' || n, $1 || '-' || n, '', '<p>Body with ' || $1 || '</p>', now()
         from generate_series(1, $2::int) n`,
      [common, cap + 20],
    );
    const titled = await term(`${common} explained`, 'A word many use.');
    const page = await search(visitor, common);
    expect(page.countsCapped).toBe(true);
    expect(page.totalCount).toBeGreaterThan(cap);
    expect(page.totalCount).toBeLessThanOrEqual(2 * (cap + 1));
    expect(page.edges[0].node.id).toBe(titled.id);
    const rare = await search(visitor, `${common} explained`);
    expect([rare.countsCapped, rare.totalCount]).toEqual([false, 1]);
  });

  it('filters by kind inside the lookup, so a kind past the first SEARCH_LIMITS.candidatesMax matches of others is still found', async () => {
    const common = word();
    const cap = SEARCH_LIMITS.candidatesMax;
    await t.db.query(
      `insert into content_item (kind, status, audience, title, slug, summary, body, published_at)
       select 'FAQ', 'PUBLISHED', 'PUBLIC', 'Question ' || n, $1 || '-' || n, '', '<p>Body with ' || $1 || '</p>', now()
         from generate_series(1, $2::int) n`,
      [common, cap + 20],
    );
    // Matched in its definition only, as the FAQs are, and written after them: outside the first cap + 1.
    const late = await term(`Late entry ${uniqueId()}`, `Also mentions ${common}.`);
    const all = await search(visitor, common);
    expect(all.countsCapped).toBe(true);
    expect(all.kindCounts.find((c) => c.kind === 'GLOSSARY_TERM')).toBeUndefined();

    const terms = await search(visitor, common, { kinds: ['GLOSSARY_TERM'] });
    expect(terms.edges.map((e) => e.node.id)).toEqual([late.id]);
    expect(terms.totalCount).toBe(1);
    expect(terms.kindCounts).toEqual(
      expect.arrayContaining([
        { kind: 'GLOSSARY_TERM', count: 1 },
        { kind: 'FAQ', count: expect.any(Number) as number },
      ]),
    );
    const faqs = await search(visitor, common, { kinds: ['FAQ'], first: 10 });
    expect(faqs.edges.every((e) => e.node.kind === 'FAQ')).toBe(true);
    expect([faqs.edges.length, faqs.pageInfo.hasNextPage, faqs.countsCapped]).toEqual([10, true, true]);
  });

  it('finds posts in lesson discussions for signed-in staff while the lesson is live, linking to the lesson', async () => {
    const module = await makeModule(t.db, { audience: 'PUBLIC' });
    const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Interpreting basics.</p>' });
    const said = word();
    const post = (
      await learner.ok<{ createPost: { id: string; seq: number } }>(REPLY, {
        input: { lessonId: lesson.id, body: `<p>We book ${said} a day ahead.</p>` },
      })
    ).createPost;
    const [found] = (await search(learner, said)).edges.map((e) => e.node);
    expect(found).toMatchObject({
      id: post.id,
      kind: 'LESSON_POST',
      title: lesson.title,
      slug: module.slug,
      homeId: lesson.id,
      homeKind: 'LESSON',
      postSeq: post.seq,
    });
    expect(marked(found)).toEqual([said]);
    expect(await ids(learner, said, { kinds: ['LESSON_POST'] })).toEqual([post.id]);
    // Lesson discussions are for signed-in staff only, even in a public module.
    expect(await ids(visitor, said)).toEqual([]);

    await t.db.query(`update learning_module set status = 'ARCHIVED' where id = $1`, [module.id]);
    expect(await ids(learner, said)).toEqual([]);
    await t.db.query(`update learning_module set status = 'PUBLISHED' where id = $1`, [module.id]);
    expect(await ids(learner, said)).toEqual([post.id]);
    await t.db.query(`update lesson set status = 'ARCHIVED' where id = $1`, [lesson.id]);
    expect(await ids(learner, said)).toEqual([]);
    await t.db.query(`update lesson set status = 'DRAFT' where id = $1`, [lesson.id]);
    expect(await ids(learner, said)).toEqual([post.id]);

    await moderator.ok(HIDE, { input: { postId: post.id, reason: 'Names a resident' } });
    expect(await ids(learner, said)).toEqual([]);
    // A hidden post stays out when its lesson changes, until it is restored.
    await t.db.query(`update lesson set title = 'Interpreting, revised' where id = $1`, [lesson.id]);
    expect(await ids(moderator, said)).toEqual([]);
    await moderator.ok(RESTORE, { input: { postId: post.id, reason: 'Name removed' } });
    expect(await ids(learner, said)).toEqual([post.id]);
    await learner.ok(DELETE_POST, { input: { postId: post.id } });
    expect(await ids(learner, said)).toEqual([]);
  });

  it('finds comments on blog posts and episodes for signed-in staff while the item is published, with where they were said', async () => {
    const slug = `comment-home-${uniqueId()}`;
    const [item] = await t.db.query<{ id: string }[]>(
      `insert into content_item (kind, status, audience, title, slug, summary, body, published_at)
       values ('BLOG_POST', 'PUBLISHED', 'PUBLIC', 'Our first month', $1, 'A look back.', '<p>It went well.</p>', now())
       returning id`,
      [slug],
    );
    await t.db.query(`insert into blog_post (content_item_id) values ($1)`, [item.id]);
    const said = word();
    const comment = (
      await learner.ok<{ createPost: { id: string; seq: number } }>(REPLY, {
        input: { contentItemId: item.id, body: `<p>Thanks, the ${said} tip helped.</p>` },
      })
    ).createPost;
    const [found] = (await search(learner, said)).edges.map((e) => e.node);
    expect(found).toMatchObject({
      id: comment.id,
      kind: 'COMMENT',
      title: 'Our first month',
      slug,
      homeId: item.id,
      homeKind: 'BLOG_POST',
      postSeq: 1,
    });
    expect(await ids(visitor, said)).toEqual([]);
    expect((await search(learner, said, { kinds: ['BLOG_POST'] })).edges).toEqual([]);

    await editor.ok(ARCHIVE, { input: { id: item.id } });
    expect(await ids(learner, said)).toEqual([]);
    await editor.ok(PUBLISH, { input: { id: item.id } });
    expect(await ids(learner, said)).toEqual([comment.id]);
    await t.db.query(`delete from content_item where id = $1`, [item.id]);
    expect(await ids(learner, said)).toEqual([]);
    expect(await t.db.query(`select 1 from search_document where source_id = $1`, [comment.id])).toEqual([]);
  });

  it('costs the same statements for one result as for many', async () => {
    const one = word();
    const many = word();
    await term(`${one} grant`, 'A grant.');
    for (let i = 0; i < 6; i++) await term(`${many} grant ${i}`, 'A grant.');
    const statements = async (w: string) => {
      let found = 0;
      const n = await t.queries.measure(async () => {
        found = (await search(learner, w)).edges.length;
      });
      return { found, n };
    };
    const forOne = await statements(one);
    const forMany = await statements(many);
    expect([forOne.found, forMany.found]).toEqual([1, 6]);
    expect(forMany.n).toBe(forOne.n);
    expect(forOne.n).toBeLessThanOrEqual(5);
  });
});
