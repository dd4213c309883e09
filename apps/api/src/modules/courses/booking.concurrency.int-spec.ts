import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../app.module';
import { configureApp } from '../../app.setup';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError } from '../../common/errors/domain-error';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeApplication, makeCourse, makeSession } from '../../../test/course-factories';
import { makeOrganisation, makePerson } from '../../../test/factories';
import { BookingService } from './booking.service';

const asPerson = (p: { id: string; organisationId: string }): RequestContext =>
  ({ actor: { id: p.id, organisationId: p.organisationId, roles: ['LEARNER'] } }) as unknown as RequestContext;

/** Settles a call to the outcome the caller saw: 'ok' or the error's code. */
const outcome = (work: Promise<unknown>): Promise<string> =>
  work.then(
    () => 'ok',
    (error: unknown) => {
      if (error instanceof DomainError) return error.code;
      throw error;
    },
  );

/**
 * Two hundred people apply for and give up places on one ten-place session at the same
 * moment, through two app instances (twenty real connections to PostgreSQL between them).
 * Places are never given beyond capacity at any moment, nobody holds two applications,
 * and every cancellation that was accepted stays cancelled with its place freed.
 */
describe('booking under load', () => {
  let t: TestApp;
  let second: NestExpressApplication;
  beforeAll(async () => {
    t = await createTestApp();
    second = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(t.config, { clock: t.clock }), {
      bodyParser: false,
      logger: false,
    });
    configureApp(second, t.config);
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('never gives more places than capacity, never duplicates an application and never loses a cancellation', async () => {
    const course = await makeCourse(t.db);
    const session = await makeSession(t.db, course.id, { capacity: 10, shortlistedAt: new Date(), days: 30 });
    const organisations = await Promise.all(Array.from({ length: 8 }, () => makeOrganisation(t.db)));
    const people = await Promise.all(
      Array.from({ length: 217 }, (_, i) => makePerson(t.db, { organisationId: organisations[i % 8].id })),
    );
    const holders = people.slice(0, 4);
    const waiting = people.slice(4, 17);
    const newcomers = people.slice(17);
    const holderApplications = await Promise.all(holders.map((p) => makeApplication(t.db, session, p, 'CONFIRMED')));
    await Promise.all(waiting.map((p, i) => makeApplication(t.db, session, p, 'WAITING', { waitingPosition: i + 1 })));

    const services = [t.app.get(BookingService), second.get(BookingService)];
    const service = (i: number) => services[i % 2];
    const cancelled: string[] = [];
    const cancel = async (i: number, ctx: RequestContext, applicationId: string) => {
      const result = await outcome(service(i).cancel(ctx, applicationId));
      if (result === 'ok') cancelled.push(applicationId);
      return result;
    };

    const applyResults = new Map<string, string[]>();
    await Promise.all([
      // The holders give up their places...
      ...holderApplications.map((a, i) => cancel(i, asPerson(holders[i]), a.id)),
      // ...while every newcomer applies twice at once, and every other one gives up what they got.
      ...newcomers.map(async (p, i) => {
        const ctx = asPerson(p);
        const input = { sessionId: session.id, managerName: 'Morgan Manager', managerEmail: 'manager@people.example' };
        const both = await Promise.all([
          outcome(service(i).apply(ctx, input)),
          outcome(service(i + 1).apply(ctx, input)),
        ]);
        applyResults.set(p.id, both);
        if (i % 2 === 0 && both.includes('ok')) {
          const [mine] = await t.db.query<{ id: string }[]>(
            `select id from course_application where session_id = $1 and person_id = $2`,
            [session.id, p.id],
          );
          // Cancelled twice at once: the second is a retry and changes nothing.
          await Promise.all([cancel(i, ctx, mine.id), cancel(i + 1, ctx, mine.id)]);
        }
      }),
    ]);

    // Nobody got two applications in: at most one of each pair succeeded, the other was refused with a code.
    for (const results of applyResults.values()) {
      expect(results.filter((r) => r === 'ok').length).toBeLessThanOrEqual(1);
      for (const r of results) expect(['ok', 'CONFLICT']).toContain(r);
    }
    const rows = await t.db.query<
      { id: string; person_id: string; status: string; decided_at: Date | null; cancelled_at: Date | null }[]
    >(`select id, person_id, status, decided_at, cancelled_at from course_application where session_id = $1`, [
      session.id,
    ]);
    const active = rows.filter((r) => ['APPLIED', 'OFFERED', 'CONFIRMED', 'WAITING'].includes(r.status));
    expect(new Set(active.map((r) => r.person_id)).size).toBe(active.length);
    const succeeded = [...applyResults.values()].filter((r) => r.includes('ok')).length;
    expect(rows.length).toBe(holders.length + waiting.length + succeeded);

    // Every accepted cancellation stuck.
    for (const id of new Set(cancelled)) {
      expect(rows.find((r) => r.id === id)?.status).toMatch(/^(CANCELLED|WITHDRAWN)$/);
    }

    // Never beyond capacity, at the end or at any moment: replay every place given and given up
    // in time order (a place given up and one given in the same millisecond count the giving-up first).
    const holding = rows.filter((r) => r.status === 'CONFIRMED' || r.status === 'OFFERED');
    expect(holding.length).toBeLessThanOrEqual(10);
    const events: [number, number][] = [];
    for (const r of rows) {
      if (!r.decided_at) continue;
      events.push([new Date(r.decided_at).getTime(), +1]);
      if (r.status === 'CANCELLED' && r.cancelled_at) events.push([new Date(r.cancelled_at).getTime(), -1]);
    }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let now = 0;
    let peak = 0;
    for (const [, change] of events) {
      now += change;
      peak = Math.max(peak, now);
    }
    expect(peak).toBeLessThanOrEqual(10);
    expect(now).toBe(holding.length);

    // No freed place was lost: the waiting list was offered places first, and the session ended full.
    expect(rows.filter((r) => r.status === 'WAITING').length).toBeLessThan(waiting.length);
    expect(holding.length).toBe(10);
  }, 120_000);
});
