import { createTestApp, type TestApp } from '../../../test/app';
import { makeApplication, makeCourse, makeSession } from '../../../test/course-factories';
import { makeOrganisation, makePerson, signIn, uniqueId } from '../../../test/factories';

const CREATE_COURSE = `mutation($input: CourseInput!) {
  createCourse(input: $input) { id title competencies { id statement strandId strandName } }
}`;
const UPDATE_COURSE = `mutation($input: UpdateCourseInput!) {
  updateCourse(input: $input) { id title competencies { id } }
}`;
const UPDATE_SESSION = `mutation($input: UpdateSessionInput!) { updateCourseSession(input: $input) { id capacity } }`;
const PROGRAMME = `query($filter: ProgrammeFilter) {
  courseProgramme(filter: $filter, first: 50) { totalCount edges { node { id course { id } } } }
}`;
const BY_ORGANISATION = `query($period: ChargePeriodInput!, $first: Int, $after: String) {
  courseChargesByOrganisation(period: $period, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { organisationId organisationName places lateCancellations noShows totalPence } }
  }
  courseChargeTotals(period: $period) { organisations places lateCancellations noShows totalPence }
}`;

const courseInput = (overrides: Record<string, unknown> = {}) => ({
  title: `Working with new communities ${uniqueId()}`,
  description: 'How to help people who have newly arrived.',
  outcomes: ['Know where to refer'],
  targetGroups: ['Front-line staff'],
  trainer: 'Ade Trainer',
  ...overrides,
});

