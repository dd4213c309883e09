import {
  DEMO_EDITOR_EMAIL,
  DEMO_PASSWORD,
  type DemoAccount,
  loadDemoPartnership,
} from '../src/database/seed/demo-partnership';
import { loadDemoDiscussion } from '../src/database/seed/discussion/load-discussion';
import { DEMO_FLAGGED_POST, loadDemoModeration } from '../src/database/seed/discussion/load-moderation';
import { loadDemoLearning } from '../src/database/seed/learning/load-learning';
import { createTestApp, type TestApp } from './app';
import { signIn } from './factories';

type Catalogue = { learningModules: { edges: { node: { title: string } }[] } };
const CATALOGUE = '{ learningModules(first: 10) { edges { node { title } } } }';

describe('demo partnership', () => {
  let t: TestApp;
  let accounts: DemoAccount[] | null;

  // The demo is loaded once for the file, as `npm start` does; every test below only reads it.
  beforeAll(async () => {
    t = await createTestApp();
    accounts = await loadDemoPartnership(t.db);
    await loadDemoLearning(t.db, DEMO_EDITOR_EMAIL);
    await loadDemoDiscussion(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  const moduleCount = async (): Promise<number> => {
    const [{ count }] = await t.db.query<{ count: string }[]>('select count(*) from learning_module');
    return Number(count);
  };

  it('names an account for every role and loads the four modules only once', async () => {
    expect(accounts?.map((a) => a.role)).toEqual(['Admin', 'Editor', 'Moderator', 'Learner']);
    expect(await moduleCount()).toBe(4);
    // A second start changes nothing.
    expect(await loadDemoPartnership(t.db)).toEqual(accounts);
    await loadDemoLearning(t.db, DEMO_EDITOR_EMAIL);
    expect(await moduleCount()).toBe(4);
  });

  it('shows visitors the public module and every demo account all four', async () => {
    const open = await t.client().ok<Catalogue>(CATALOGUE);
    expect(open.learningModules.edges.map((e) => e.node.title)).toEqual(['Managing language barriers']);
    for (const account of accounts ?? []) {
      const client = t.client();
      await signIn(client, account.email, DEMO_PASSWORD);
      const data = await client.ok<Catalogue>(CATALOGUE);
      expect(data.learningModules.edges).toHaveLength(4);
    }
  });

  it('carries a distressing scenario’s content warning to the lesson page', async () => {
    const learnerAccount = accounts?.find((a) => a.role === 'Learner');
    if (!learnerAccount) throw new Error('the demo has no learner');
    const learner = t.client();
    await signIn(learner, learnerAccount.email, DEMO_PASSWORD);
    const mod = await learner.ok<{ learningModule: { lessons: { id: string; kind: string }[] } }>(
      '{ learningModule(slug: "rights-and-responsibilities") { lessons { id kind } } }',
    );
    const scenarioId = mod.learningModule.lessons.find((l) => l.kind === 'SCENARIO')!.id;
    const lesson = await learner.ok<{ lesson: { contentWarning: string | null } }>(
      'query($id: ID!) { lesson(id: $id) { contentWarning } }',
      { id: scenarioId },
    );
    expect(lesson.lesson.contentWarning).toMatch(/exploitation/);
  });

  it('opens a forum of three categories whose anonymous post shows other staff no author', async () => {
    await loadDemoDiscussion(t.db);
    const moderator = t.client();
    await signIn(moderator, accounts?.find((a) => a.role === 'Moderator')?.email ?? '', DEMO_PASSWORD);
    const forum = await moderator.ok<{ forumCategories: { id: string; title: string; allowsAnonymous: boolean }[] }>(
      '{ forumCategories { id title allowsAnonymous } }',
    );
    expect(forum.forumCategories.map((c) => c.title)).toEqual([
      'Interpreting and language support',
      'Housing, benefits and council tax questions',
      'Difficult situations',
    ]);
    const hard = forum.forumCategories.find((c) => c.allowsAnonymous);
    const threads = await moderator.ok<{ forumThreads: { edges: { node: { id: string; author: unknown } }[] } }>(
      'query($id: ID!) { forumThreads(categoryId: $id) { edges { node { id author { name } } } } }',
      { id: hard?.id },
    );
    expect(threads.forumThreads.edges.map((e) => e.node.author)).toEqual([null]);
    const posts = await moderator.ok<{
      threadPosts: { edges: { node: { seq: number; anonymous: boolean; author: { name: string } | null } }[] };
    }>('query($id: ID!) { threadPosts(threadId: $id) { edges { node { seq anonymous author { name } } } } }', {
      id: threads.forumThreads.edges[0].node.id,
    });
    expect(posts.threadPosts.edges.map((e) => e.node)).toEqual([
      { seq: 1, anonymous: true, author: null },
      { seq: 2, anonymous: false, author: { name: 'Helen Baptiste' } },
      { seq: 3, anonymous: false, author: { name: 'Priya Raman' } },
    ]);
  });

  it('leaves one reported post waiting in the moderation queue, once', async () => {
    await loadDemoDiscussion(t.db);
    await loadDemoModeration(t.db);
    await loadDemoModeration(t.db);
    const moderator = t.client();
    await signIn(moderator, accounts?.find((a) => a.role === 'Moderator')?.email ?? '', DEMO_PASSWORD);
    const queue = await moderator.ok<{
      moderationQueue: { edges: { node: { state: string; thread: { title: string }; flags: { reason: string }[] } }[] };
    }>('{ moderationQueue { edges { node { state thread { title } flags { reason } } } } }');
    expect(queue.moderationQueue.edges.map((e) => e.node)).toEqual([
      {
        state: 'VISIBLE',
        thread: { title: DEMO_FLAGGED_POST.threadTitle },
        flags: [{ reason: DEMO_FLAGGED_POST.reason }],
      },
    ]);
  });
});
