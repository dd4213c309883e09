import { createTestApp, type TestApp } from '../../../../test/app';
import { signIn } from '../../../../test/factories';
import { DEMO_PASSWORD, loadDemoPartnership } from '../demo-partnership';
import { loadDemoAttendance } from './load-attendance';
import { loadDemoCourses } from './load-courses';

describe('demo course register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoPartnership(t.db);
    await loadDemoCourses(t.db);
    await loadDemoAttendance(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('fills in the register of the past session once, with evaluations and certificates for whole attendance', async () => {
    await loadDemoAttendance(t.db);
    const lines = await t.db.query<{ status: string; evaluated: boolean; certified: boolean; past: boolean }[]>(
      `select r.status, s.starts_at < now() as past,
              exists (select 1 from course_evaluation e where e.session_id = r.session_id and e.person_id = r.person_id) as evaluated,
              exists (select 1 from certificate c where c.course_session_id = r.session_id and c.person_id = r.person_id) as certified
       from course_attendance r join course_session s on s.id = r.session_id order by r.status`,
    );
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => l.past)).toBe(true);
    expect(lines.map((l) => l.status).sort()).toEqual(['ABSENT', 'LATE', 'LEFT_EARLY', 'WHOLE', 'WHOLE', 'WHOLE']);
    expect(lines.filter((l) => l.evaluated)).toHaveLength(3);
    // Certificates only where the rule allows: whole attendance and an evaluation.
    expect(lines.filter((l) => l.certified).every((l) => l.status === 'WHOLE' && l.evaluated)).toBe(true);
    expect(lines.filter((l) => l.certified)).toHaveLength(2);
  });

  it('shows the demo learner the course as CPD evidence with a certificate that verifies', async () => {
    const client = t.client();
    await signIn(client, 'learner@fenmouth-council.example', DEMO_PASSWORD);
    const { myLearning } = await client.ok<{
      myLearning: {
        coursesAttended: {
          courseTitle: string;
          status: string;
          cpdMinutes: number;
          certificate: { code: string } | null;
        }[];
      };
    }>(`query { myLearning { coursesAttended { courseTitle status cpdMinutes certificate { code } } } }`);
    expect(myLearning.coursesAttended).toEqual([
      {
        courseTitle: 'Welcoming new communities: rights and entitlements',
        status: 'WHOLE',
        cpdMinutes: 180,
        certificate: { code: expect.stringMatching(/^[0-9A-Z]{10}$/) as string },
      },
    ]);
    const code = myLearning.coursesAttended[0].certificate?.code ?? '';
    const { verifyCertificate } = await t
      .client()
      .ok<{ verifyCertificate: { kind: string; title: string } }>(
        `query($code: String!) { verifyCertificate(code: $code) { kind title } }`,
        { code },
      );
    expect(verifyCertificate).toEqual({ kind: 'COURSE', title: 'Welcoming new communities: rights and entitlements' });
  });
});
