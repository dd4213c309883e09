import { createTestApp, type TestApp } from '../../../../test/app';
import { makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const CATEGORY = `mutation($input: FaqCategoryInput!) { createFaqCategory(input: $input) { id name position } }`;
const CREATE = `mutation($input: FaqInput!) { createFaq(input: $input) {
  id slug question answerHtml status audience category { id name } viewerCan { edit submit publish } } }`;
const UPDATE = `mutation($input: UpdateFaqInput!) { updateFaq(input: $input) { id question category { name } } }`;
const PUBLISH = `mutation($input: PublishContentInput!) { publishContentItem(input: $input) { id status } }`;
const SUBMIT = `mutation($input: ContentItemIdInput!) { submitContentItem(input: $input) { id status } }`;
const LIST = `query($filter: FaqFilterInput, $first: Int, $after: String) { faqs(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id question category { name } viewerVote helpfulCounts { yes no } } } } }`;
const ONE = `query($id: String!) { faq(idOrSlug: $id) { id question answerHtml viewerVote helpfulCounts { yes no } } }`;
const ARCHIVE = `mutation($input: ContentItemIdInput!) { archiveContentItem(input: $input) { id status } }`;
const HISTORY = `query($id: String!, $first: Int, $after: String) { faq(idOrSlug: $id) { id status
  revisions(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { number event status title bodyHtml createdAt createdBy { name } } } } } }`;
const VOTE = `mutation($input: VoteFaqInput!) { voteFaq(input: $input) { id viewerVote helpfulCounts { yes no } } }`;

interface Listed {
  faqs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; question: string; category: { name: string }; viewerVote: boolean | null } }[];
  };
}

