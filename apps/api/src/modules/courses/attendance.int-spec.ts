import { createTestApp, type TestApp } from '../../../test/app';
import { makeApplication, makeCourse, makeSession } from '../../../test/course-factories';
import { makePerson, signedInPerson } from '../../../test/factories';
import { pdfText } from '../../../test/pdf-text';
import { CourseAttendance } from '../framework/course-attendance';

const REGISTER = `query($id: ID!) { sessionRegister(sessionId: $id) { courseTitle lines { applicationId personName status } } }`;
const MARK = `mutation($input: MarkAttendanceInput!) { markAttendance(input: $input) { lines { applicationId status } } }`;
const EVALUATE = `mutation($input: SubmitCourseEvaluationInput!) {
  submitCourseEvaluation(input: $input) { status evaluated canEvaluate cpdMinutes certificate { code kind title pdfUrl cpdMinutes } }
}`;
const MINE = `query($id: ID!) { myCourseAttendance(sessionId: $id) { status evaluated canEvaluate certificate { code } } }`;
const MY_LEARNING = `query { myLearning { certificates { code kind title courseSessionId cpdMinutes } coursesAttended { sessionId courseTitle status cpdMinutes certificate { code } } } }`;
const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { code personName kind title heldOn } }`;

const answers = (sessionId: string, overrides: Record<string, unknown> = {}) => ({
  sessionId,
  overall: 5,
  content: 4,
  trainer: 5,
  usefulness: 4,
  willDoDifferently: 'Phone the named worker before writing the referral.',
  comments: 'Good mix of agencies.',
  ...overrides,
});

describe('attendance register, evaluation and course certificates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const as = (overrides: Parameters<typeof makePerson>[1] = {}) => signedInPerson(t, overrides);

  /** A session held this morning (started two hours ago) with three confirmed delegates and one on the waiting list. */
  async function heldSession(trainer = 'Priya Trainer') {
    const course = await makeCourse(t.db, { title: `Sharing a concern ${Date.now()}`, trainer });
    const startsAt = new Date(t.clock.now().getTime() - 2 * 3600_000);
    const session = await makeSession(t.db, course.id, {
      days: 0,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3600_000),
      shortlistedAt: new Date(startsAt.getTime() - 42 * 86_400_000),
    });
    const delegates = [];
    for (const name of ['Ann Whole', 'Bo Late', 'Cy Absent']) {
      const d = await as({ name });
      const application = await makeApplication(t.db, session, d.person, 'CONFIRMED');
      delegates.push({ ...d, application });
    }
    const waiting = await as({ name: 'Di Waiting' });
    const waitingApplication = await makeApplication(t.db, session, waiting.person, 'WAITING');
    return { course, session, delegates, waiting: { ...waiting, application: waitingApplication } };
  }

  const lines = async (sessionId: string) =>
    t.db.query<{ person_id: string; status: string }[]>(
      `select person_id, status from course_attendance where session_id = $1 order by person_id`,
      [sessionId],
    );

  it('lets leads and the named trainer mark the register, and refuses delegates and strangers', async () => {
    const { session, delegates } = await heldSession('Priya Trainer');
    const marks = delegates.map((d, i) => ({
      applicationId: d.application.id,
      status: ['WHOLE', 'LATE', 'ABSENT'][i],
    }));

    // A delegate cannot see or mark the register; nothing is written.
    const delegate = delegates[0].client;
    expect((await delegate.request(REGISTER, { id: session.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refused = await delegate.request(MARK, { input: { sessionId: session.id, marks } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await lines(session.id)).toEqual([]);
    // Signed out: not even asked.
    expect(
      (await t.client().request(MARK, { input: { sessionId: session.id, marks } })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');

    // The person named as trainer (by name, any case) may, and finds the register listed.
    const trainer = await as({ name: 'priya  TRAINER' });
    const listed = await trainer.client.ok<{ registersToMark: { sessionId: string }[] }>(
      `query { registersToMark { sessionId courseTitle } }`,
    );
    expect(listed.registersToMark.map((r) => r.sessionId)).toContain(session.id);
    const notListed = await delegate.request<{ registersToMark: { sessionId: string }[] }>(
      `query { registersToMark { sessionId } }`,
    );
    expect(notListed.data?.registersToMark.map((r) => r.sessionId)).not.toContain(session.id);
    const register = await trainer.client.ok<{
      sessionRegister: { lines: { personName: string; status: string | null }[] };
    }>(REGISTER, { id: session.id });
    expect(register.sessionRegister.lines.map((l) => [l.personName, l.status])).toEqual([
      ['Ann Whole', null],
      ['Bo Late', null],
      ['Cy Absent', null],
    ]);
    await trainer.client.ok(MARK, { input: { sessionId: session.id, marks } });
    expect((await lines(session.id)).map((l) => l.status).sort()).toEqual(['ABSENT', 'LATE', 'WHOLE']);

    // A lead may correct a line: marking again replaces it.
    const lead = await as({ roles: ['MODERATOR'] });
    const corrected = await lead.client.ok<{ markAttendance: { lines: { applicationId: string; status: string }[] } }>(
      MARK,
      {
        input: { sessionId: session.id, marks: [{ applicationId: delegates[1].application.id, status: 'LEFT_EARLY' }] },
      },
    );
    expect(corrected.markAttendance.lines.find((l) => l.applicationId === delegates[1].application.id)?.status).toBe(
      'LEFT_EARLY',
    );
    expect(await lines(session.id)).toHaveLength(3);
  });

  it('refuses to mark anyone without a confirmed place, twice-named delegates and future sessions, changing nothing', async () => {
    const { session, delegates, waiting } = await heldSession();
    const lead = await as({ roles: ['ADMIN'] });
    const good = { applicationId: delegates[0].application.id, status: 'WHOLE' };

    const notBooked = await lead.client.request(MARK, {
      input: { sessionId: session.id, marks: [good, { applicationId: waiting.application.id, status: 'WHOLE' }] },
    });
    expect(notBooked.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(notBooked.errors?.[0]?.message).toMatch(/does not have a confirmed place/);

    const stranger = await lead.client.request(MARK, {
      input: {
        sessionId: session.id,
        marks: [good, { applicationId: '00000000-0000-4000-8000-000000000000', status: 'LATE' }],
      },
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const twice = await lead.client.request(MARK, {
      input: { sessionId: session.id, marks: [good, { ...good, status: 'LATE' }] },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const badStatus = await lead.client.request(MARK, {
      input: { sessionId: session.id, marks: [{ ...good, status: 'SORT_OF' }] },
    });
    expect(badStatus.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);

    const empty = await lead.client.request(MARK, { input: { sessionId: session.id, marks: [] } });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await lines(session.id)).toEqual([]);

    // A session weeks away has no register to mark yet.
    const course = await makeCourse(t.db);
    const future = await makeSession(t.db, course.id, { days: 20 });
    const booked = await makeApplication(t.db, future, delegates[0].person, 'CONFIRMED');
    const early = await lead.client.request(MARK, {
      input: { sessionId: future.id, marks: [{ applicationId: booked.id, status: 'WHOLE' }] },
    });
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toMatch(/opens on the day of the session/);
    expect(await lines(future.id)).toEqual([]);
  });

  it('takes one evaluation from a delegate who attended, refuses the absent, the unmarked and bad answers', async () => {
    const { session, delegates } = await heldSession();
    const [ann, bo, cy] = delegates;

    // Nobody has been marked yet: no evaluation.
    const tooSoon = await ann.client.request(EVALUATE, { input: answers(session.id) });
    expect(tooSoon.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const lead = await as({ roles: ['MODERATOR'] });
    await lead.client.ok(MARK, {
      input: {
        sessionId: session.id,
        marks: [
          { applicationId: ann.application.id, status: 'WHOLE' },
          { applicationId: bo.application.id, status: 'LATE' },
          { applicationId: cy.application.id, status: 'ABSENT' },
        ],
      },
    });

    const absent = await cy.client.request(EVALUATE, { input: answers(session.id) });
    expect(absent.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    for (const bad of [{ overall: 6 }, { content: 0 }, { trainer: 2.5 }]) {
      const refused = await ann.client.request(EVALUATE, { input: answers(session.id, bad) });
      expect(refused.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
    const huge = await ann.client.request(EVALUATE, { input: answers(session.id, { comments: 'x'.repeat(2001) }) });
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0]?.message).toMatch(/2000 characters or fewer/);
    const evaluations = async () =>
      (
        await t.db.query<{ n: number }[]>(`select count(*)::int as n from course_evaluation where session_id = $1`, [
          session.id,
        ])
      )[0].n;
    expect(await evaluations()).toBe(0);

    const done = await bo.client.ok<{ submitCourseEvaluation: { evaluated: boolean; certificate: unknown } }>(
      EVALUATE,
      {
        input: answers(session.id, { comments: '<script>alert(1)</script>Useful day' }),
      },
    );
    // Late: evaluated, but no certificate.
    expect(done.submitCourseEvaluation).toMatchObject({ evaluated: true, certificate: null });
    const [stored] = await t.db.query<{ comments: string }[]>(
      `select comments from course_evaluation where session_id = $1 and person_id = $2`,
      [session.id, bo.person.id],
    );
    expect(stored.comments).toBe('Useful day');

    const again = await bo.client.request(EVALUATE, { input: answers(session.id, { overall: 1 }) });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toMatch(/already completed/);
    // Two at once: still only one.
    const both = await Promise.all([
      ann.client.request(EVALUATE, { input: answers(session.id) }),
      ann.client.request(EVALUATE, { input: answers(session.id) }),
    ]);
    expect(both.filter((r) => !r.errors).length).toBe(1);
    expect(both.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await evaluations()).toBe(2);
  });

  it('issues a course certificate only for whole attendance with the evaluation done, verified like a module’s', async () => {
    const { session, course, delegates } = await heldSession();
    const [ann, bo] = delegates;
    const lead = await as({ roles: ['MODERATOR'] });
    const mark = (status: string, who = ann) =>
      lead.client.ok(MARK, {
        input: { sessionId: session.id, marks: [{ applicationId: who.application.id, status }] },
      });
    await mark('WHOLE');
    await mark('LEFT_EARLY', bo);

    // Whole attendance alone is not enough.
    expect(
      (
        await ann.client.ok<{ myCourseAttendance: { canEvaluate: boolean; certificate: unknown } }>(MINE, {
          id: session.id,
        })
      ).myCourseAttendance,
    ).toMatchObject({ canEvaluate: true, certificate: null });

    const evaluated = await ann.client.ok<{
      submitCourseEvaluation: {
        cpdMinutes: number;
        certificate: { code: string; kind: string; title: string; pdfUrl: string; cpdMinutes: number };
      };
    }>(EVALUATE, { input: answers(session.id) });
    const cert = evaluated.submitCourseEvaluation.certificate;
    expect(cert).toMatchObject({ kind: 'COURSE', title: course.title, cpdMinutes: 60 });
    expect(cert.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(evaluated.submitCourseEvaluation.cpdMinutes).toBe(60);

    // Left early and evaluated: no certificate.
    await bo.client.ok(EVALUATE, { input: answers(session.id) });
    expect(
      (await bo.client.ok<{ myCourseAttendance: { certificate: unknown } }>(MINE, { id: session.id }))
        .myCourseAttendance.certificate,
    ).toBeNull();

    // My learning lists the course as CPD evidence beside the certificate.
    const mine = await ann.client.ok<{
      myLearning: {
        certificates: { code: string; kind: string; courseSessionId: string }[];
        coursesAttended: {
          sessionId: string;
          status: string;
          cpdMinutes: number;
          certificate: { code: string } | null;
        }[];
      };
    }>(MY_LEARNING);
    expect(mine.myLearning.certificates).toEqual([
      expect.objectContaining({ code: cert.code, kind: 'COURSE', courseSessionId: session.id }),
    ]);
    expect(mine.myLearning.coursesAttended).toEqual([
      expect.objectContaining({
        sessionId: session.id,
        status: 'WHOLE',
        cpdMinutes: 60,
        certificate: { code: cert.code },
      }),
    ]);

    // The same public verification as module certificates.
    const verified = await t
      .client()
      .ok<{ verifyCertificate: { personName: string; kind: string; title: string; heldOn: string } }>(VERIFY, {
        code: cert.code.toLowerCase(),
      });
    expect(verified.verifyCertificate).toMatchObject({ personName: 'Ann Whole', kind: 'COURSE', title: course.title });
    expect(new Date(verified.verifyCertificate.heldOn).getTime()).toBe(session.startsAt.getTime());

    // The tagged PDF, for its owner only, with the name as written (letters beyond Latin-1 too).
    await t.db.query(`update person set name = 'Łucja Wąsowska-Żółć' where id = $1`, [ann.person.id]);
    const pdf = await fetch(`${t.url}${cert.pdfUrl}`, { headers: { cookie: ann.client.sessionCookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(bytes.toString('latin1')).toMatch(/StructTreeRoot/);
    const text = pdfText(bytes);
    expect(text).toContain('Certificate of attendance');
    expect(text).toContain('Łucja Wąsowska-Żółć');
    expect(text).toContain(course.title);
    expect(text).toContain('has attended the whole of the course');
    expect(text).toContain('CPD: 1 hour');
    expect(text).toContain(cert.code);
    const other = await fetch(`${t.url}${cert.pdfUrl}`, { headers: { cookie: bo.client.sessionCookie } });
    expect(other.status).toBe(404);

    // Correcting the register away from whole attendance withdraws it; back to whole issues it again.
    await mark('LATE');
    expect(
      (await t.client().ok<{ verifyCertificate: unknown }>(VERIFY, { code: cert.code })).verifyCertificate,
    ).toBeNull();
    await mark('WHOLE');
    const reissued = await ann.client.ok<{ myCourseAttendance: { certificate: { code: string } | null } }>(MINE, {
      id: session.id,
    });
    expect(reissued.myCourseAttendance.certificate?.code).toMatch(/^[0-9A-Z]{10}$/);
  });

  it('counts a course attended in full as done in a learning plan’s linked course resource', async () => {
    const { session, course, delegates } = await heldSession();
    const [ann, bo] = delegates;
    const [resource] = await t.db.query<{ id: string }[]>(
      `insert into framework_resource (kind, title, url, course_id) values ('COURSE', $1, '/courses', $2) returning id`,
      [course.title, course.id],
    );
    const attendance = t.app.get(CourseAttendance);
    const before = await attendance.attendedResources([ann.person.id, bo.person.id], [resource.id]);
    expect([...(before.get(ann.person.id) ?? [])]).toEqual([]);
    const lead = await as({ roles: ['MODERATOR'] });
    await lead.client.ok(MARK, {
      input: {
        sessionId: session.id,
        marks: [
          { applicationId: ann.application.id, status: 'WHOLE' },
          { applicationId: bo.application.id, status: 'LATE' },
        ],
      },
    });
    const after = await attendance.attendedResources([ann.person.id, bo.person.id], [resource.id]);
    expect([...(after.get(ann.person.id) ?? [])]).toEqual([resource.id]);
    expect([...(after.get(bo.person.id) ?? [])]).toEqual([]);
  });
});
