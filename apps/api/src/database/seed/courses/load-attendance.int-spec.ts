import { createTestApp, type TestApp } from '../../../../test/app';
import { signIn } from '../../../../test/factories';
import { DEMO_PASSWORD, loadDemoPartnership } from '../demo-partnership';
import { loadDemoFramework } from '../framework/load-framework';
import { loadDemoAttendance } from './load-attendance';
import { loadDemoCourses } from './load-courses';

describe('demo course register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoPartnership(t.db);
    await loadDemoFramework(t.db);
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

  it('links every demo course to a few framework competencies, so the strand filter finds demo sessions', async () => {
    const perCourse = await t.db.query<{ title: string; linked: number }[]>(
      `select c.title, count(rc.competency_id)::int as linked
         from course c left join framework_resource r on r.course_id = c.id and r.kind = 'COURSE'
         left join framework_resource_competency rc on rc.resource_id = r.id
        group by c.id, c.title`,
    );
    expect(perCourse).toHaveLength(9);
    expect(perCourse.every((c) => c.linked >= 2 && c.linked <= 4)).toBe(true);
    // The framework's deliberate gaps stay open for the admins' report.
    const [{ gaps }] = await t.db.query<{ gaps: number }[]>(
      `select count(*)::int as gaps from framework_competency c
        where not exists (select 1 from framework_resource_competency rc where rc.competency_id = c.id)`,
    );
    expect(gaps).toBeGreaterThanOrEqual(2);

    const client = t.client();
    const { frameworkStrands } = await client.ok<{ frameworkStrands: { id: string; name: string }[] }>(
      `query { frameworkStrands { id name } }`,
    );
    const titlesIn = async (name: string): Promise<string[]> => {
      const strandId = frameworkStrands.find((s) => s.name === name)?.id;
      const { courseProgramme } = await client.ok<{
        courseProgramme: { edges: { node: { course: { title: string } } }[] };
      }>(
        `query($strandId: ID) { courseProgramme(filter: { strandId: $strandId }, first: 100) { edges { node { course { title } } } } }`,
        { strandId },
      );
      return [...new Set(courseProgramme.edges.map((e) => e.node.course.title))];
    };
    const protecting = await titlesIn('Protecting people');
    const migrants = await titlesIn('Working with migrant workers and new communities');
    expect(protecting).toEqual(expect.arrayContaining(['Working together to keep people safe']));
    expect(protecting).not.toContain('Cultural awareness in everyday services');
    expect(migrants).toEqual(
      expect.arrayContaining([
        'Cultural awareness in everyday services',
        'Spotting and responding to labour exploitation',
      ]),
    );
    expect(migrants).not.toContain('Working together to keep people safe');
  });
});