describe('running the programme: courses, sessions, competencies and finance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const as = async (roles: ('LEARNER' | 'MODERATOR' | 'ADMIN')[], organisationId?: string) => {
    const person = await makePerson(t.db, { roles, ...(organisationId ? { organisationId } : {}) });
    const client = t.client();
    await signIn(client, person.email);
    return { client, person };
  };
  const count = async (sql: string, params: unknown[]): Promise<number> =>
    Number((await t.db.query<{ n: string }[]>(sql, params))[0].n);

  /** A strand, a workforce group and two competencies in the strand. */
  async function makeStrand(): Promise<{ strandId: string; competencyIds: string[] }> {
    const id = uniqueId();
    const [strand] = await t.db.query<{ id: string }[]>(
      `insert into framework_strand (name) values ($1) returning id`,
      [`Strand ${id}`],
    );
    const [group] = await t.db.query<{ id: string }[]>(
      `insert into framework_workforce_group (name) values ($1) returning id`,
      [`Group ${id}`],
    );
    const competencies = await t.db.query<{ id: string }[]>(
      `insert into framework_competency (strand_id, workforce_group_id, kind, statement, position)
       values ($1, $2, 'KNOW', 'Know the local support', 0), ($1, $2, 'DO', 'Refer someone safely', 1) returning id`,
      [strand.id, group.id],
    );
    return { strandId: strand.id, competencyIds: competencies.map((c) => c.id) };
  }

  it('makes a course a learning resource mapped to the competencies chosen, and changes them with the course', async () => {
    const { client: lead } = await as(['MODERATOR']);
    const a = await makeStrand();
    const b = await makeStrand();
    const made = await lead.ok<{ createCourse: { id: string; competencies: { id: string; strandId: string }[] } }>(
      CREATE_COURSE,
      { input: courseInput({ competencyIds: [a.competencyIds[1], a.competencyIds[0]] }) },
    );
    const course = made.createCourse;
    expect(course.competencies.map((c) => c.id)).toEqual(a.competencyIds);
    const [resource] = await t.db.query<{ id: string; kind: string; title: string; url: string }[]>(
      `select id, kind, title, url from framework_resource where course_id = $1`,
      [course.id],
    );
    expect(resource).toMatchObject({ kind: 'COURSE', url: `/courses?course=${course.id}` });
    expect(
      await count(`select count(*) as n from framework_resource_competency where resource_id = $1`, [resource.id]),
    ).toBe(2);

    const changed = await lead.ok<{ updateCourse: { title: string; competencies: { id: string }[] } }>(UPDATE_COURSE, {
      input: { ...courseInput({ title: 'Renamed course' }), courseId: course.id, competencyIds: [b.competencyIds[0]] },
    });
    expect(changed.updateCourse.competencies.map((c) => c.id)).toEqual([b.competencyIds[0]]);
    const [after] = await t.db.query<{ title: string }[]>(`select title from framework_resource where id = $1`, [
      resource.id,
    ]);
    expect(after.title).toBe('Renamed course');

    // Omitted, the competencies stay; an unknown one is refused and changes nothing.
    await lead.ok(UPDATE_COURSE, { input: { ...courseInput({ title: 'Renamed again' }), courseId: course.id } });
    const refused = await lead.request(UPDATE_COURSE, {
      input: { ...courseInput({ title: 'Not saved' }), courseId: course.id, competencyIds: [crypto.randomUUID()] },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toHaveProperty('competencyIds');
    const [kept] = await t.db.query<{ title: string }[]>(`select title from course where id = $1`, [course.id]);
    expect(kept.title).toBe('Renamed again');
    expect(
      await count(
        `select count(*) as n from framework_resource_competency rc join framework_resource r on r.id = rc.resource_id
          where r.course_id = $1`,
        [course.id],
      ),
    ).toBe(1);
  });

  it('filters the programme and its calendar feed by strand', async () => {
    const { client: lead } = await as(['MODERATOR']);
    const strand = await makeStrand();
    const inStrand = await lead.ok<{ createCourse: { id: string } }>(CREATE_COURSE, {
      input: courseInput({ competencyIds: [strand.competencyIds[0]] }),
    });
    const other = await makeCourse(t.db);
    const wanted = await makeSession(t.db, inStrand.createCourse.id, { days: 40 });
    await makeSession(t.db, other.id, { days: 41 });

    const visitor = t.client();
    const page = await visitor.ok<{
      courseProgramme: { totalCount: number; edges: { node: { id: string } }[] };
    }>(PROGRAMME, { filter: { strandId: strand.strandId } });
    expect(page.courseProgramme.edges.map((e) => e.node.id)).toEqual([wanted.id]);
    expect(page.courseProgramme.totalCount).toBe(1);

    const feed = await (await fetch(`${t.url}/api/feeds/courses.ics?strand=${strand.strandId}`)).text();
    expect(feed).toContain(`course-session-${wanted.id}@common-ground`);
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const bad = await fetch(`${t.url}/api/feeds/courses.ics?strand=not-a-strand`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    const badFilter = await visitor.request(PROGRAMME, { filter: { strandId: 'nope' } });
    expect(badFilter.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists a strand’s sessions with their courses’ competencies in the same statements for 2 sessions as for 12 (no N+1)', async () => {
    const { client: lead } = await as(['MODERATOR']);
    const strand = await makeStrand();
    const query = `query($filter: ProgrammeFilter) {
      courseProgramme(filter: $filter, first: 50) {
        totalCount edges { node { id placesLeft freeCancellationUntil course { id title competencies { id strandName } } } }
      }
    }`;
    const addCourses = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const made = await lead.ok<{ createCourse: { id: string } }>(CREATE_COURSE, {
          input: courseInput({ competencyIds: strand.competencyIds }),
        });
        await makeSession(t.db, made.createCourse.id, { days: 30 + i });
      }
    };
    const run = async (expected: number) => {
      const visitor = t.client();
      let total = 0;
      const statements = await t.queries.capture(async () => {
        const page = await visitor.ok<{
          courseProgramme: { totalCount: number; edges: { node: { course: { competencies: unknown[] } } }[] };
        }>(query, { filter: { strandId: strand.strandId } });
        total = page.courseProgramme.totalCount;
        expect(page.courseProgramme.edges.every((e) => e.node.course.competencies.length === 2)).toBe(true);
      });
      expect(total).toBe(expected);
      return statements;
    };
    await addCourses(2);
    await run(2); // warms the bank holiday calendar, read once per process
    const few = await run(2);
    expect(few).toHaveLength(2); // the page, and every course's competencies at once
    await addCourses(10);
    const many = await run(12);
    expect(many).toHaveLength(few.length);
  });

  it('refuses a learner who tries to change the programme or see charges, and a visitor too', async () => {
    const { client: learner } = await as(['LEARNER']);
    const course = await makeCourse(t.db);
    const session = await makeSession(t.db, course.id);
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const attempts = [
      () => learner.request(CREATE_COURSE, { input: courseInput() }),
      () => learner.request(UPDATE_COURSE, { input: { ...courseInput(), courseId: course.id } }),
      () =>
        learner.request(UPDATE_SESSION, {
          input: {
            sessionId: session.id,
            startsAt: session.startsAt.toISOString(),
            endsAt: session.endsAt.toISOString(),
            venue: 'Elsewhere',
            joiningInstructions: '',
            locality: 'Saltmarsh',
            nation: 'ENGLAND_AND_WALES',
            capacity: 99,
            trainer: '',
          },
        }),
      () => learner.request(BY_ORGANISATION, { period }),
      () => learner.request(`query { programmeCourses { totalCount } }`),
      () => learner.request(`query { courseCompetencyChoices { id } }`),
      () => learner.request(`query($c: ID!) { courseSessions(courseId: $c) { totalCount } }`, { c: course.id }),
    ];
    for (const attempt of attempts) expect((await attempt()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const visitor = await t.client().request(BY_ORGANISATION, { period });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await t.db.query<{ capacity: number; venue: string }[]>(
      `select capacity, venue from course_session where id = $1`,
      [session.id],
    );
    expect(row).toEqual({ capacity: 10, venue: session.venue });

    const csv = await fetch(`${t.url}/api/exports/course-charges.csv?from=2026-01-01&to=2026-12-31`, {
      headers: { cookie: learner.sessionCookie },
    });
    expect(csv.status).toBe(403);
    const anonymous = await fetch(`${t.url}/api/exports/course-charges.csv?from=2026-01-01&to=2026-12-31`);
    expect(anonymous.status).toBe(401);
  });

  it('refuses a capacity below the places given out and a session ending before it starts, changing nothing', async () => {
    const { client: lead } = await as(['ADMIN']);
    const course = await makeCourse(t.db);
    const session = await makeSession(t.db, course.id, { capacity: 5 });
    for (let i = 0; i < 3; i++) {
      const person = await makePerson(t.db);
      await makeApplication(t.db, session, person, 'CONFIRMED');
    }
    const input = {
      sessionId: session.id,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      venue: 'Fenmouth Library',
      joiningInstructions: 'Upstairs.',
      locality: 'Fenmouth',
      nation: 'ENGLAND_AND_WALES',
      capacity: 2,
      trainer: '',
    };
    const low = await lead.request(UPDATE_SESSION, { input });
    expect(low.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(low.errors?.[0].extensions?.fields?.capacity).toMatch(/less than the 3 places already given out/);
    const backwards = await lead.request(UPDATE_SESSION, {
      input: { ...input, capacity: 8, endsAt: new Date(session.startsAt.getTime() - 60_000).toISOString() },
    });
    expect(backwards.errors?.[0].extensions?.fields).toHaveProperty('endsAt');
    const [row] = await t.db.query<{ capacity: number; venue: string }[]>(
      `select capacity, venue from course_session where id = $1`,
      [session.id],
    );
    expect(row).toEqual({ capacity: 5, venue: session.venue });
    const saved = await lead.ok<{ updateCourseSession: { capacity: number } }>(UPDATE_SESSION, {
      input: { ...input, capacity: 3 },
    });
    expect(saved.updateCourseSession.capacity).toBe(3);
  });

  it('lists charges per organisation for sessions in a period, late cancellations and no-shows marked, with totals and a CSV for Excel', async () => {
    const { client: lead, person: leadPerson } = await as(['MODERATOR']);
    const tag = uniqueId();
    const alpha = await makeOrganisation(t.db, {
      name: `Alpha ${tag} =cmd`,
      sector: 'PRIVATE',
      fundsPartnership: false,
    });
    const beta = await makeOrganisation(t.db, { name: `Beta ${tag}`, sector: 'VOLUNTARY_AND_COMMUNITY' });
    const course = await makeCourse(t.db, { title: '+Charges course, "quoted"' });
    // Sessions in March 2031 (in the period) and April 2031 (outside it); a cancelled session charges nothing.
    const march = await makeSession(t.db, course.id, {
      startsAt: new Date('2031-03-12T09:30:00Z'),
      endsAt: new Date('2031-03-12T12:30:00Z'),
    });
    const april = await makeSession(t.db, course.id, {
      startsAt: new Date('2031-04-02T09:30:00Z'),
      endsAt: new Date('2031-04-02T12:30:00Z'),
    });
    const called = await makeSession(t.db, course.id, {
      startsAt: new Date('2031-03-20T09:30:00Z'),
      endsAt: new Date('2031-03-20T12:30:00Z'),
      status: 'CANCELLED',
    });
    const person = async (org: { id: string }, name: string) =>
      makePerson(t.db, { organisationId: org.id, name: `${name} ${tag}` });
    const paid = { chargeBand: 'STANDARD' as const, chargePence: 100_00 };
    const a1 = await person(alpha, '@Ann');
    await makeApplication(t.db, march, a1, 'CONFIRMED', paid);
    const a2 = await person(alpha, 'Bob');
    const absent = await makeApplication(t.db, march, a2, 'CONFIRMED', paid);
    await t.db.query(
      `insert into course_attendance (session_id, application_id, person_id, status) values ($1, $2, $3, 'ABSENT')`,
      [march.id, absent.id, a2.id],
    );
    const a3 = await person(alpha, 'Cat');
    await makeApplication(t.db, march, a3, 'CANCELLED', { ...paid, lateCancellation: true, cancelledAt: new Date() });
    const a4 = await person(alpha, 'Dan');
    await makeApplication(t.db, march, a4, 'CANCELLED', { chargeBand: 'STANDARD', chargePence: 0 });
    await makeApplication(t.db, april, a4, 'CONFIRMED', paid);
    await makeApplication(t.db, called, a4, 'CONFIRMED', paid);
    const b1 = await person(beta, 'Eve');
    await makeApplication(t.db, march, b1, 'CONFIRMED', { chargeBand: 'VOLUNTARY_NON_MEMBER', chargePence: 50_00 });

    const period = { from: '2031-03-01', to: '2031-03-31' };
    const first = await lead.ok<{
      courseChargesByOrganisation: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: Record<string, unknown> }[];
      };
      courseChargeTotals: Record<string, number>;
    }>(BY_ORGANISATION, { period, first: 1 });
    expect(first.courseChargesByOrganisation.totalCount).toBe(2);
    expect(first.courseChargesByOrganisation.edges[0].node).toMatchObject({
      organisationId: alpha.id,
      places: 2,
      lateCancellations: 1,
      noShows: 1,
      totalPence: 300_00,
    });
    expect(first.courseChargeTotals).toEqual({
      organisations: 2,
      places: 3,
      lateCancellations: 1,
      noShows: 1,
      totalPence: 350_00,
    });
    const second = await lead.ok<typeof first>(BY_ORGANISATION, {
      period,
      first: 1,
      after: first.courseChargesByOrganisation.pageInfo.endCursor,
    });
    expect(second.courseChargesByOrganisation.edges.map((e) => e.node.organisationId)).toEqual([beta.id]);
    expect(second.courseChargesByOrganisation.pageInfo.hasNextPage).toBe(false);

    const res = await fetch(`${t.url}/api/exports/course-charges.csv?from=2031-03-01&to=2031-03-31`, {
      headers: { cookie: lead.sessionCookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="course-charges-2031-03-01-to-2031-03-31.csv"',
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(
      '"Organisation","Sector","Charge band","Course","Session date","Start time","Locality","Delegate","Place","Late cancellation","No-show","Amount (GBP)"',
    );
    const ours = lines.filter((l) => l.includes(tag));
    expect(ours).toEqual([
      `"Alpha ${tag} =cmd","Private","Private, independent and profit-making organisations","'+Charges course, ""quoted""","2031-03-12","09:30","Saltmarsh","'@Ann ${tag}","Taken","No","No","100.00"`,
      expect.stringContaining(`"Bob ${tag}","Taken","No","Yes","100.00"`),
      expect.stringContaining(`"Cat ${tag}","Cancelled","Yes","No","100.00"`),
      expect.stringContaining(`"Beta ${tag}","Voluntary and community","Voluntary and community groups not in`),
    ]);
    expect(ours[3]).toContain(`"Eve ${tag}","Taken","No","No","50.00"`);
    // The download of delegates' names is in the audit log.
    const audit = await t.db.query<{ reason: string; detail: string }[]>(
      `select reason, detail from moderation_audit where actor_id = $1 and action = 'EXPORT_PERSONAL_DATA'`,
      [leadPerson.id],
    );
    expect(audit).toEqual([
      { reason: 'Course charges (CSV)', detail: `Sessions from 2031-03-01 to 2031-03-31: ${lines.length - 1} places` },
    ]);

    const backwards = await lead.request(BY_ORGANISATION, { period: { from: '2031-03-31', to: '2031-03-01' } });
    expect(backwards.errors?.[0].extensions?.fields).toHaveProperty('to');
    const notDate = await fetch(`${t.url}/api/exports/course-charges.csv?from=2031-02-30&to=2031-03-31`, {
      headers: { cookie: lead.sessionCookie },
    });
    expect(notDate.status).toBe(400);
    expect(((await notDate.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
  });

  it('lists courses by title and a course’s sessions for leads', async () => {
    const { client: lead } = await as(['MODERATOR']);
    const course = await makeCourse(t.db, { title: `AAA first course ${uniqueId()}` });
    const later = await makeSession(t.db, course.id, { days: 90 });
    const sooner = await makeSession(t.db, course.id, { days: 30 });
    const list = await lead.ok<{ programmeCourses: { edges: { node: { id: string } }[] } }>(
      `query { programmeCourses(first: 100) { totalCount edges { node { id title } } } }`,
    );
    expect(list.programmeCourses.edges.map((e) => e.node.id)).toContain(course.id);
    const sessions = await lead.ok<{ courseSessions: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query($c: ID!) { courseSessions(courseId: $c) { totalCount edges { node { id } } } }`,
      { c: course.id },
    );
    expect(sessions.courseSessions.edges.map((e) => e.node.id)).toEqual([sooner.id, later.id]);
    expect(sessions.courseSessions.totalCount).toBe(2);
  });
});
