import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, loadDemoPartnership } from '../src/database/seed/demo-partnership';
import { loadDemoLearning } from '../src/database/seed/learning/load-learning';
import { createTestApp, type TestApp } from './app';
import { signIn } from './factories';

describe('demo partnership', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads once, with every role able to sign in and the four modules published', async () => {
    const accounts = await loadDemoPartnership(t.db);
    await loadDemoLearning(t.db, DEMO_EDITOR_EMAIL);
    expect(accounts?.map((a) => a.role)).toEqual(['Admin', 'Editor', 'Moderator', 'Learner']);

    // A second start changes nothing.
    await loadDemoPartnership(t.db);
    await loadDemoLearning(t.db, DEMO_EDITOR_EMAIL);
    const [{ count }] = await t.db.query<{ count: string }[]>('select count(*) from learning_module');
    expect(Number(count)).toBe(4);

    const visitor = t.client();
    const query = '{ learningModules(first: 10) { edges { node { title } } } }';
    const open = await visitor.ok<{ learningModules: { edges: { node: { title: string } }[] } }>(query);
    expect(open.learningModules.edges.map((e) => e.node.title)).toEqual(['Managing language barriers']);

    for (const account of accounts ?? []) {
      const client = t.client();
      await signIn(client, account.email, DEMO_PASSWORD);
      const data = await client.ok<{ learningModules: { edges: unknown[] } }>(query);
      expect(data.learningModules.edges).toHaveLength(4);
    }

    // Distressing scenarios carry their content warning to the lesson page.
    const learner = t.client();
    await signIn(learner, 'learner@fenmouth-council.example', DEMO_PASSWORD);
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
});
