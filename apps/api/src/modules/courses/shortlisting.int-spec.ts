import { createTestApp, type TestApp } from '../../../test/app';
import { makeApplication, makeCourse, makeSession } from '../../../test/course-factories';
import { makeOrganisation, makePerson, signIn } from '../../../test/factories';
import { ShortlistingService } from './shortlisting.service';

interface Preview {
  shortlistPreview: { applicantName: string; outcome: string; waitingPosition: number | null; reason: string }[];
}
const PREVIEW = `query($id: ID!) { shortlistPreview(sessionId: $id) { applicantName outcome waitingPosition reason } }`;
const RUN = `mutation($input: RunShortlistingInput!) { runShortlisting(input: $input) { id placesLeft shortlistedAt } }`;

describe('shortlisting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const lead = async () => {
    const person = await makePerson(t.db, { roles: ['MODERATOR'] });
    const client = t.client();
    await signIn(client, person.email);
    return client;
  };

  /** A session with five applicants: two from one council, one each from health, police and a charity. */
  async function scene(days = 30) {
    const course = await makeCourse(t.db, { title: `Working together ${Date.now()}` });
    const session = await makeSession(t.db, course.id, { capacity: 3, days });
    const council = await makeOrganisation(t.db, { name: `Fen Council ${Date.now()}` });
    const nhs = await makeOrganisation(t.db, { sector: 'HEALTH' });
    const charity = await makeOrganisation(t.db, {
      sector: 'VOLUNTARY_AND_COMMUNITY',
      fundsPartnership: false,
      saferProgrammeMember: true,
    });
    const base = Date.now() - 3600_000;
    const people = [
      { name: 'Amy Council', org: council.id, locality: 'Saltmarsh' },
      { name: 'Ben Council', org: council.id, locality: 'Saltmarsh' },
      { name: 'Cara Health', org: nhs.id, locality: 'Northfen' },
      { name: 'Dev Charity', org: charity.id, locality: 'Saltmarsh' },
    ];
    const made = [];
    for (const [i, p] of people.entries()) {
      const person = await makePerson(t.db, { name: p.name, organisationId: p.org });
      made.push(person);
      await makeApplication(t.db, session, person, 'APPLIED', {
        locality: p.locality,
        appliedAt: new Date(base + i * 60_000),
        managerEmail: `manager-of-${person.id}@people.example`,
        managerName: `Manager of ${p.name}`,
      });
    }
    return { session, people: made };
  }

  it('lets a lead see the outcome first, then gives out places once and tells applicants and managers', async () => {
    const { session, people } = await scene();
    const client = await lead();
    const preview = await client.ok<Preview>(PREVIEW, { id: session.id });
    expect(preview.shortlistPreview.map((p) => [p.applicantName, p.outcome, p.waitingPosition])).toEqual([
      ['Amy Council', 'CONFIRMED', null],
      // Both bring a new sector; Dev works in the session's locality, Cara does not.
      ['Dev Charity', 'CONFIRMED', null],
      ['Cara Health', 'CONFIRMED', null],
      ['Ben Council', 'WAITING', 1],
    ]);
    expect(preview.shortlistPreview[3].reason).toContain('already had a place');
    // A preview changes nothing and sends nothing.
    const statuses = async () =>
      (
        await t.db.query<{ status: string }[]>(
          `select status from course_application where session_id = $1 order by applied_at`,
          [session.id],
        )
      ).map((r) => r.status);
    expect(await statuses()).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED']);

    const ran = await client.ok<{ runShortlisting: { placesLeft: number; shortlistedAt: string | null } }>(RUN, {
      input: { sessionId: session.id },
    });
    expect(ran.runShortlisting.placesLeft).toBe(0);
    expect(ran.runShortlisting.shortlistedAt).not.toBeNull();
    expect(await statuses()).toEqual(['CONFIRMED', 'WAITING', 'CONFIRMED', 'CONFIRMED']);
    const charity = await t.db.query<{ charge_band: string; charge_pence: number }[]>(
      `select charge_band, charge_pence from course_application where person_id = $1`,
      [people[3].id],
    );
    expect(charity).toEqual([{ charge_band: 'VOLUNTARY_SAFER_MEMBER', charge_pence: 4000 }]);

    // Confirmation with a calendar entry to Amy and her manager; waiting-list news to Ben and his.
    const mail = await t.db.query<
      { to: string; subject: string; text: string; attachments: { content: string }[] | null }[]
    >(`select "to", subject, text, attachments from outbox_message where "to" = any($1::text[]) order by "to"`, [
      [
        people[0].email,
        `manager-of-${people[0].id}@people.example`,
        people[1].email,
        `manager-of-${people[1].id}@people.example`,
      ],
    ]);
    expect(mail).toHaveLength(4);
    const amy = mail.find((m) => m.to === people[0].email);
    expect(amy?.subject).toMatch(/^Place confirmed: Working together/);
    expect(amy?.text).toContain('Sign in at reception; parking at the rear.');
    expect(amy?.text).toMatch(/cancel by \w+day \d+ \w+ \d{4} at 11:59pm to avoid a charge/);
    expect(amy?.attachments?.[0].content).toContain(`UID:course-session-${session.id}@common-ground`);
    const amysManager = mail.find((m) => m.to === `manager-of-${people[0].id}@people.example`);
    expect(amysManager?.text).toContain('Amy Council has a place on this course');
    const ben = mail.find((m) => m.to === people[1].email);
    expect(ben?.subject).toMatch(/^No place yet/);
    expect(ben?.text).toContain('On the waiting list at number 1.');
    expect(ben?.attachments).toBeNull();

    const again = await client.request(RUN, { input: { sessionId: session.id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('runs by itself for sessions whose day has come, once, however many times the schedule fires', async () => {
    const due = await scene(40);
    const notYet = await scene(43);
    const service = t.app.get(ShortlistingService);
    const counts = await Promise.all([service.runDue(), service.runDue(), service.runDue()]);
    const shortlisted = await t.db.query<{ id: string }[]>(
      `select id from course_session where id = any($1::uuid[]) and shortlisted_at is not null`,
      [[due.session.id, notYet.session.id]],
    );
    expect(shortlisted.map((r) => r.id)).toEqual([due.session.id]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const confirmations = await t.db.query<{ n: string }[]>(
      `select count(*) as n from outbox_message where "to" = $1 and subject like 'Place confirmed%'`,
      [due.people[0].email],
    );
    expect(Number(confirmations[0].n)).toBe(1);
  });

  it('tells everyone with a place when a session changes, with an updated calendar entry (same UID, higher SEQUENCE)', async () => {
    const { session, people } = await scene();
    const client = await lead();
    await client.ok(RUN, { input: { sessionId: session.id } });
    const changed = new Date(session.startsAt.getTime() + 3600_000);
    await client.ok(`mutation($input: UpdateSessionInput!) { updateCourseSession(input: $input) { id } }`, {
      input: {
        sessionId: session.id,
        startsAt: changed.toISOString(),
        endsAt: new Date(changed.getTime() + 3 * 3600_000).toISOString(),
        venue: 'Saltmarsh Library, Room 3',
        joiningInstructions: 'Now upstairs.',
        locality: session.locality,
        nation: session.nation,
        capacity: session.capacity,
        trainer: '',
      },
    });
    const mail = await t.db.query<{ to: string; text: string; attachments: { content: string }[] }[]>(
      `select "to", text, attachments from outbox_message where subject like 'Session changed%' and "to" = any($1::text[])`,
      [people.map((p) => p.email)],
    );
    // Three places (Amy, Cara, Dev); Ben waits and is not told.
    expect(mail.map((m) => m.to).sort()).toEqual([people[0].email, people[2].email, people[3].email].sort());
    expect(mail[0].text).toContain('Saltmarsh Library, Room 3');
    expect(mail[0].attachments[0].content).toContain(`UID:course-session-${session.id}@common-ground`);
    expect(mail[0].attachments[0].content).toContain('SEQUENCE:1');
  });

  it('is for leads only', async () => {
    const { session } = await scene();
    const learner = await makePerson(t.db);
    const client = t.client();
    await signIn(client, learner.email);
    for (const [query, variables] of [
      [PREVIEW, { id: session.id }],
      [RUN, { input: { sessionId: session.id } }],
    ] as const) {
      const res = await client.request(query, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
