import { createTestApp, type TestApp } from '../../../test/app';
import { makeApplication, makeCourse, makeSession } from '../../../test/course-factories';
import { makeOrganisation, makePerson, signIn } from '../../../test/factories';
import type { GraphqlClient } from '../../../test/graphql-client';

const SESSION_FIELDS = `id locality capacity placesLeft startsAt endsAt freeCancellationUntil shortlistsOn
  course { id title } viewerCan { apply manage }`;
const APPLICATION_FIELDS = `id status reason waitingPosition managerName managerEmail chargeBand chargePence
  lateCancellation applicantName organisationName sector`;
const APPLY = `mutation($input: ApplyForSessionInput!) { applyForSession(input: $input) { ${APPLICATION_FIELDS} } }`;
const CANCEL = `mutation($input: CancelApplicationInput!) { cancelApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const PROGRAMME = `query($filter: ProgrammeFilter, $first: Int, $after: String) {
  courseProgramme(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${SESSION_FIELDS} } }
  }
}`;

interface Application {
  id: string;
  status: string;
  chargePence: number | null;
  lateCancellation: boolean;
  managerName: string;
  managerEmail: string;
}
interface Programme {
  courseProgramme: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; placesLeft: number; locality: string; viewerCan: { apply: boolean } } }[];
  };
}

describe('course programme', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const as = async (
    overrides: Parameters<typeof makePerson>[1] = {},
  ): Promise<{ client: GraphqlClient; person: Awaited<ReturnType<typeof makePerson>> }> => {
    const person = await makePerson(t.db, overrides);
    const client = t.client();
    await signIn(client, person.email);
    return { client, person };
  };
  const count = async (sql: string, params: unknown[]): Promise<number> =>
    Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);
  const applicationsOf = (sessionId: string) =>
    count(`select count(*) as n from course_application where session_id = $1`, [sessionId]);

  it('lets a lead add a course and a session, and refuses a session that ends before it starts', async () => {
    const { client: lead } = await as({ roles: ['MODERATOR'] });
    const { course } = await lead
      .ok<{ createCourse: { id: string } }>(`mutation($input: CourseInput!) { createCourse(input: $input) { id } }`, {
        input: {
          title: '  Safeguarding across agencies ',
          description: 'How agencies share concerns.',
          outcomes: ['Know the referral routes', ' '],
          targetGroups: ['Front-line staff'],
          trainer: 'Dee Trainer',
        },
      })
      .then((d) => ({ course: d.createCourse }));
    const input = {
      courseId: course.id,
      startsAt: '2027-02-10T09:30:00.000Z',
      endsAt: '2027-02-10T12:30:00.000Z',
      venue: 'Saltmarsh Library',
      joiningInstructions: 'Room 2, first floor.',
      locality: 'Saltmarsh',
      nation: 'ENGLAND_AND_WALES',
      capacity: 12,
      trainer: '',
    };
    const made = await lead.ok<{
      createCourseSession: { id: string; placesLeft: number; freeCancellationUntil: string };
    }>(`mutation($input: CreateSessionInput!) { createCourseSession(input: $input) { ${SESSION_FIELDS} } }`, { input });
    expect(made.createCourseSession.placesLeft).toBe(12);
    // Wednesday 10 February 2027: seven working days back is Monday 1 February, end of day GMT.
    expect(made.createCourseSession.freeCancellationUntil).toBe('2027-02-01T23:59:59.999Z');

    const before = await count(`select count(*) as n from course_session where course_id = $1`, [course.id]);
    const backwards = await lead.request(
      `mutation($input: CreateSessionInput!) { createCourseSession(input: $input) { id } }`,
      { input: { ...input, endsAt: '2027-02-10T09:00:00.000Z' } },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { endsAt: expect.any(String) },
    });
    const empty = await lead.request(
      `mutation($input: CreateSessionInput!) { createCourseSession(input: $input) { id } }`,
      { input: { ...input, capacity: 0 } },
    );
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count(`select count(*) as n from course_session where course_id = $1`, [course.id])).toBe(before);

    const { client: learner } = await as();
    const refused = await learner.request(`mutation($input: CourseInput!) { createCourse(input: $input) { id } }`, {
      input: { title: 'Mine', description: '', outcomes: [], targetGroups: [], trainer: '' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists upcoming sessions to anyone, by locality, month and places left, in a fixed number of statements', async () => {
    const course = await makeCourse(t.db);
    const locality = `Fenwick ${Date.now()}`;
    const soon = await makeSession(t.db, course.id, { locality, days: 20 });
    const full = await makeSession(t.db, course.id, { locality, days: 21, capacity: 1, shortlistedAt: new Date() });
    await makeSession(t.db, course.id, { locality, days: -3 });
    const holder = await makePerson(t.db);
    await makeApplication(t.db, full, holder, 'CONFIRMED');

    const visitor = t.client();
    const all = await visitor.ok<Programme>(PROGRAMME, { filter: { locality } });
    expect(all.courseProgramme.edges.map((e) => e.node.id)).toEqual([soon.id, full.id]);
    expect(all.courseProgramme.totalCount).toBe(2);
    expect(all.courseProgramme.edges.map((e) => e.node.placesLeft)).toEqual([10, 0]);
    expect(all.courseProgramme.edges[0].node.viewerCan.apply).toBe(false); // signed out

    const withPlaces = await visitor.ok<Programme>(PROGRAMME, { filter: { locality, placesLeft: true } });
    expect(withPlaces.courseProgramme.edges.map((e) => e.node.id)).toEqual([soon.id]);
    const month = soon.startsAt.toISOString().slice(0, 7);
    const inMonth = await visitor.ok<Programme>(PROGRAMME, { filter: { locality, month } });
    expect(inMonth.courseProgramme.edges.map((e) => e.node.id)).toContain(soon.id);

    const paged = await visitor.ok<Programme>(PROGRAMME, { filter: { locality }, first: 1 });
    expect(paged.courseProgramme.pageInfo.hasNextPage).toBe(true);
    const next = await visitor.ok<Programme>(PROGRAMME, {
      filter: { locality },
      first: 1,
      after: paged.courseProgramme.pageInfo.endCursor,
    });
    expect(next.courseProgramme.edges.map((e) => e.node.id)).toEqual([full.id]);
    const forged = await visitor.request(PROGRAMME, { after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badMonth = await visitor.request(PROGRAMME, { filter: { month: '2026-13' } });
    expect(badMonth.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Statements do not grow with the sessions listed (the bank holiday list is read once a minute, so warm it).
    const { client: learner } = await as();
    await learner.ok(PROGRAMME, { filter: { locality }, first: 1 });
    const one = await t.queries.measure(() => learner.ok(PROGRAMME, { filter: { locality }, first: 1 }));
    for (let i = 0; i < 4; i += 1) await makeSession(t.db, course.id, { locality, days: 30 + i });
    const many = await t.queries.measure(() => learner.ok(PROGRAMME, { filter: { locality }, first: 6 }));
    expect(many).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });

  it('takes an application with the manager from the profile or as corrected, once, and refuses bad ones changing nothing', async () => {
    const course = await makeCourse(t.db);
    const session = await makeSession(t.db, course.id);
    const manager = await makePerson(t.db, { name: 'Priya Manager' });
    const { client, person } = await as({ lineManagerId: manager.id });

    const badEmail = await client.request(APPLY, { input: { sessionId: session.id, managerEmail: 'not an address' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { managerEmail: expect.stringContaining('correct format') },
    });
    expect(await applicationsOf(session.id)).toBe(0);

    const applied = await client.ok<{ applyForSession: Application }>(APPLY, {
      input: { sessionId: session.id, locality: 'Saltmarsh' },
    });
    expect(applied.applyForSession).toMatchObject({
      status: 'APPLIED',
      managerName: 'Priya Manager',
      managerEmail: manager.email,
      chargePence: null,
    });
    const twice = await client.request(APPLY, { input: { sessionId: session.id } });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toContain('already applied');
    expect(await applicationsOf(session.id)).toBe(1);

    // Someone else's application answers as if it did not exist, and is left alone.
    const { client: other } = await as();
    const theirs = await other.request(CANCEL, { input: { applicationId: applied.applyForSession.id } });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      await count(`select count(*) as n from course_application where id = $1 and status = 'APPLIED'`, [
        applied.applyForSession.id,
      ]),
    ).toBe(1);

    // Withdrawing, and a retry of it, give the same answer; then applying again is allowed.
    const withdrawn = await client.ok<{ cancelApplication: Application }>(CANCEL, {
      input: { applicationId: applied.applyForSession.id },
    });
    expect(withdrawn.cancelApplication.status).toBe('WITHDRAWN');
    const retried = await client.ok<{ cancelApplication: Application }>(CANCEL, {
      input: { applicationId: applied.applyForSession.id },
    });
    expect(retried.cancelApplication).toEqual(withdrawn.cancelApplication);
    const corrected = await client.ok<{ applyForSession: Application }>(APPLY, {
      input: { sessionId: session.id, managerName: 'Kim Acting-Manager', managerEmail: ' Kim@People.Example ' },
    });
    expect(corrected.applyForSession).toMatchObject({
      managerName: 'Kim Acting-Manager',
      managerEmail: 'kim@people.example',
    });
    const mine = await client.ok<{ myCourseApplication: { id: string } }>(
      `query($id: ID!) { myCourseApplication(sessionId: $id) { id } }`,
      { id: session.id },
    );
    expect(mine.myCourseApplication.id).toBe(corrected.applyForSession.id);
    expect(person.id).toBeTruthy();

    // A manager known only by email needs a name.
    const { client: noName } = await as({ lineManagerEmail: 'boss@people.example' });
    const unnamed = await noName.request(APPLY, { input: { sessionId: session.id } });
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { managerName: expect.any(String) },
    });
  });

  it('refuses applications to a past or full session, and a capacity below the places given', async () => {
    const course = await makeCourse(t.db);
    const past = await makeSession(t.db, course.id, { days: -1 });
    const full = await makeSession(t.db, course.id, { capacity: 2, shortlistedAt: new Date() });
    for (let i = 0; i < 2; i += 1) await makeApplication(t.db, full, await makePerson(t.db), 'CONFIRMED');
    const { client } = await as();
    const input = { managerName: 'Morgan Manager', managerEmail: 'manager@people.example' };

    const late = await client.request(APPLY, { input: { ...input, sessionId: past.id } });
    expect(late.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('already started'),
    });
    const noRoom = await client.request(APPLY, { input: { ...input, sessionId: full.id } });
    expect(noRoom.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringContaining('full'),
    });
    expect(await applicationsOf(past.id)).toBe(0);
    expect(await applicationsOf(full.id)).toBe(2);
    const missing = await client.request(APPLY, {
      input: { ...input, sessionId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { client: lead } = await as({ roles: ['MODERATOR'] });
    const shrink = await lead.request(
      `mutation($input: UpdateSessionInput!) { updateCourseSession(input: $input) { id capacity } }`,
      {
        input: {
          sessionId: full.id,
          startsAt: full.startsAt.toISOString(),
          endsAt: full.endsAt.toISOString(),
          venue: full.venue,
          joiningInstructions: full.joiningInstructions,
          locality: full.locality,
          nation: full.nation,
          capacity: 1,
          trainer: '',
        },
      },
    );
    expect(shrink.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { capacity: expect.stringContaining('2 places') },
    });
    expect(await count(`select capacity as n from course_session where id = $1`, [full.id])).toBe(2);
  });

  it('charges a place given up after the seventh working day, frees one given up in time, and offers it on', async () => {
    const course = await makeCourse(t.db);
    const privateOrg = await makeOrganisation(t.db, { sector: 'PRIVATE', fundsPartnership: false });
    const soon = await makeSession(t.db, course.id, { days: 3, shortlistedAt: new Date(), capacity: 1 });
    const later = await makeSession(t.db, course.id, { days: 40, shortlistedAt: new Date(), capacity: 1 });
    const { client, person } = await as({ organisationId: privateOrg.id });
    const input = { managerName: 'Morgan Manager', managerEmail: 'manager@people.example' };

    const placed = await client.ok<{ applyForSession: Application }>(APPLY, {
      input: { ...input, sessionId: soon.id },
    });
    expect(placed.applyForSession).toMatchObject({ status: 'CONFIRMED', chargeBand: 'STANDARD', chargePence: 10000 });
    const lateCancel = await client.ok<{ cancelApplication: Application }>(CANCEL, {
      input: { applicationId: placed.applyForSession.id },
    });
    expect(lateCancel.cancelApplication).toMatchObject({
      status: 'CANCELLED',
      lateCancellation: true,
      chargePence: 10000,
    });

    const next = await makePerson(t.db);
    await makeApplication(t.db, later, next, 'WAITING', { waitingPosition: 1 });
    const early = await client.ok<{ applyForSession: Application }>(APPLY, {
      input: { ...input, sessionId: later.id },
    });
    expect(early.applyForSession.status).toBe('CONFIRMED');
    const inTime = await client.ok<{ cancelApplication: Application }>(CANCEL, {
      input: { applicationId: early.applyForSession.id },
    });
    expect(inTime.cancelApplication).toMatchObject({ status: 'CANCELLED', lateCancellation: false, chargePence: 0 });
    const offered = await t.db.query<{ status: string; charge_band: string }[]>(
      `select status, charge_band from course_application where session_id = $1 and person_id = $2`,
      [later.id, next.id],
    );
    expect(offered).toEqual([{ status: 'OFFERED', charge_band: 'FUNDING_PARTNER' }]);
    expect(person.id).toBeTruthy();
  });

  it('publishes upcoming sessions as a calendar feed anyone can subscribe to', async () => {
    const course = await makeCourse(t.db, { title: 'Feed, course; one' });
    const session = await makeSession(t.db, course.id, { days: 2 });
    const res = await fetch(`${t.url}/api/feeds/courses.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text).toContain(`UID:course-session-${session.id}@common-ground`);
    expect(text).toContain('SUMMARY:Feed\\, course\\; one');
  });

  it('lets an admin replace the bank holiday list, and refuses a file that does not parse, changing nothing', async () => {
    const UPDATE = `mutation($input: UpdateBankHolidaysInput!) { updateBankHolidays(input: $input) { nation firstYear lastYear count } }`;
    const { client: admin } = await as({ roles: ['ADMIN'] });
    const broken = await admin.request(UPDATE, { input: { json: '{"england-and-wales": {"events": [' } });
    expect(broken.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { bankHolidays: expect.stringContaining('not JSON') },
    });
    expect(await count(`select count(*) as n from bank_holiday_list`, [])).toBe(0);

    const { client: lead } = await as({ roles: ['MODERATOR'] });
    const refused = await lead.request(UPDATE, { input: { json: '{}' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // A list that adds 2029 for England and Wales only (the others as shipped).
    const shipped = (await import('./data/bank-holidays.json')).default;
    const extended = {
      ...shipped,
      'england-and-wales': {
        division: 'england-and-wales',
        events: [...shipped['england-and-wales'].events, { title: 'New Year’s Day', date: '2029-01-01' }],
      },
    };
    const updated = await admin.ok<{ updateBankHolidays: { nation: string; lastYear: number; count: number }[] }>(
      UPDATE,
      {
        input: { json: JSON.stringify(extended) },
      },
    );
    expect(updated.updateBankHolidays).toContainEqual({
      nation: 'ENGLAND_AND_WALES',
      firstYear: 2025,
      lastYear: 2029,
      count: 33,
    });
    expect(await count(`select count(*) as n from bank_holiday_list`, [])).toBe(1);
  });

  it('shows a session’s applicants to leads only', async () => {
    const course = await makeCourse(t.db);
    const session = await makeSession(t.db, course.id);
    const applicant = await makePerson(t.db, { name: 'Ada Applicant' });
    await makeApplication(t.db, session, applicant, 'APPLIED');
    const query = `query($id: ID!) { sessionApplications(sessionId: $id, first: 10) { totalCount edges { node { applicantName status } } } }`;
    const { client: lead } = await as({ roles: ['MODERATOR'] });
    const seen = await lead.ok<{
      sessionApplications: { totalCount: number; edges: { node: { applicantName: string } }[] };
    }>(query, { id: session.id });
    expect(seen.sessionApplications.edges.map((e) => e.node.applicantName)).toEqual(['Ada Applicant']);
    const { client: learner } = await as();
    const refused = await learner.request(query, { id: session.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
