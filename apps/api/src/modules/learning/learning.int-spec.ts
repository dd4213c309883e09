import { pdfText } from '../../../test/pdf-text';
import { createTestApp, type TestApp } from '../../../test/app';
import {
  makeLesson,
  makeModule,
  makeOrganisation,
  makePerson,
  signIn,
  SMALL_CHECK,
  SMALL_SCENARIO,
} from '../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../test/graphql-client';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const START = `mutation($input: LessonIdInput!) { startLesson(input: $input) {
  id status attemptNumber revisionNumber score
  scenario { scene { id title } choices { id label } score ended ending { rating summary } path { sceneId choiceId } }
} }`;
const CHOOSE = `mutation($input: ChooseScenarioOptionInput!) { chooseScenarioOption(input: $input) {
  feedback choiceScore certificate { code }
  attempt { id status scenario { scene { id } choices { id } score ended ending { rating } path { sceneId choiceId } } }
} }`;

interface Attempt {
  id: string;
  status: string;
  attemptNumber: number;
  revisionNumber: number;
  scenario: {
    scene: { id: string };
    choices: { id: string }[];
    score: number;
    ended: boolean;
    ending: { rating: string } | null;
  } | null;
}

describe('learning', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const learner = async (organisationId?: string): Promise<{ client: GraphqlClient; id: string; email: string }> => {
    const person = await makePerson(t.db, organisationId ? { organisationId } : {});
    const client = t.client();
    await signIn(client, person.email);
    return { client, id: person.id, email: person.email };
  };
  const editor = async (): Promise<GraphqlClient> => {
    const person = await makePerson(t.db, { roles: ['LEARNER', 'EDITOR'] });
    const client = t.client();
    await signIn(client, person.email);
    return client;
  };
  /**
   * The first request after signing in records when the session was last seen (a session
   * write, repeated at most once a minute); statement counts are measured after it.
   */
  const firstRequestDone = (client: GraphqlClient) => client.ok('{ __typename }');
  const start = async (client: GraphqlClient, lessonId: string) =>
    (await client.ok<{ startLesson: Attempt }>(START, { input: { lessonId } })).startLesson;

  describe('visibility', () => {
    it('shows signed-out visitors only published public modules; drafts and staff-only ones look missing', async () => {
      const pub = await makeModule(t.db, { audience: 'PUBLIC', title: 'Zebra public visibility' });
      const staff = await makeModule(t.db, { audience: 'STAFF', title: 'Zebra staff visibility' });
      const draft = await makeModule(t.db, { audience: 'PUBLIC', status: 'DRAFT', title: 'Zebra draft visibility' });
      const staffLesson = await makeLesson(t.db, staff.id, 'ARTICLE', { html: '<p>Hi</p>' });
      const publicLesson = await makeLesson(t.db, pub.id, 'ARTICLE', { html: '<p>Hi</p>' });
      await makeLesson(t.db, pub.id, 'ARTICLE', { html: '<p>Draft</p>' }, { publish: false });
      const list = `query { learningModules(search: "zebra") { totalCount edges { node { title lessons { id } } } } }`;

      const visitor = t.client();
      const seen = await visitor.ok<{
        learningModules: { edges: { node: { title: string; lessons: { id: string }[] } }[] };
      }>(list);
      expect(seen.learningModules.edges.map((e) => e.node.title)).toEqual(['Zebra public visibility']);
      expect(seen.learningModules.edges[0].node.lessons.map((l) => l.id)).toEqual([publicLesson.id]);
      for (const id of [staff.id, draft.id]) {
        expect(
          (await visitor.ok<{ learningModule: unknown }>(`query { learningModule(id: "${id}") { id } }`))
            .learningModule,
        ).toBeNull();
      }
      expect(
        (await visitor.ok<{ lesson: unknown }>(`query { lesson(id: "${staffLesson.id}") { id } }`)).lesson,
      ).toBeNull();
      const startRes = await visitor.request(START, { input: { lessonId: publicLesson.id } });
      expect(code(startRes)).toBe('UNAUTHENTICATED');

      const { client } = await learner();
      const staffSeen = await client.ok<{ learningModules: { edges: { node: { title: string } }[] } }>(list);
      expect(staffSeen.learningModules.edges.map((e) => e.node.title).sort()).toEqual([
        'Zebra public visibility',
        'Zebra staff visibility',
      ]);
      const missing = await client.request(START, { input: { lessonId: '00000000-0000-4000-8000-000000000000' } });
      expect(code(missing)).toBe('NOT_FOUND');
    });
  });

  describe('module CPD time', () => {
    it('defaults to 0, is kept on update when left out, and must be 0–6000 minutes', async () => {
      const ed = await editor();
      const details = { title: 'CPD time', summary: 'S', outcomes: ['O'], topic: 'Language', audience: 'STAFF' };
      const create = `mutation($input: CreateLearningModuleInput!) { createLearningModule(input: $input) { id cpdMinutes } }`;
      const update = `mutation($input: UpdateLearningModuleInput!) { updateLearningModule(input: $input) { id cpdMinutes } }`;
      const plain = await ed.ok<{ createLearningModule: { id: string; cpdMinutes: number } }>(create, {
        input: details,
      });
      expect(plain.createLearningModule.cpdMinutes).toBe(0);
      const moduleId = plain.createLearningModule.id;
      const set = await ed.ok<{ updateLearningModule: { cpdMinutes: number } }>(update, {
        input: { ...details, moduleId, cpdMinutes: 90 },
      });
      expect(set.updateLearningModule.cpdMinutes).toBe(90);
      const kept = await ed.ok<{ updateLearningModule: { cpdMinutes: number } }>(update, {
        input: { ...details, moduleId, title: 'CPD time renamed' },
      });
      expect(kept.updateLearningModule.cpdMinutes).toBe(90);
      for (const cpdMinutes of [-1, 6001]) {
        expect(code(await ed.request(create, { input: { ...details, cpdMinutes } }))).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('publishing', () => {
    it('refuses an invalid scenario with every problem per scene, and changes nothing', async () => {
      const ed = await editor();
      const created = await ed.ok<{ createLearningModule: { id: string; slug: string; status: string } }>(
        `mutation($input: CreateLearningModuleInput!) { createLearningModule(input: $input) { id slug status } }`,
        {
          input: {
            title: 'Managing language barriers',
            summary: 'S',
            outcomes: ['O'],
            topic: 'Language',
            audience: 'PUBLIC',
          },
        },
      );
      expect(created.createLearningModule.status).toBe('DRAFT');
      expect(created.createLearningModule.slug).toMatch(/^managing-language-barriers/);
      const lesson = await ed.ok<{ createLesson: { id: string } }>(
        `mutation($input: CreateLessonInput!) { createLesson(input: $input) { id } }`,
        { input: { moduleId: created.createLearningModule.id, kind: 'SCENARIO', title: 'At the desk', outcomes: [] } },
      );
      const lessonId = lesson.createLesson.id;
      const broken = structuredClone(SMALL_SCENARIO);
      broken.scenes[0].choices[1].nextSceneId = 'nowhere';
      broken.scenes.push({
        id: 'island',
        title: 'Island',
        narrative: '<p>x</p><script>x</script>',
        choices: [],
        ending: { summary: 's', rating: 'GOOD' },
      });
      const saved = await ed.ok<{
        saveLessonDraft: {
          scenarioProblems: { sceneId: string; code: string }[];
          draftContent: { scenes: { narrative: string }[] };
        };
      }>(
        `mutation($input: SaveLessonDraftInput!) { saveLessonDraft(input: $input) { scenarioProblems { sceneId choiceId code } draftContent } }`,
        { input: { lessonId, content: broken } },
      );
      expect(saved.saveLessonDraft.draftContent.scenes[3].narrative).toBe('<p>x</p>');
      const publish = `mutation($input: PublishLessonInput!) { publishLesson(input: $input) { status publishedRevisionNumber } }`;
      const refused = await ed.request(publish, { input: { lessonId } });
      expect(code(refused)).toBe('BAD_USER_INPUT');
      const problems = (
        refused.errors?.[0]?.extensions as { problems: { sceneId: string; choiceId: string | null; code: string }[] }
      ).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ sceneId: 'desk', choiceId: 'shout', code: 'CHOICE_WITHOUT_TARGET' }),
          expect.objectContaining({ sceneId: 'island', code: 'UNREACHABLE_SCENE' }),
        ]),
      );
      const after = await ed.ok<{ authoringLesson: { status: string; publishedRevisionNumber: number | null } }>(
        `query { authoringLesson(id: "${lessonId}") { status publishedRevisionNumber } }`,
      );
      expect(after.authoringLesson).toEqual({ status: 'DRAFT', publishedRevisionNumber: null });

      await ed.ok(`mutation($input: SaveLessonDraftInput!) { saveLessonDraft(input: $input) { id } }`, {
        input: { lessonId, content: SMALL_SCENARIO },
      });
      const ok = await ed.ok<{ publishLesson: { status: string; publishedRevisionNumber: number } }>(publish, {
        input: { lessonId },
      });
      expect(ok.publishLesson).toEqual({ status: 'PUBLISHED', publishedRevisionNumber: 1 });
      const history = await ed.ok<{
        lessonRevisions: {
          totalCount: number;
          edges: { node: { number: number; createdBy: { id: string } | null } }[];
        };
      }>(
        `query { lessonRevisions(lessonId: "${lessonId}") { totalCount edges { node { number createdAt createdBy { id } } } } }`,
      );
      expect(history.lessonRevisions.totalCount).toBe(1);
      expect(history.lessonRevisions.edges[0].node.createdBy).not.toBeNull();
    });

    it('refuses a scene picture without a description (a recording may go without), on the scene', async () => {
      const ed = await editor();
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'SCENARIO', SMALL_SCENARIO, { publish: false });
      const media: { id: string }[] = await t.db.query(
        `insert into media (kind, mime, size, storage_key, original_name) values
           ('IMAGE', 'image/png', 1, gen_random_uuid()::text, 'desk.png'),
           ('AUDIO', 'audio/mpeg', 1, gen_random_uuid()::text, 'call.mp3') returning id`,
      );
      const content = structuredClone(SMALL_SCENARIO) as { scenes: Record<string, unknown>[] };
      Object.assign(content.scenes[0], { mediaId: media[0].id, mediaAlt: ' ' });
      Object.assign(content.scenes[1], { mediaId: media[1].id, mediaAlt: null });
      const saved = await ed.ok<{ saveLessonDraft: { scenarioProblems: { sceneId: string; code: string }[] } }>(
        `mutation($input: SaveLessonDraftInput!) { saveLessonDraft(input: $input) { scenarioProblems { sceneId code } } }`,
        { input: { lessonId: lesson.id, content } },
      );
      expect(saved.saveLessonDraft.scenarioProblems).toEqual([
        { sceneId: SMALL_SCENARIO.scenes[0].id, code: 'IMAGE_WITHOUT_DESCRIPTION' },
      ]);
      const publish = `mutation($input: PublishLessonInput!) { publishLesson(input: $input) { status } }`;
      const refused = await ed.request(publish, { input: { lessonId: lesson.id } });
      expect(code(refused)).toBe('BAD_USER_INPUT');
      expect((refused.errors?.[0]?.extensions as { problems: { code: string }[] }).problems).toEqual([
        expect.objectContaining({ sceneId: SMALL_SCENARIO.scenes[0].id, code: 'IMAGE_WITHOUT_DESCRIPTION' }),
      ]);
      Object.assign(content.scenes[0], { mediaAlt: 'The front desk with a queue' });
      await ed.ok(`mutation($input: SaveLessonDraftInput!) { saveLessonDraft(input: $input) { id } }`, {
        input: { lessonId: lesson.id, content },
      });
      expect(
        (await ed.ok<{ publishLesson: { status: string } }>(publish, { input: { lessonId: lesson.id } })).publishLesson,
      ).toEqual({ status: 'PUBLISHED' });
    });

    it('publishes a scheduled lesson once its time has passed, on the next read', async () => {
      const ed = await editor();
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Soon</p>' }, { publish: false });
      const hour = 3600_000;
      const at = new Date(t.clock.now().getTime() + hour).toISOString();
      await ed.ok(`mutation($input: PublishLessonInput!) { publishLesson(input: $input) { id } }`, {
        input: { lessonId: lesson.id, publishAt: at },
      });
      const { client } = await learner();
      const read = async () =>
        (await client.ok<{ lesson: { id: string } | null }>(`query { lesson(id: "${lesson.id}") { id } }`)).lesson;
      t.clock.advance(hour - 60_000);
      expect(await read()).toBeNull();
      t.clock.advance(60_000);
      expect(await read()).toEqual({ id: lesson.id });
    });
  });

  describe('the player', () => {
    it('saves progress, resumes on another device, and keeps an attempt on its revision when the draft changes', async () => {
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'SCENARIO', SMALL_SCENARIO);
      const person = await learner();
      const first = await start(person.client, lesson.id);
      expect(first.scenario?.scene.id).toBe('desk');
      expect(first.scenario?.choices.map((c) => c.id)).toEqual(['interpreter', 'shout']);

      // The editor republishes with different content while the attempt is in progress.
      const ed = await editor();
      const changed = structuredClone(SMALL_SCENARIO);
      changed.scenes[0].choices = changed.scenes[0].choices
        .slice(1)
        .concat({ ...changed.scenes[0].choices[0], id: 'renamed' });
      await ed.ok(`mutation($input: SaveLessonDraftInput!) { saveLessonDraft(input: $input) { id } }`, {
        input: { lessonId: lesson.id, content: changed },
      });
      await ed.ok(`mutation($input: PublishLessonInput!) { publishLesson(input: $input) { id } }`, {
        input: { lessonId: lesson.id },
      });

      const other = t.client();
      await signIn(other, person.email);
      const resumed = await start(other, lesson.id);
      expect(resumed.id).toBe(first.id);
      expect(resumed.revisionNumber).toBe(1);
      const chose = await other.ok<{ chooseScenarioOption: { feedback: string; attempt: Attempt } }>(CHOOSE, {
        input: { attemptId: first.id, choiceId: 'interpreter' },
      });
      expect(chose.chooseScenarioOption.feedback).toBe('Good call.');
      expect(chose.chooseScenarioOption.attempt.status).toBe('COMPLETED');
      expect(chose.chooseScenarioOption.attempt.scenario).toMatchObject({
        ended: true,
        score: 2,
        ending: { rating: 'GOOD' },
      });

      const again = await other.request(CHOOSE, { input: { attemptId: first.id, choiceId: 'shout' } });
      expect(code(again)).toBe('BAD_USER_INPUT');
      expect(again.errors?.[0]?.message).toMatch(/already ended/);

      const restarted = await other.ok<{ restartLesson: Attempt }>(START.replace('startLesson', 'restartLesson'), {
        input: { lessonId: lesson.id },
      });
      expect(restarted.restartLesson).toMatchObject({ attemptNumber: 2, revisionNumber: 2, status: 'IN_PROGRESS' });
    });

    it('refuses a hidden or unknown choice, cannot skip to an ending, and an attempt is its owner’s only', async () => {
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'SCENARIO', SMALL_SCENARIO);
      const person = await learner();
      const attempt = await start(person.client, lesson.id);
      for (const choiceId of ['secret', 'good', 'nope']) {
        const res = await person.client.request(CHOOSE, { input: { attemptId: attempt.id, choiceId } });
        expect(code(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.message).toMatch(/not offered/);
      }
      const stranger = await learner();
      const res = await stranger.client.request(CHOOSE, { input: { attemptId: attempt.id, choiceId: 'interpreter' } });
      expect(code(res)).toBe('NOT_FOUND');
      const resumed = await start(person.client, lesson.id);
      expect(resumed.scenario?.scene.id).toBe('desk');
      expect(resumed.scenario?.ended).toBe(false);
    });

    it('accepts a knowledge check once per attempt, with per-question explanations', async () => {
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'KNOWLEDGE_CHECK', SMALL_CHECK);
      const person = await learner();
      const attempt = await start(person.client, lesson.id);
      const submit = `mutation($input: SubmitKnowledgeCheckInput!) { submitKnowledgeCheck(input: $input) {
        result { percent passed questions { questionId correct correctOptionIds explanation } } } }`;
      const input = { attemptId: attempt.id, answers: [{ questionId: 'q1', optionIds: ['child'] }] };
      const first = await person.client.ok<{
        submitKnowledgeCheck: {
          result: { percent: number; passed: boolean; questions: { correct: boolean; explanation: string }[] };
        };
      }>(submit, { input });
      expect(first.submitKnowledgeCheck.result).toMatchObject({ percent: 0, passed: false });
      expect(first.submitKnowledgeCheck.result.questions[0]).toMatchObject({
        correct: false,
        explanation: SMALL_CHECK.questions[0].explanation,
      });
      const second = await person.client.request(submit, {
        input: { ...input, answers: [{ questionId: 'q1', optionIds: ['pro'] }] },
      });
      expect(code(second)).toBe('CONFLICT');
    });
  });

  describe('colleague choices', () => {
    it('are hidden until the viewer has chosen, unavailable under 5 people, then percentages by sector', async () => {
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'SCENARIO', SMALL_SCENARIO);
      const org = await makeOrganisation(t.db, { sector: 'HEALTH' });
      const stats = `query { scenarioChoiceStats(lessonId: "${lesson.id}", sceneId: "desk") {
        available peopleNeeded choices { choiceId percent } bySector { sector suppressed choices { choiceId percent } } } }`;
      const people = [];
      for (let i = 0; i < 5; i += 1) people.push(await learner(org.id));
      expect(code(await people[0].client.request(stats))).toBe('FORBIDDEN');
      for (const [i, p] of people.slice(0, 4).entries()) {
        const attempt = await start(p.client, lesson.id);
        await p.client.ok(CHOOSE, { input: { attemptId: attempt.id, choiceId: i < 3 ? 'interpreter' : 'shout' } });
      }
      const four = await people[0].client.ok<{
        scenarioChoiceStats: { available: boolean; peopleNeeded: number; choices: unknown[] };
      }>(stats);
      expect(four.scenarioChoiceStats).toMatchObject({ available: false, peopleNeeded: 1, choices: [] });
      const attempt = await start(people[4].client, lesson.id);
      await people[4].client.ok(CHOOSE, { input: { attemptId: attempt.id, choiceId: 'interpreter' } });
      const five = await people[4].client.ok<{
        scenarioChoiceStats: {
          available: boolean;
          choices: { choiceId: string; percent: number }[];
          bySector: { sector: string; suppressed: boolean }[];
        };
      }>(stats);
      expect(five.scenarioChoiceStats.available).toBe(true);
      expect(five.scenarioChoiceStats.choices).toEqual([
        { choiceId: 'interpreter', percent: 80 },
        { choiceId: 'shout', percent: 20 },
        { choiceId: 'secret', percent: 0 },
      ]);
      expect(five.scenarioChoiceStats.bySector).toEqual([
        expect.objectContaining({ sector: 'HEALTH', suppressed: false }),
      ]);
      expect(JSON.stringify(five)).not.toMatch(new RegExp(people.map((p) => p.id).join('|')));

      const ed = await editor();
      const report = await ed.ok<{
        scenarioReport: {
          attempts: number;
          scenes: { sceneId: string; reached: number; choices: { choiceId: string; count: number }[] }[];
        };
      }>(
        `query { scenarioReport(lessonId: "${lesson.id}") { attempts completedAttempts scenes { sceneId reached stoppedHere choices { choiceId count } } } }`,
      );
      expect(report.scenarioReport.attempts).toBe(5);
      const desk = report.scenarioReport.scenes.find((s) => s.sceneId === 'desk');
      expect(desk?.reached).toBe(5);
      expect(desk?.choices.find((c) => c.choiceId === 'interpreter')?.count).toBe(4);
    });
  });

  describe('completion', () => {
    it('issues a certificate once every lesson is done and the post-test passed; verifies it and serves the PDF', async () => {
      const module = await makeModule(t.db, { title: 'Rights and responsibilities', cpdMinutes: 90 });
      const article = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Read me</p>' }, { position: 1 });
      const post = await makeLesson(t.db, module.id, 'KNOWLEDGE_CHECK', SMALL_CHECK, {
        position: 2,
        testRole: 'POST_TEST',
      });
      const person = await learner();
      const locked = await person.client.request(START, { input: { lessonId: post.id } });
      expect(code(locked)).toBe('FORBIDDEN');
      const page = `query { learningModule(id: "${module.id}") { lessons { id viewerStatus } viewerProgress { status continueLesson { id } certificate { code } } } }`;
      const before = await person.client.ok<{
        learningModule: { lessons: { viewerStatus: string }[]; viewerProgress: { continueLesson: { id: string } } };
      }>(page);
      expect(before.learningModule.lessons.map((l) => l.viewerStatus)).toEqual(['NOT_STARTED', 'CANNOT_START_YET']);
      expect(before.learningModule.viewerProgress.continueLesson.id).toBe(article.id);

      const done = await person.client.ok<{ completeArticle: { certificate: unknown } }>(
        `mutation($input: LessonIdInput!) { completeArticle(input: $input) { certificate { code } } }`,
        { input: { lessonId: article.id } },
      );
      expect(done.completeArticle.certificate).toBeNull();
      const attempt = await start(person.client, post.id);
      const submitted = await person.client.ok<{
        submitKnowledgeCheck: { certificate: { code: string; pdfUrl: string; cpdMinutes: number } };
      }>(
        `mutation($input: SubmitKnowledgeCheckInput!) { submitKnowledgeCheck(input: $input) { certificate { code pdfUrl cpdMinutes } } }`,
        { input: { attemptId: attempt.id, answers: [{ questionId: 'q1', optionIds: ['pro'] }] } },
      );
      const cert = submitted.submitKnowledgeCheck.certificate;
      expect(cert.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(cert.cpdMinutes).toBe(90);

      const mine = await person.client.ok<{
        myLearning: {
          completed: { id: string; cpdMinutes: number }[];
          certificates: { code: string; cpdMinutes: number }[];
        };
      }>(`query { myLearning { inProgress { id } completed { id cpdMinutes } certificates { code cpdMinutes } } }`);
      expect(mine.myLearning.completed).toEqual([{ id: module.id, cpdMinutes: 90 }]);
      expect(mine.myLearning.certificates).toEqual([{ code: cert.code, cpdMinutes: 90 }]);

      const verified = await t
        .client()
        .ok<{ verifyCertificate: Record<string, unknown> }>(
          `query($code: String!) { verifyCertificate(code: $code) { code personName moduleTitle issuedAt } }`,
          { code: `${cert.code.slice(0, 5).toLowerCase()}-${cert.code.slice(5)}` },
        );
      expect(verified.verifyCertificate).toMatchObject({ code: cert.code, moduleTitle: 'Rights and responsibilities' });
      expect(Object.keys(verified.verifyCertificate).sort()).toEqual(['code', 'issuedAt', 'moduleTitle', 'personName']);
      expect(
        (
          await t
            .client()
            .ok<{ verifyCertificate: unknown }>(`query { verifyCertificate(code: "0000000000") { code } }`)
        ).verifyCertificate,
      ).toBeNull();

      const pdf = await fetch(`${t.url}${cert.pdfUrl}`, { headers: { cookie: person.client.sessionCookie } });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
      expect(bytes.toString('latin1')).toMatch(/StructTreeRoot/);
      expect(pdfText(bytes)).toContain('CPD: 1 hour 30 minutes');
      const stranger = await learner();
      const denied = await fetch(`${t.url}${cert.pdfUrl}`, { headers: { cookie: stranger.client.sessionCookie } });
      expect(denied.status).toBe(404);
      expect(await denied.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await fetch(`${t.url}${cert.pdfUrl}`)).status).toBe(401);
    });
  });

  describe('catalogue statements', () => {
    it('makes the same number of SQL statements for 1 module as for 10, cold and warm', async () => {
      const topic = `Bounded ${Date.now()}`;
      const query = `query { learningModules(topic: "${topic}", first: 20) { edges { node { id title cover { url }
        lessons { id title viewerStatus } viewerProgress { status completedLessons continueLesson { id } certificate { code } } } } } }`;
      const person = await learner();
      await firstRequestDone(person.client);
      const page = () => t.queries.measure(() => person.client.ok(query));
      const one = await makeModule(t.db, { topic });
      await makeLesson(t.db, one.id, 'ARTICLE', { html: '<p>x</p>' });
      const small = { cold: await page(), warm: await page() };
      for (let i = 0; i < 9; i += 1) {
        const m = await makeModule(t.db, { topic });
        await makeLesson(t.db, m.id, 'ARTICLE', { html: '<p>x</p>' });
        await makeLesson(t.db, m.id, 'SCENARIO', SMALL_SCENARIO);
      }
      const large = { cold: await page(), warm: await page() };
      // The session with its person (on the session pool), the count, the page, the lessons,
      // the viewer's attempts and certificates, and the lessons' revisions until they are in memory.
      expect(small).toEqual({ cold: 7, warm: 6 });
      expect(large).toEqual(small);
    });
  });
  describe('lesson page statements', () => {
    /** A scenario of `n` scenes in a line (each with a detour choice) ending in two endings. */
    const chain = (n: number) => ({
      characters: [{ id: 'res', name: 'Resident', role: 'Tenant' }],
      variables: [],
      startSceneId: 's0',
      scenes: [
        ...Array.from({ length: n }, (_, i) => ({
          id: `s${i}`,
          title: `Scene ${i}`,
          speakerId: 'res',
          narrative: `<p>Scene ${i}</p>`,
          choices: [
            {
              id: `s${i}-on`,
              label: 'Go on',
              feedback: 'On you go.',
              score: 1,
              nextSceneId: i + 1 < n ? `s${i + 1}` : 'good',
            },
            { id: `s${i}-stop`, label: 'Stop here', feedback: 'You stop.', score: 0, nextSceneId: 'poor' },
          ],
        })),
        {
          id: 'good',
          title: 'Good',
          narrative: '<p>Good</p>',
          choices: [],
          ending: { summary: 'Well done.', rating: 'GOOD' },
        },
        {
          id: 'poor',
          title: 'Poor',
          narrative: '<p>Poor</p>',
          choices: [],
          ending: { summary: 'Try again.', rating: 'POOR' },
        },
      ],
    });

    const PAGE = `query($id: ID!) { lesson(id: $id) { id title step stepCount viewerStatus module { id title }
      scenario { sceneCount startScene { id title } characters { id name } } viewerAttempt { id status scenario {
        scene { id title narrative speaker { name } } choices { id label } ended score path { sceneId choiceLabel } } } } }`;

    /**
     * A module of `siblings` live lessons (alternately articles and scenarios, the learner
     * having started each scenario) followed by a scenario of `scenes` scenes that the
     * learner is two choices into.
     */
    const lessonInProgress = async (person: { client: GraphqlClient }, scenes: number, siblings: number) => {
      const module = await makeModule(t.db);
      for (let i = 0; i < siblings; i += 1) {
        const sibling = await makeLesson(
          t.db,
          module.id,
          i % 2 ? 'SCENARIO' : 'ARTICLE',
          i % 2 ? SMALL_SCENARIO : { html: `<p>Sibling ${i}</p>` },
          { position: i + 1 },
        );
        if (i % 2) await start(person.client, sibling.id);
      }
      const lesson = await makeLesson(t.db, module.id, 'SCENARIO', chain(scenes), { position: siblings + 1 });
      const started = await start(person.client, lesson.id);
      for (let i = 0; i < 2; i += 1) {
        await person.client.ok(
          'mutation($i: ChooseScenarioOptionInput!) { chooseScenarioOption(input: $i) { feedback } }',
          { i: { attemptId: started.id, choiceId: `s${i}-on` } },
        );
      }
      return lesson.id;
    };

    it('reads a lesson page in the same statements, cold and warm, for few and many scenes and sibling lessons', async () => {
      const person = await learner();
      const cases = [
        { scenes: 3, siblings: 0 },
        { scenes: 40, siblings: 0 },
        { scenes: 3, siblings: 12 },
        { scenes: 40, siblings: 12 },
      ];
      const lessons = [];
      for (const c of cases) lessons.push({ ...c, id: await lessonInProgress(person, c.scenes, c.siblings) });

      // A fresh process has no published revision in memory: every first read below is cold.
      await t.restart();
      const client = t.client();
      await signIn(client, person.email);
      await firstRequestDone(client);
      for (const lesson of lessons) {
        const page = async () => {
          const data = await client.ok<{ lesson: { stepCount: number; scenario: { sceneCount: number } } }>(PAGE, {
            id: lesson.id,
          });
          // The opening scene is named (discussion of it spoils nothing); no other scene is.
          expect(data.lesson).toMatchObject({
            stepCount: lesson.siblings + 1,
            scenario: { sceneCount: lesson.scenes + 2, startScene: { id: 's0', title: 'Scene 0' } },
          });
        };
        const cold = await t.queries.capture(page);
        const warm = await t.queries.capture(page);
        // Cold: the session with its person (one statement on the session pool), the lesson
        // with its siblings, module and the viewer's attempts (one), the published revision (one).
        expect({ ...lesson, statements: cold.length }).toEqual({ ...lesson, statements: 3 });
        expect(cold[0]).toMatch(/from session s/);
        // Warm: the revision comes from memory.
        expect({ ...lesson, statements: warm.length }).toEqual({ ...lesson, statements: 2 });
        expect(warm[0]).toMatch(/from session s/);
      }
    });
  });
});
