import { createTestApp, type TestApp } from '../../../../test/app';
import { makeForumCategory, makeForumThread, makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const MYTH_FIELDS = `id slug claim verdict summary factsHtml status audience reviewedAt reviewDue claimReviewJsonLd
  evidence { title publisher url publishedOn } relatedTerms { slug term } relatedFaqs { slug question }
  reviewer { name } heardIn { postId href reportedAt reportedBy { name } } viewerCan { edit publish }`;
const CREATE = `mutation($input: MythInput!) { createMyth(input: $input) { ${MYTH_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateMythInput!) { updateMyth(input: $input) { ${MYTH_FIELDS} } }`;
const ONE = `query($id: String!) { myth(idOrSlug: $id) { ${MYTH_FIELDS} } }`;
const LIST = `query($filter: MythFilterInput, $first: Int, $after: String) { myths(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id claim verdict reviewDue evidence { url } heardIn { href } } } } }`;
const PUBLISH = `mutation($input: PublishContentInput!) { publishContentItem(input: $input) { id status } }`;
const SUBMIT = `mutation($input: ContentItemIdInput!) { submitContentItem(input: $input) { id status } }`;
const REVIEW = `mutation($input: ContentItemIdInput!) { recordMythReview(input: $input) { id reviewedAt reviewDue reviewer { name } } }`;
const ARCHIVE = `mutation($input: ContentItemIdInput!) { archiveContentItem(input: $input) { id status } }`;
const HISTORY = `query($id: String!) { myth(idOrSlug: $id) { id
  revisions { totalCount edges { node { number event status title summary bodyHtml createdBy { name } } } } } }`;
const SETTINGS = `mutation($input: MythSettingsInput!) { updateMythSettings(input: $input) { reviewAfterMonths } }`;
const REPORT = `mutation($input: ReportRumourInput!) { reportRumour(input: $input) { id heard } }`;

type MythResult = Record<string, unknown> & { id: string; slug: string };

const mythInput = (claim: string, overrides: Record<string, unknown> = {}) => ({
  claim,
  summary: 'The short answer.',
  factsHtml: `<p>The facts about ${claim}.</p>`,
  verdict: 'FALSE',
  audience: 'PUBLIC',
  evidence: [
    {
      title: 'Allocation rules explained',
      publisher: 'Department for Housing',
      url: 'https://www.gov.uk/council-housing',
      publishedOn: '2025-11-03',
    },
  ],
  relatedTermIds: [],
  relatedFaqIds: [],
  ...overrides,
});

describe('myth-busters', () => {
  let t: TestApp;
  let editor: GraphqlClient;
  let learner: GraphqlClient;
  let visitor: GraphqlClient;
  let learnerId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const e = await makePerson(t.db, { roles: ['EDITOR'], name: 'Eddie Editor' });
    editor = t.client();
    await signIn(editor, e.email);
    const l = await makePerson(t.db, { name: 'Lena Learner' });
    learnerId = l.id;
    learner = t.client();
    await signIn(learner, l.email);
    visitor = t.client();
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = async (claim: string, overrides: Record<string, unknown> = {}, publish = true) => {
    const made = (await editor.ok<{ createMyth: MythResult }>(CREATE, { input: mythInput(claim, overrides) }))
      .createMyth;
    if (publish) await editor.ok(PUBLISH, { input: { id: made.id } });
    return made;
  };

  it('lets editors write and publish a myth with its verdict, evidence and links, read by anyone signed out', async () => {
    const term = (
      await editor.ok<{ createGlossaryTerm: { id: string } }>(
        `mutation($input: GlossaryTermInput!) { createGlossaryTerm(input: $input) { id } }`,
        {
          input: {
            term: 'Social housing',
            definition: 'Homes let by councils.',
            category: 'HOUSING',
            audience: 'PUBLIC',
            publishNow: true,
            translations: [],
          },
        },
      )
    ).createGlossaryTerm;
    const category = (
      await editor.ok<{ createFaqCategory: { id: string } }>(
        `mutation($input: FaqCategoryInput!) { createFaqCategory(input: $input) { id } }`,
        { input: { name: 'Housing' } },
      )
    ).createFaqCategory;
    const faq = (
      await editor.ok<{ createFaq: { id: string } }>(
        `mutation($input: FaqInput!) { createFaq(input: $input) { id } }`,
        {
          input: {
            question: 'How are homes allocated?',
            answerHtml: '<p>By need.</p>',
            categoryId: category.id,
            audience: 'PUBLIC',
          },
        },
      )
    ).createFaq;
    await editor.ok(PUBLISH, { input: { id: faq.id } });
    const made = await create('Newcomers jump the housing queue', {
      relatedTermIds: [term.id],
      relatedFaqIds: [faq.id],
    });
    const read = (await visitor.ok<{ myth: Record<string, unknown> }>(ONE, { id: made.slug })).myth;
    expect(read).toMatchObject({
      claim: 'Newcomers jump the housing queue',
      verdict: 'FALSE',
      status: 'PUBLISHED',
      reviewDue: null,
      heardIn: null,
      evidence: [
        { publisher: 'Department for Housing', url: 'https://www.gov.uk/council-housing', publishedOn: '2025-11-03' },
      ],
      relatedTerms: [{ slug: 'social-housing', term: 'Social housing' }],
      relatedFaqs: [{ question: 'How are homes allocated?' }],
      viewerCan: { edit: false, publish: false },
    });
    const jsonLd = JSON.parse(read.claimReviewJsonLd as string);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: 'Newcomers jump the housing queue',
      reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'False' },
    });
    expect(jsonLd.url).toMatch(/\/library\/myths\/newcomers-jump-the-housing-queue$/);
  });

  it('keeps drafts and staff myths from those who may not see them, and writing to editors', async () => {
    const draft = await create('A draft myth', {}, false);
    const staff = await create('A staff myth', { audience: 'STAFF' });
    expect(code(await learner.request(ONE, { id: draft.id }))).toBe('NOT_FOUND');
    expect(code(await visitor.request(ONE, { id: staff.id }))).toBe('NOT_FOUND');
    expect((await learner.ok<{ myth: { claim: string } }>(ONE, { id: staff.id })).myth.claim).toBe('A staff myth');
    expect(
      (await editor.ok<{ myth: { claimReviewJsonLd: string | null } }>(ONE, { id: draft.id })).myth.claimReviewJsonLd,
    ).toBeNull();
    const listed = await visitor.ok<{ myths: { edges: { node: { claim: string } }[] } }>(LIST, { first: 50 });
    const claims = listed.myths.edges.map((e) => e.node.claim);
    expect(claims).not.toContain('A draft myth');
    expect(claims).not.toContain('A staff myth');
    expect(code(await learner.request(CREATE, { input: mythInput('Mine') }))).toBe('FORBIDDEN');
    expect(code(await visitor.request(CREATE, { input: mythInput('Mine') }))).toBe('UNAUTHENTICATED');
    expect(code(await learner.request(UPDATE, { input: { ...mythInput('Mine'), id: staff.id } }))).toBe('FORBIDDEN');
    expect(code(await learner.request(REVIEW, { input: { id: staff.id } }))).toBe('FORBIDDEN');
    expect(code(await learner.request(SETTINGS, { input: { reviewAfterMonths: 3 } }))).toBe('FORBIDDEN');
    expect(code(await learner.request(LIST, { filter: { reviewDue: true } }))).toBe('FORBIDDEN');
  });

  it('refuses evidence links that are not http(s), unreal dates and links to the wrong kind', async () => {
    const bad = (url: string) => mythInput('Bad link', { evidence: [{ title: 'T', publisher: 'P', url }] });
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'data:text/html,hi', 'not a link']) {
      expect(code(await editor.request(CREATE, { input: bad(url) }))).toBe('BAD_USER_INPUT');
    }
    const badDate = mythInput('Bad date', {
      evidence: [{ title: 'T', publisher: 'P', url: 'https://example.org', publishedOn: '2025-02-30' }],
    });
    expect(code(await editor.request(CREATE, { input: badDate }))).toBe('BAD_USER_INPUT');
    const other = await create('Another myth');
    expect(code(await editor.request(CREATE, { input: mythInput('Wrong link', { relatedTermIds: [other.id] }) }))).toBe(
      'BAD_USER_INPUT',
    );
    const tooMany = mythInput('Too many', {
      evidence: Array.from({ length: 13 }, () => ({ title: 'T', publisher: 'P', url: 'https://example.org' })),
    });
    expect(code(await editor.request(CREATE, { input: tooMany }))).toBe('BAD_USER_INPUT');
  });

  it('flags published myths whose last review is older than the setting, for editors only', async () => {
    const old = await create('An old myth');
    const fresh = await create('A fresh myth');
    await t.db.query(`update content_item set published_at = now() - interval '13 months' where id = $1`, [old.id]);
    await t.db.query(`update myth set reviewed_at = now() - interval '2 months' where content_item_id = $1`, [
      fresh.id,
    ]);
    const due = async () =>
      (
        await editor.ok<{ myths: { edges: { node: { claim: string } }[] } }>(LIST, {
          first: 100,
          filter: { reviewDue: true },
        })
      ).myths.edges.map((e) => e.node.claim);
    expect(await due()).toContain('An old myth');
    expect(await due()).not.toContain('A fresh myth');
    expect((await editor.ok<{ myth: { reviewDue: boolean } }>(ONE, { id: old.id })).myth.reviewDue).toBe(true);
    expect((await learner.ok<{ myth: { reviewDue: boolean | null } }>(ONE, { id: old.id })).myth.reviewDue).toBeNull();
    await editor.ok(SETTINGS, { input: { reviewAfterMonths: 1 } });
    expect(await due()).toContain('A fresh myth');
    expect(code(await editor.request(SETTINGS, { input: { reviewAfterMonths: 0 } }))).toBe('BAD_USER_INPUT');
    await editor.ok(SETTINGS, { input: { reviewAfterMonths: 12 } });
    const reviewed = await editor.ok<{ recordMythReview: { reviewDue: boolean; reviewer: { name: string } } }>(REVIEW, {
      input: { id: old.id },
    });
    expect(reviewed.recordMythReview).toMatchObject({ reviewDue: false, reviewer: { name: 'Eddie Editor' } });
    expect(await due()).not.toContain('An old myth');
  });

  it('lists myths in pages in two statements, with evidence and sources batched', async () => {
    for (let i = 0; i < 3; i += 1) await create(`Paged myth ${i}`);
    const page = (first: number, after?: string | null) =>
      visitor.ok<{ myths: { pageInfo: { endCursor: string }; edges: { node: { id: string } }[] } }>(LIST, {
        first,
        after,
      });
    const one = await page(2);
    const two = await page(2, one.myths.pageInfo.endCursor);
    expect(new Set([...one.myths.edges, ...two.myths.edges].map((e) => e.node.id)).size).toBe(4);
    const small = await t.queries.measure(() => page(2));
    const large = await t.queries.measure(() => page(20));
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(3);
    expect(code(await visitor.request(LIST, { after: 'nonsense' }))).toBe('BAD_USER_INPUT');
  });

  it('turns a reported rumour into a draft myth in the editors’ queue, linked to the post, once per post', async () => {
    const author = await makePerson(t.db);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [author.id], 2);
    const [post] = await t.db.query(`select id from post where thread_id = $1 and seq = 2`, [thread.id]);
    const reported = await learner.ok<{ reportRumour: { id: string; heard: string } }>(REPORT, {
      input: { postId: post.id, heard: 'People say the council takes your benefits if you work' },
    });
    expect(reported.reportRumour.heard).toBe('People say the council takes your benefits if you work');
    const draft = (await editor.ok<{ myth: Record<string, unknown> }>(ONE, { id: reported.reportRumour.id })).myth;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      verdict: null,
      heardIn: {
        postId: post.id,
        href: `/discuss/threads/${thread.id}#post-${post.id}`,
        reportedBy: { name: 'Lena Learner' },
      },
    });
    const queue = await editor.ok<{ myths: { edges: { node: { id: string } }[] } }>(LIST, {
      filter: { status: 'DRAFT', reported: true },
    });
    expect(queue.myths.edges.map((e) => e.node.id)).toContain(reported.reportRumour.id);
    // Only editors see the draft, the reporter included.
    expect(code(await learner.request(ONE, { id: reported.reportRumour.id }))).toBe('NOT_FOUND');
    // No verdict yet: it cannot go for review or be published.
    expect(code(await editor.request(SUBMIT, { input: { id: reported.reportRumour.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await editor.request(PUBLISH, { input: { id: reported.reportRumour.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await learner.request(REPORT, { input: { postId: post.id, heard: 'Again' } }))).toBe('CONFLICT');
    expect(code(await visitor.request(REPORT, { input: { postId: post.id, heard: 'Anon' } }))).toBe('UNAUTHENTICATED');
    expect(code(await learner.request(REPORT, { input: { postId: post.id, heard: '' } }))).toBe('BAD_USER_INPUT');
    expect(code(await learner.request(REPORT, { input: { postId: post.id, heard: 'x'.repeat(201) } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('answers NOT_FOUND for a rumour from a post the reporter cannot read, and limits reports per hour', async () => {
    const author = await makePerson(t.db);
    const restricted = await makeForumCategory(t.db, { allowedRoles: ['MODERATOR'] });
    const hiddenThread = await makeForumThread(t.db, restricted.id, [author.id], 1);
    const [hiddenPost] = await t.db.query(`select id from post where thread_id = $1`, [hiddenThread.id]);
    expect(code(await learner.request(REPORT, { input: { postId: hiddenPost.id, heard: 'Something' } }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(await learner.request(REPORT, { input: { postId: '00000000-0000-4000-8000-000000000000', heard: 'x' } })),
    ).toBe('NOT_FOUND');
    const open = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, open.id, [author.id], 12);
    const posts: { id: string }[] = await t.db.query(`select id from post where thread_id = $1 order by seq`, [
      thread.id,
    ]);
    await t.db.query(`update post set deleted_at = now() where id = $1`, [posts[11].id]);
    expect(code(await learner.request(REPORT, { input: { postId: posts[11].id, heard: 'Deleted' } }))).toBe(
      'NOT_FOUND',
    );
    const reporter = await makePerson(t.db);
    const client = t.client();
    await signIn(client, reporter.email);
    for (let i = 0; i < 10; i += 1) await client.ok(REPORT, { input: { postId: posts[i].id, heard: `Rumour ${i}` } });
    expect(code(await client.request(REPORT, { input: { postId: posts[10].id, heard: 'One too many' } }))).toBe(
      'RATE_LIMITED',
    );
    expect(learnerId).toBeTruthy();
  });

  it('keeps a revision history of the claim, summary and facts for editors, and archives and restores', async () => {
    const made = await create('Refugees jump the housing queue', {}, false);
    await editor.ok(UPDATE, {
      input: {
        id: made.id,
        ...mythInput('Refugees jump the council housing queue', { factsHtml: '<p>Allocation follows need.</p>' }),
      },
    });
    await editor.ok(PUBLISH, { input: { id: made.id } });
    await editor.ok(ARCHIVE, { input: { id: made.id } });
    expect(code(await visitor.request(ONE, { id: made.id }))).toBe('NOT_FOUND');

    type History = {
      myth: {
        revisions: {
          totalCount: number;
          edges: {
            node: {
              number: number;
              event: string;
              status: string;
              title: string;
              bodyHtml: string;
              createdBy: { name: string } | null;
            };
          }[];
        };
      };
    };
    const history = (await editor.ok<History>(HISTORY, { id: made.id })).myth.revisions;
    expect(history.edges.map((e) => [e.node.event, e.node.title])).toEqual([
      ['ARCHIVED', 'Refugees jump the council housing queue'],
      ['PUBLISHED', 'Refugees jump the council housing queue'],
      ['EDITED', 'Refugees jump the council housing queue'],
      ['CREATED', 'Refugees jump the housing queue'],
    ]);
    expect(history.edges[3].node.bodyHtml).toBe('<p>The facts about Refugees jump the housing queue.</p>');
    expect(history.edges[0].node.createdBy?.name).toBe('Eddie Editor');

    await editor.ok(PUBLISH, { input: { id: made.id } });
    expect((await visitor.ok<{ myth: { status: string } }>(ONE, { id: made.id })).myth.status).toBe('PUBLISHED');
    expect(code(await learner.request(HISTORY, { id: made.id }))).toBe('FORBIDDEN');
  });

  it('neutralises hostile HTML in every text field, the structured data included', async () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const made = await create(hostile.slice(0, 200), {
      summary: hostile,
      factsHtml: `<p onclick="x()">Facts</p>${hostile}<a href="javascript:alert(3)">x</a>`,
      evidence: [{ title: hostile, publisher: hostile.slice(0, 120), url: 'https://example.org/?q=%3Cscript%3E' }],
    });
    const read = (
      await visitor.ok<{ myth: Record<string, string> & { evidence: { title: string }[] } }>(ONE, { id: made.id })
    ).myth;
    expect(read.factsHtml).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(read.claim).toBe(hostile.slice(0, 200));
    expect(read.evidence[0].title).toBe(hostile);
    expect(read.claimReviewJsonLd).not.toMatch(/[<>]/);
    expect(JSON.parse(read.claimReviewJsonLd).claimReviewed).toBe(hostile.slice(0, 200));
    const author = await makePerson(t.db);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [author.id], 1);
    const [post] = await t.db.query(`select id from post where thread_id = $1`, [thread.id]);
    const rumour = await learner.ok<{ reportRumour: { heard: string } }>(REPORT, {
      input: { postId: post.id, heard: hostile },
    });
    expect(rumour.reportRumour.heard).toBe(hostile);
  });
});
