import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../app.module';
import { configureApp } from '../../app.setup';
import { encodeCursor } from '../../common/graphql/connection';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeLesson, makeModule, makePerson, signIn } from '../../../test/factories';
import type { GraphqlClient } from '../../../test/graphql-client';
import { AuthoringService } from '../learning/authoring.service';
import { PUBLISH_QUEUE } from '../learning/learning.constants';
import { JobsService } from './jobs.service';

interface JobsPage {
  backgroundJobs: {
    totalCount: number;
    edges: {
      node: { id: string; queue: string; state: string; attempts: number; lastError: string | null };
    }[];
  };
}

const JOBS_QUERY = `query($state: JobState, $first: Int) {
  backgroundJobs(state: $state, first: $first) {
    totalCount
    edges { node { id queue state attempts lastError } }
  }
}`;

/**
 * pg-boss's timing runs on the database's clock, which a test cannot move: jobs here are
 * scheduled a couple of real seconds ahead and the test polls, giving up after `ms`.
 */
async function eventually<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('background jobs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BACKGROUND_JOBS: 'true' });
  });
  afterAll(async () => {
    await t.close();
  });

  const as = async (roles: ('ADMIN' | 'EDITOR' | 'LEARNER')[]): Promise<GraphqlClient> => {
    const person = await makePerson(t.db, { roles });
    const client = t.client();
    await signIn(client, person.email);
    return client;
  };

  const lessonState = async (id: string) => {
    const rows: { status: string; revisions: string }[] = await t.db.query(
      `select l.status, (select count(*) from lesson_revision r where r.lesson_id = l.id) as revisions
       from lesson l where l.id = $1`,
      [id],
    );
    return { status: rows[0].status, revisions: Number(rows[0].revisions) };
  };

  it('publishes a scheduled lesson through its job when the time comes, once, even after rescheduling', async () => {
    const editor = await as(['EDITOR']);
    const module = await makeModule(t.db);
    const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Soon</p>' }, { publish: false });
    const schedule = (at: Date) =>
      editor.ok(`mutation($input: PublishLessonInput!) { publishLesson(input: $input) { id } }`, {
        input: { lessonId: lesson.id, publishAt: at.toISOString() },
      });
    await schedule(new Date(t.clock.now().getTime() + 3600_000));
    await schedule(new Date(t.clock.now().getTime() + 2_000));
    const queued: { n: string }[] = await t.db.query(
      `select count(*) as n from pgboss.job where name = $1 and singleton_key = $2 and state = 'created'`,
      [PUBLISH_QUEUE, `lesson:${lesson.id}`],
    );
    expect(Number(queued[0].n)).toBe(1);
    expect(await lessonState(lesson.id)).toEqual({ status: 'IN_REVIEW', revisions: 0 });

    // No reads happen meanwhile, so only the job can publish it.
    const published = await eventually(async () => {
      const state = await lessonState(lesson.id);
      return state.status === 'PUBLISHED' ? state : undefined;
    });
    expect(published).toEqual({ status: 'PUBLISHED', revisions: 1 });
    const admin = await as(['ADMIN']);
    const done = await eventually(async () => {
      const page = await admin.ok<JobsPage>(JOBS_QUERY, { state: 'COMPLETED', first: 100 });
      return page.backgroundJobs.edges.find((e) => e.node.queue === PUBLISH_QUEUE);
    });
    expect(done.node).toMatchObject({ state: 'COMPLETED', attempts: 0, lastError: null });
  });

  it('retries a job that throws, then shows it to admins as failed with its message and no stack', async () => {
    let calls = 0;
    const queue = `test-fails-${Date.now()}`;
    const jobs = t.app.get(JobsService);
    await jobs.register(queue, { retryLimit: 1, retryDelaySeconds: 1, backoff: false }, () => {
      calls += 1;
      return Promise.reject(new Error('The mail server said no.'));
    });
    await jobs.send(queue, { attempt: 'once' });

    const admin = await as(['ADMIN']);
    const failed = await eventually(async () => {
      const page = await admin.ok<JobsPage>(JOBS_QUERY, { state: 'FAILED', first: 100 });
      return page.backgroundJobs.edges.find((e) => e.node.queue === queue);
    });
    expect(failed.node).toMatchObject({ state: 'FAILED', attempts: 1, lastError: 'The mail server said no.' });
    expect(calls).toBe(2);
    const counts = await admin.ok<{ backgroundJobCounts: { failed: number } }>(
      `query { backgroundJobCounts { failed } }`,
    );
    expect(counts.backgroundJobCounts.failed).toBeGreaterThanOrEqual(1);
  });

  it('pages through jobs newest first, one statement per page whatever its size, and refuses forged cursors', async () => {
    const queue = `test-later-${Date.now()}`;
    const jobs = t.app.get(JobsService);
    await jobs.register(queue, { retryLimit: 0, retryDelaySeconds: 0, backoff: false }, () => Promise.resolve());
    for (let i = 0; i < 5; i += 1) {
      await jobs.sendAt(queue, `key-${i}`, { i }, new Date(t.clock.now().getTime() + 3600_000));
    }
    const admin = await as(['ADMIN']);
    const PAGE = `query($after: String, $first: Int) {
      backgroundJobs(state: CREATED, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id queue } }
      }
    }`;
    interface Paged {
      backgroundJobs: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; queue: string } }[];
      };
    }
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const page: Paged = await admin.ok<Paged>(PAGE, { after, first: 2 });
      total = page.backgroundJobs.totalCount;
      seen.push(...page.backgroundJobs.edges.map((e) => e.node.id));
      if (!page.backgroundJobs.pageInfo.hasNextPage) break;
      after = page.backgroundJobs.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const ours: { id: string }[] = await t.db.query(
      `select id from pgboss.job where name = $1 order by created_on desc, id desc`,
      [queue],
    );
    expect(seen.filter((id) => ours.some((o) => o.id === id))).toEqual(ours.map((o) => o.id));

    // The session's own statement plus one for the page, for a page of 1 or of 5.
    const small = await t.queries.measure(() => admin.ok(PAGE, { first: 1 }));
    const large = await t.queries.measure(() => admin.ok(PAGE, { first: 5 }));
    expect(large).toBe(small);
    expect(small).toBe(2);

    for (const forged of [
      encodeCursor(['2026-13-01T00:00:00.000000Z', ours[0].id]),
      encodeCursor(['yesterday', ours[0].id]),
      encodeCursor(['2026-06-01T00:00:00.000000Z', 'not-a-uuid']),
      'not even base64 json',
    ]) {
      const res = await admin.request(PAGE, { after: forged, first: 2 });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses the job list and counts to anyone but an admin', async () => {
    for (const roles of [['LEARNER'], ['EDITOR']] as const) {
      const client = await as([...roles]);
      for (const query of [JOBS_QUERY, `query { backgroundJobCounts { failed } }`]) {
        const res = await client.request(query);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(res.data ?? null).toBeNull();
      }
    }
  });

  describe('with two app instances on one database', () => {
    let second: NestExpressApplication;
    beforeAll(async () => {
      second = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(t.config, { clock: t.clock }), {
        bodyParser: false,
        logger: false,
      });
      configureApp(second, t.config);
      await second.init();
    });
    afterAll(async () => {
      await second.close();
    });

    it('publishes each due lesson exactly once when both instances publish at the same moment', async () => {
      const module = await makeModule(t.db);
      const lessons = await Promise.all(
        Array.from({ length: 12 }, () =>
          makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Due</p>' }, { publish: false, status: 'IN_REVIEW' }),
        ),
      );
      await t.db.query(`update lesson set publish_at = $1 where id = any($2::uuid[])`, [
        new Date(t.clock.now().getTime() - 1000),
        lessons.map((l) => l.id),
      ]);
      const counts = await Promise.all([
        t.app.get(AuthoringService).publishDue(),
        second.get(AuthoringService).publishDue(),
        t.app.get(AuthoringService).publishDue(),
        second.get(AuthoringService).publishDue(),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(lessons.length);
      for (const lesson of lessons) expect(await lessonState(lesson.id)).toEqual({ status: 'PUBLISHED', revisions: 1 });
    });

    it('publishes a scheduled lesson once while both instances work the queue', async () => {
      const editor = await as(['EDITOR']);
      const module = await makeModule(t.db);
      const lessons = await Promise.all(
        Array.from({ length: 4 }, () =>
          makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Soon</p>' }, { publish: false }),
        ),
      );
      for (const lesson of lessons) {
        await editor.ok(`mutation($input: PublishLessonInput!) { publishLesson(input: $input) { id } }`, {
          input: { lessonId: lesson.id, publishAt: new Date(t.clock.now().getTime() + 2_000).toISOString() },
        });
      }
      for (const lesson of lessons) {
        const state = await eventually(async () => {
          const s = await lessonState(lesson.id);
          return s.status === 'PUBLISHED' ? s : undefined;
        });
        expect(state).toEqual({ status: 'PUBLISHED', revisions: 1 });
      }
    });
  });
});
