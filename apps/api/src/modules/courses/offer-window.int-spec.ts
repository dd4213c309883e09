import { createTestApp, type TestApp } from '../../../test/app';
import { makeApplication, makeCourse, makeSession } from '../../../test/course-factories';
import { makeOrganisation, makePerson, signedInPerson } from '../../../test/factories';
import type { CourseSessionEntity } from './entities/course-session.entity';

const HOUR = 3_600_000;
const SETTINGS = `query { courseSettings { offerAcceptHours } }`;
const UPDATE = `mutation($input: CourseSettingsInput!) { updateCourseSettings(input: $input) { offerAcceptHours } }`;
const CANCEL = `mutation($input: CancelApplicationInput!) { cancelApplication(input: $input) { status } }`;
const MINE = `query($id: ID!) { myCourseApplication(sessionId: $id) { status offerExpiresAt } }`;

interface Settings {
  courseSettings: { offerAcceptHours: number };
}

/**
 * The waiting-list offer window a partnership lead sets (48 hours unless changed): the next
 * offer made gets it, never past the session's start; only leads and admins see or change
 * it, and only to a whole number of hours from 1 to 336.
 */
describe('waiting-list offer window', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (overrides: Parameters<typeof makePerson>[1] = {}) => signedInPerson(t, overrides);

  /** A full session whose one place the lead frees: returns when the first waiting was offered it until. */
  const freeAPlace = async (lead: Awaited<ReturnType<typeof as>>, session: CourseSessionEntity) => {
    const org = await makeOrganisation(t.db);
    const holder = await makePerson(t.db, { organisationId: org.id });
    const place = await makeApplication(t.db, session, holder, 'CONFIRMED');
    const waiter = await as({ organisationId: org.id });
    await makeApplication(t.db, session, waiter.person, 'WAITING', { waitingPosition: 1 });
    await lead.client.ok(CANCEL, { input: { applicationId: place.id } });
    const mine = await waiter.client.ok<{ myCourseApplication: { status: string; offerExpiresAt: string } }>(MINE, {
      id: session.id,
    });
    expect(mine.myCourseApplication.status).toBe('OFFERED');
    return new Date(mine.myCourseApplication.offerExpiresAt).getTime();
  };

  it('gives 48 hours by default; a lead sets 24 and the next offer gets 24, never past the start', async () => {
    const lead = await as({ roles: ['MODERATOR'] });
    const admin = await as({ roles: ['ADMIN'] });
    expect((await lead.client.ok<Settings>(SETTINGS)).courseSettings.offerAcceptHours).toBe(48);
    const course = await makeCourse(t.db);

    const before48 = t.clock.now().getTime();
    const at48 = await freeAPlace(lead, await makeSession(t.db, course.id, { capacity: 1 }));
    expect(at48 - before48).toBeGreaterThanOrEqual(48 * HOUR - 1000);
    expect(at48 - before48).toBeLessThan(48 * HOUR + 60_000);

    const changed = await lead.client.ok<{ updateCourseSettings: { offerAcceptHours: number } }>(UPDATE, {
      input: { offerAcceptHours: 24 },
    });
    expect(changed.updateCourseSettings.offerAcceptHours).toBe(24);
    expect((await admin.client.ok<Settings>(SETTINGS)).courseSettings.offerAcceptHours).toBe(24);

    const before24 = t.clock.now().getTime();
    const at24 = await freeAPlace(lead, await makeSession(t.db, course.id, { capacity: 1 }));
    expect(at24 - before24).toBeGreaterThanOrEqual(24 * HOUR - 1000);
    expect(at24 - before24).toBeLessThan(24 * HOUR + 60_000);

    // A session ten hours away: the offer ends when it starts, not 24 hours on.
    const startsAt = new Date(t.clock.now().getTime() + 10 * HOUR);
    const soon = await makeSession(t.db, course.id, {
      capacity: 1,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * HOUR),
    });
    expect(await freeAPlace(lead, soon)).toBe(startsAt.getTime());

    await admin.client.ok(UPDATE, { input: { offerAcceptHours: 48 } });
    expect((await lead.client.ok<Settings>(SETTINGS)).courseSettings.offerAcceptHours).toBe(48);
  });

  it('lets only leads and admins see or change it, to a whole number of hours from 1 to 336', async () => {
    const lead = await as({ roles: ['MODERATOR'] });
    const learner = await as();
    const editor = await as({ roles: ['EDITOR'] });
    const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
    const stored = (await lead.client.ok<Settings>(SETTINGS)).courseSettings.offerAcceptHours;

    for (const who of [learner, editor]) {
      expect(code(await who.client.request(SETTINGS))).toBe('FORBIDDEN');
      expect(code(await who.client.request(UPDATE, { input: { offerAcceptHours: 24 } }))).toBe('FORBIDDEN');
    }
    expect(code(await t.client().request(UPDATE, { input: { offerAcceptHours: 24 } }))).toBe('UNAUTHENTICATED');

    for (const offerAcceptHours of [0, 337]) {
      const refused = await lead.client.request(UPDATE, { input: { offerAcceptHours } });
      expect(refused.errors?.[0]).toMatchObject({
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: { offerAcceptHours: 'Enter a whole number of hours from 1 to 336 (14 days)' },
        },
      });
    }
    expect(code(await lead.client.request(UPDATE, { input: { offerAcceptHours: '24' } }))).toBe('BAD_USER_INPUT');
    expect(code(await lead.client.request(UPDATE, { input: { offerAcceptHours: 2.5 } }))).toBe('BAD_USER_INPUT');
    expect((await lead.client.ok<Settings>(SETTINGS)).courseSettings.offerAcceptHours).toBe(stored);
  });
});
