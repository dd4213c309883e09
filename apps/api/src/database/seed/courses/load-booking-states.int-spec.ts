import { createTestApp, type TestApp } from '../../../../test/app';
import type { GraphqlClient } from '../../../../test/graphql-client';
import { signIn } from '../../../../test/factories';
import { CourseSettingsService } from '../../../modules/courses/course-settings.service';
import { londonDateOf } from '../../../modules/courses/rules/london-time';
import { offerDeadline } from '../../../modules/courses/rules/offer-deadline';
import { DEMO_PASSWORD, loadDemoPartnership } from '../demo-partnership';
import { loadDemoFramework } from '../framework/load-framework';
import { APPROVAL_STORY, OFFER_STORY, SUBSTITUTE_STORY } from './demo-booking-states';
import { loadDemoAttendance } from './load-attendance';
import { loadDemoCourses } from './load-courses';

const LEAD = 'lead@westfen-county.example';

interface Application {
  id: string;
  applicantName: string;
  status: string;
  reason: string | null;
  waitingPosition: number | null;
  chargePence: number | null;
  lateCancellation: boolean;
  cancelledAt: string | null;
  offerExpiresAt: string | null;
  substitute: boolean;
}
const FIELDS = `id applicantName status reason waitingPosition chargePence lateCancellation cancelledAt offerExpiresAt substitute`;

