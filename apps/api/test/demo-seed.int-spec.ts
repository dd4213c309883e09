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

  it('opens a forum of five categories whose anonymous post shows other staff no author', async () => {
    await loadDemoDiscussion(t.db);
    const moderator = t.client();
    await signIn(moderator, accounts?.find((a) => a.role === 'Moderator')?.email ?? '', DEMO_PASSWORD);
    const forum = await moderator.ok<{ forumCategories: { id: string; title: string; allowsAnonymous: boolean }[] }>(
      '{ forumCategories { id title allowsAnonymous } }',
    );
    expect(forum.forumCategories.map((c) => c.title)).toEqual([
      'Interpreting and language support',
      'Housing, benefits and council tax questions',
      'Share your practice',
      'Safeguarding questions',
      'Difficult situations',
    ]);
    const hard = forum.forumCategories.find((c) => c.allowsAnonymous);
    const threads = await moderator.ok<{ forumThreads: { edges: { node: { id: string; author: unknown } }[] } }>(
      'query($id: ID!) { forumThreads(categoryId: $id) { edges { node { id author { name } } } } }',
      { id: hard?.id },
    );
    expect(threads.forumThreads.edges.map((e) => e.node.author)).toEqual([null, null]);
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

  it('fills the forum with a dozen threads across organisations, with reactions, mentions, quotes and tags', async () => {
    await loadDemoDiscussion(t.db);
    const learner = t.client();
    await signIn(learner, accounts?.find((a) => a.role === 'Learner')?.email ?? '', DEMO_PASSWORD);
    const forum = await learner.ok<{ forumCategories: { id: string; title: string; threadCount: number }[] }>(
      '{ forumCategories { id title threadCount } }',
    );
    const threads = forum.forumCategories.reduce((sum, c) => sum + c.threadCount, 0);
    expect(threads).toBeGreaterThanOrEqual(12);
    expect(forum.forumCategories.every((c) => c.threadCount >= 2)).toBe(true);

    const [{ organisations, reactions, quotes }] = await t.db.query<
      { organisations: number; reactions: number; quotes: number }[]
    >(`select (select count(distinct pe.organisation_id)::int from post p join person pe on pe.id = p.author_id) as organisations,
              (select count(*)::int from post_reaction) as reactions,
              (select count(*)::int from post where quoted_post_id is not null) as quotes`);
    expect(organisations).toBeGreaterThanOrEqual(6);
    expect(reactions).toBeGreaterThanOrEqual(30);
    expect(quotes).toBeGreaterThanOrEqual(3);

    // A mention is stored as the sanitiser's span, naming a real person.
    const mentions = await t.db.query<{ body: string }[]>(
      `select body from post where body like '%data-type="mention"%'`,
    );
    expect(mentions.length).toBeGreaterThanOrEqual(2);
    const [mentioned] = mentions[0].body.match(/data-id="([0-9a-f-]{36})"/)?.slice(1) ?? [];
    expect(await t.db.query('select 1 from person where id = $1', [mentioned])).toHaveLength(1);

    // The learner sees counts and their own reactions, and a quote with its author.
    const interpreting = forum.forumCategories.find((c) => c.title === 'Interpreting and language support');
    const list = await learner.ok<{ forumThreads: { edges: { node: { id: string; title: string } }[] } }>(
      'query($id: ID!) { forumThreads(categoryId: $id) { edges { node { id title } } } }',
      { id: interpreting?.id },
    );
    const desk = list.forumThreads.edges.find((e) => e.node.title.startsWith('Telephone interpreter'))?.node.id;
    const page = await learner.ok<{
      threadPosts: {
        edges: {
          node: {
            reactions: { reaction: string; count: number; viewerReacted: boolean }[];
            quotedPost: { author: { name: string } | null } | null;
          };
        }[];
      };
    }>(
      `query($id: ID!) { threadPosts(threadId: $id) { edges { node {
        reactions { reaction count viewerReacted } quotedPost { author { name } } } } } }`,
      { id: desk },
    );
    const second = page.threadPosts.edges[1].node.reactions;
    expect(second.find((r) => r.reaction === 'HELPFUL')).toEqual({
      reaction: 'HELPFUL',
      count: 1,
      viewerReacted: true,
    });
    expect(page.threadPosts.edges.map((e) => e.node.quotedPost?.author?.name)).toContain('Andrei Popescu');

    const housing = forum.forumCategories.find((c) => c.title.startsWith('Housing'));
    const tagged = await learner.ok<{ forumThreads: { totalCount: number } }>(
      'query($id: ID!) { forumThreads(categoryId: $id, tag: "Council Tax") { totalCount } }',
      { id: housing?.id },
    );
    expect(tagged.forumThreads.totalCount).toBe(2);
  });

  it('starts the discussion beside three demo lessons, some posts pointing at a scene, once', async () => {
    await loadDemoDiscussion(t.db);
    await loadDemoDiscussion(t.db);
    const rows = await t.db.query<{ title: string; posts: number; scenes: number }[]>(
      `select t.title, count(p.id)::int as posts, count(p.scene_id)::int as scenes
         from discussion_thread t join post p on p.thread_id = t.id
        where t.lesson_id is not null group by t.title order by t.title`,
    );
    expect(rows).toEqual([
      { title: 'A first home visit to the Popescu family', posts: 2, scenes: 1 },
      { title: 'Marta and the council tax letter', posts: 3, scenes: 2 },
      { title: 'Rumours, myths and keeping communities together', posts: 1, scenes: 0 },
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