describe('FAQs', () => {
  let t: TestApp;
  let editor: GraphqlClient;
  let learner: GraphqlClient;
  let visitor: GraphqlClient;
  let housing: string;
  let health: string;
  beforeAll(async () => {
    t = await createTestApp();
    const e = await makePerson(t.db, { roles: ['EDITOR'] });
    editor = t.client();
    await signIn(editor, e.email);
    const l = await makePerson(t.db);
    learner = t.client();
    await signIn(learner, l.email);
    visitor = t.client();
    housing = (
      await editor.ok<{ createFaqCategory: { id: string } }>(CATEGORY, { input: { name: 'Housing', position: 1 } })
    ).createFaqCategory.id;
    health = (
      await editor.ok<{ createFaqCategory: { id: string } }>(CATEGORY, { input: { name: 'Health', position: 2 } })
    ).createFaqCategory.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = async (question: string, categoryId: string, audience = 'PUBLIC', publish = true) => {
    const made = (
      await editor.ok<{ createFaq: { id: string; slug: string } }>(CREATE, {
        input: { question, answerHtml: `<p>The answer to ${question}</p>`, categoryId, audience },
      })
    ).createFaq;
    if (publish) await editor.ok(PUBLISH, { input: { id: made.id } });
    return made;
  };

  it('lets editors write, submit and publish FAQs through the workflow, and nobody else', async () => {
    const res = await editor.request<{ createFaq: Record<string, unknown> }>(CREATE, {
      input: { question: 'Can I bring an interpreter?', answerHtml: '<p>Yes.</p>', categoryId: housing },
    });
    expect(res.data?.createFaq).toMatchObject({
      question: 'Can I bring an interpreter?',
      status: 'DRAFT',
      audience: 'STAFF',
      category: { name: 'Housing' },
      viewerCan: { edit: true, submit: true, publish: true },
    });
    const id = (res.data?.createFaq as { id: string }).id;
    expect(
      (await editor.ok<{ submitContentItem: { status: string } }>(SUBMIT, { input: { id } })).submitContentItem.status,
    ).toBe('IN_REVIEW');
    expect(code(await learner.request(ONE, { id }))).toBe('NOT_FOUND');
    expect(code(await learner.request(PUBLISH, { input: { id } }))).toBe('NOT_FOUND');
    await editor.ok(PUBLISH, { input: { id } });
    expect((await learner.ok<{ faq: { question: string } }>(ONE, { id })).faq.question).toBe(
      'Can I bring an interpreter?',
    );
    // Staff audience: a signed-out visitor cannot read it.
    expect(code(await visitor.request(ONE, { id }))).toBe('NOT_FOUND');
    const input = { question: 'Mine', answerHtml: '<p>x</p>', categoryId: housing };
    expect(code(await learner.request(CREATE, { input }))).toBe('FORBIDDEN');
    expect(code(await visitor.request(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(code(await learner.request(UPDATE, { input: { ...input, id } }))).toBe('FORBIDDEN');
    expect(code(await learner.request(CATEGORY, { input: { name: 'Sneaky' } }))).toBe('FORBIDDEN');
    expect(
      code(await editor.request(CREATE, { input: { ...input, categoryId: '00000000-0000-4000-8000-000000000000' } })),
    ).toBe('BAD_USER_INPUT');
    expect(code(await editor.request(CATEGORY, { input: { name: 'Housing' } }))).toBe('CONFLICT');
    expect(
      code(
        await editor.request(`mutation($input: FaqCategoryIdInput!) { deleteFaqCategory(input: $input) }`, {
          input: { id: housing },
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('lists what each reader may see, grouped by category, filtered by one, in pages, in two statements', async () => {
    await create('Where do I register with a doctor?', health);
    await create('What is a tenancy deposit scheme?', housing);
    await create('Staff only housing question', housing, 'STAFF');
    await create('Draft health question', health, 'PUBLIC', false);
    const asVisitor = await visitor.ok<Listed>(LIST, { first: 50 });
    const questions = asVisitor.faqs.edges.map((e) => e.node.question);
    expect(questions).toContain('What is a tenancy deposit scheme?');
    expect(questions).not.toContain('Staff only housing question');
    expect(questions).not.toContain('Draft health question');
    const categories = asVisitor.faqs.edges.map((e) => e.node.category.name);
    expect(categories.indexOf('Health')).toBeGreaterThan(categories.lastIndexOf('Housing'));
    const asLearner = await learner.ok<Listed>(LIST, { first: 50, filter: { categoryId: housing } });
    expect(asLearner.faqs.edges.map((e) => e.node.question)).toContain('Staff only housing question');
    expect(asLearner.faqs.edges.every((e) => e.node.category.name === 'Housing')).toBe(true);
    expect(code(await learner.request(LIST, { filter: { status: 'DRAFT' } }))).toBeUndefined();
    expect((await learner.ok<Listed>(LIST, { filter: { status: 'DRAFT' } })).faqs.totalCount).toBe(0);
    expect((await editor.ok<Listed>(LIST, { filter: { status: 'DRAFT' } })).faqs.totalCount).toBe(1);

    const first = await learner.ok<Listed>(LIST, { first: 2 });
    const second = await learner.ok<Listed>(LIST, { first: 2, after: first.faqs.pageInfo.endCursor });
    const paged = [...first.faqs.edges, ...second.faqs.edges].map((e) => e.node.id);
    expect(new Set(paged).size).toBe(4);
    expect(second.faqs.pageInfo.hasNextPage).toBe(false);
    expect(code(await learner.request(LIST, { after: 'nonsense' }))).toBe('BAD_USER_INPUT');

    // A count and a page; a signed-out visitor who never answered has no answers to read.
    expect(await t.queries.measure(() => visitor.ok(LIST, { first: 50 }))).toBe(2);
    // Signed in: one batched statement for the reader's own answers; editors one more for the counts.
    const asStaff = await t.queries.measure(() => learner.ok(LIST, { first: 50 }));
    expect(await t.queries.measure(() => editor.ok(LIST, { first: 50 }))).toBe(asStaff + 1);
    expect(await t.queries.measure(() => learner.ok(LIST, { first: 2 }))).toBe(asStaff);
  });

  it('takes one changeable “Was this helpful?” answer per person or visitor session, and shows counts to editors only', async () => {
    const { id } = await create('How do I report damp?', housing);
    const learnerVote = await learner.ok<{ voteFaq: { viewerVote: boolean; helpfulCounts: unknown } }>(VOTE, {
      input: { faqId: id, helpful: true },
    });
    expect(learnerVote.voteFaq).toEqual({ id, viewerVote: true, helpfulCounts: null });
    await learner.ok(VOTE, { input: { faqId: id, helpful: false } });
    await learner.ok(VOTE, { input: { faqId: id, helpful: false } });
    const first = await visitor.ok<{ voteFaq: { viewerVote: boolean } }>(VOTE, { input: { faqId: id, helpful: true } });
    expect(first.voteFaq.viewerVote).toBe(true);
    expect((await visitor.ok<{ faq: { viewerVote: boolean } }>(ONE, { id })).faq.viewerVote).toBe(true);
    // Another visitor (no session yet) has not answered.
    const other = t.client();
    expect((await other.ok<{ faq: { viewerVote: boolean | null } }>(ONE, { id })).faq.viewerVote).toBeNull();
    await other.ok(VOTE, { input: { faqId: id, helpful: true } });
    const counts = await editor.ok<{ faq: { helpfulCounts: { yes: number; no: number } } }>(ONE, { id });
    expect(counts.faq.helpfulCounts).toEqual({ yes: 2, no: 1 });
    expect((await learner.ok<{ faq: { helpfulCounts: unknown } }>(ONE, { id })).faq.helpfulCounts).toBeNull();
    // Drafts and FAQs the voter cannot read take no votes.
    const draft = await create('Not yet', housing, 'PUBLIC', false);
    expect(code(await learner.request(VOTE, { input: { faqId: draft.id, helpful: true } }))).toBe('NOT_FOUND');
    const staff = await create('For staff', housing, 'STAFF');
    expect(code(await visitor.request(VOTE, { input: { faqId: staff.id, helpful: true } }))).toBe('NOT_FOUND');
  });

  it('keeps a revision history (who, what, when, the text then) for editors, and archives and restores', async () => {
    const { id } = await create('Who pays for the interpreter?', housing, 'PUBLIC', false);
    await editor.ok(UPDATE, {
      input: {
        id,
        question: 'Who pays for an interpreter?',
        answerHtml: '<p>The council does.</p>',
        categoryId: housing,
        audience: 'PUBLIC',
      },
    });
    await editor.ok(PUBLISH, { input: { id } });
    expect(
      (await editor.ok<{ archiveContentItem: { status: string } }>(ARCHIVE, { input: { id } })).archiveContentItem
        .status,
    ).toBe('ARCHIVED');
    expect(code(await visitor.request(ONE, { id }))).toBe('NOT_FOUND');

    type History = {
      faq: {
        revisions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
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
    const history = (await editor.ok<History>(HISTORY, { id, first: 10 })).faq.revisions;
    expect(history.totalCount).toBe(4);
    expect(history.edges.map((e) => [e.node.number, e.node.event, e.node.status])).toEqual([
      [4, 'ARCHIVED', 'ARCHIVED'],
      [3, 'PUBLISHED', 'PUBLISHED'],
      [2, 'EDITED', 'DRAFT'],
      [1, 'CREATED', 'DRAFT'],
    ]);
    const first = history.edges[3].node;
    expect([first.title, first.bodyHtml]).toEqual([
      'Who pays for the interpreter?',
      '<p>The answer to Who pays for the interpreter?</p>',
    ]);
    expect(history.edges[2].node.bodyHtml).toBe('<p>The council does.</p>');
    expect(history.edges.every((e) => !!e.node.createdBy?.name)).toBe(true);
    const older = (
      await editor.ok<History>(HISTORY, {
        id,
        first: 2,
        after: (await editor.ok<History>(HISTORY, { id, first: 2 })).faq.revisions.pageInfo.endCursor,
      })
    ).faq.revisions;
    expect(older.edges.map((e) => e.node.number)).toEqual([2, 1]);

    // Restoring is publishing again; only editors see the history.
    await editor.ok(PUBLISH, { input: { id } });
    expect((await visitor.ok<{ faq: { id: string } }>(ONE, { id })).faq.id).toBe(id);
    expect(code(await learner.request(HISTORY, { id }))).toBe('FORBIDDEN');
    expect(code(await visitor.request(HISTORY, { id }))).toBe('FORBIDDEN');
    expect(code(await editor.request(HISTORY, { id, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('neutralises hostile HTML in the question, the answer and category names', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const category = (
      await editor.ok<{ createFaqCategory: { id: string; name: string } }>(CATEGORY, {
        input: { name: `${hostile}`.slice(0, 80), description: hostile },
      })
    ).createFaqCategory;
    expect(category.name).toBe(hostile.slice(0, 80));
    const made = (
      await editor.ok<{ createFaq: { id: string; question: string; answerHtml: string } }>(CREATE, {
        input: {
          question: hostile,
          answerHtml: `<p onclick="x()">Answer</p>${hostile}<a href="javascript:alert(3)">link</a>`,
          categoryId: category.id,
        },
      })
    ).createFaq;
    // Plain-text fields come back as the text typed (the web shows them as text, never as HTML).
    expect(made.question).toBe(hostile);
    expect(made.answerHtml).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(made.answerHtml).toContain('Answer');
  });
});