describe('demo booking life cycle', () => {
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

  const as = async (email: string): Promise<GraphqlClient> => {
    const client = t.client();
    await signIn(client, email, DEMO_PASSWORD);
    return client;
  };
  const sessionOf = async (title: string) => {
    const [row] = await t.db.query<{ id: string; starts_at: Date; requires_manager_approval: boolean }[]>(
      `select s.id, s.starts_at, c.requires_manager_approval from course_session s join course c on c.id = s.course_id
        where c.title = $1`,
      [title],
    );
    return row;
  };
  const applicationsOf = async (sessionId: string): Promise<Application[]> => {
    const lead = await as(LEAD);
    const { sessionApplications } = await lead.ok<{ sessionApplications: { edges: { node: Application }[] } }>(
      `query($id: ID!) { sessionApplications(sessionId: $id, first: 50) { edges { node { ${FIELDS} } } } }`,
      { id: sessionId },
    );
    return sessionApplications.edges.map((e) => e.node);
  };
  const mine = async (email: string, sessionId: string): Promise<Application> => {
    const client = await as(email);
    const { myCourseApplication } = await client.ok<{ myCourseApplication: Application }>(
      `query($id: ID!) { myCourseApplication(sessionId: $id) { ${FIELDS} } }`,
      { id: sessionId },
    );
    return myCourseApplication;
  };

  it('loads the life cycle once, on three new courses beside the six the other demo tests count on', async () => {
    await loadDemoCourses(t.db);
    const [{ courses, sessions }] = await t.db.query<{ courses: number; sessions: number }[]>(
      `select (select count(*)::int from course) as courses, (select count(*)::int from course_session) as sessions`,
    );
    expect(courses).toBe(9);
    expect(sessions).toBe(12);
  });

  it('keeps one application waiting for the line manager (its link only as a hash) and one approved', async () => {
    const session = await sessionOf(APPROVAL_STORY.course);
    expect(session.requires_manager_approval).toBe(true);
    const rows = await t.db.query<{ email: string; status: string; hash: string | null; expires: Date | null }[]>(
      `select p.email, a.status, a.manager_token_hash as hash, a.manager_token_expires_at as expires
         from course_application a join person p on p.id = a.person_id where a.session_id = $1`,
      [session.id],
    );
    const awaiting = rows.filter((r) => r.status === 'AWAITING_MANAGER');
    expect(awaiting.map((r) => r.email)).toEqual([APPROVAL_STORY.awaiting.email]);
    // SHA-256 in hex, as approvalTokenHash stores it; the link works until it expires, never past the start.
    expect(awaiting[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(awaiting[0].expires ?? 0).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(awaiting[0].expires ?? 0).getTime()).toBeLessThanOrEqual(new Date(session.starts_at).getTime());
    // Decided applications keep no link.
    expect(
      rows.filter((r) => r.status !== 'AWAITING_MANAGER').every((r) => r.hash === null && r.expires === null),
    ).toBe(true);
    expect((await mine(APPROVAL_STORY.awaiting.email, session.id)).status).toBe('AWAITING_MANAGER');

    const approved = await mine(APPROVAL_STORY.approved.email, session.id);
    expect(approved).toMatchObject({
      status: 'CONFIRMED',
      reason: 'Approved by your line manager after shortlisting, when a place was free.',
      chargePence: 50_00,
    });
    const places = (await applicationsOf(session.id)).filter((a) => a.status === 'CONFIRMED');
    expect(places).toHaveLength(APPROVAL_STORY.beforeShortlisting.length + 1);
  });

  it('offers a freed place on a full session to the demo learner, first on the waiting list, until the deadline', async () => {
    const session = await sessionOf(OFFER_STORY.course);
    const applications = await applicationsOf(session.id);
    const by = (status: string) => applications.filter((a) => a.status === status);
    expect(by('CONFIRMED')).toHaveLength(5);
    expect(by('OFFERED').map((a) => a.applicantName)).toEqual(['Sam Carter']);
    expect(by('WAITING').map((a) => [a.applicantName, a.waitingPosition])).toEqual([['Kasia Nowak', 2]]);
    expect(by('CANCELLED')).toMatchObject([{ applicantName: 'Marcus Bell', lateCancellation: false, chargePence: 0 }]);

    const lead = await as(LEAD);
    const { courseSession } = await lead.ok<{ courseSession: { placesLeft: number } }>(
      `query($id: ID!) { courseSession(id: $id) { placesLeft } }`,
      { id: session.id },
    );
    expect(courseSession.placesLeft).toBe(0);

    const offer = await mine('learner@fenmouth-council.example', session.id);
    const [{ decided_at }] = await t.db.query<{ decided_at: Date }[]>(
      `select decided_at from course_application where id = $1`,
      [offer.id],
    );
    const hours = await new CourseSettingsService(t.db).offerAcceptHours();
    expect(offer.offerExpiresAt).toBe(
      offerDeadline(new Date(decided_at), new Date(session.starts_at), hours)?.toISOString(),
    );
    expect(new Date(offer.offerExpiresAt ?? 0).getTime()).toBeGreaterThan(Date.now());

    // The offer service takes it as one it made: the learner accepts the place.
    const learner = await as('learner@fenmouth-council.example');
    const { acceptCourseOffer } = await learner.ok<{ acceptCourseOffer: { status: string } }>(
      `mutation($input: OfferAnswerInput!) { acceptCourseOffer(input: $input) { status } }`,
      { input: { applicationId: offer.id } },
    );
    expect(acceptCourseOffer.status).toBe('CONFIRMED');
  });

  it('shows a place passed to a colleague after the free cancellation deadline, charged once in the finance view', async () => {
    const session = await sessionOf(SUBSTITUTE_STORY.course);
    const applications = await applicationsOf(session.id);
    const given = applications.find((a) => a.status === 'CANCELLED');
    expect(given).toMatchObject({
      applicantName: 'Daniel Mensah',
      reason: 'Place passed to Ruth Ellingham.',
      lateCancellation: false,
      chargePence: 0,
    });
    const lead = await as(LEAD);
    const { courseSession } = await lead.ok<{ courseSession: { freeCancellationUntil: string } }>(
      `query($id: ID!) { courseSession(id: $id) { freeCancellationUntil } }`,
      { id: session.id },
    );
    expect(new Date(given?.cancelledAt ?? 0).getTime()).toBeGreaterThan(
      new Date(courseSession.freeCancellationUntil).getTime(),
    );
    expect(await mine(SUBSTITUTE_STORY.passed.to, session.id)).toMatchObject({ status: 'CONFIRMED', substitute: true });

    const day = londonDateOf(new Date(session.starts_at));
    const { courseChargesByOrganisation, courseChargeTotals } = await lead.ok<{
      courseChargesByOrganisation: {
        edges: { node: { organisationName: string; places: number; lateCancellations: number; totalPence: number } }[];
      };
      courseChargeTotals: { places: number; lateCancellations: number; totalPence: number };
    }>(
      `query($period: ChargePeriodInput!) {
         courseChargesByOrganisation(period: $period, first: 20) { edges { node { organisationName places lateCancellations totalPence } } }
         courseChargeTotals(period: $period) { places lateCancellations totalPence }
       }`,
      { period: { from: day, to: day } },
    );
    expect(courseChargesByOrganisation.edges.map((e) => e.node)).toContainEqual({
      organisationName: 'Fenmouth and Marshland NHS Trust',
      places: 1,
      lateCancellations: 0,
      totalPence: 0,
    });
    // Six places, the substitute's among them; the place given up is not charged as well.
    expect(courseChargeTotals).toEqual({ places: 6, lateCancellations: 0, totalPence: 290_00 });
  });
});
