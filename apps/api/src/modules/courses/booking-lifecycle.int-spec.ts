import { createTestApp, type TestApp } from '../../../test/app';
import { makeApplication, makeCourse, makeSession } from '../../../test/course-factories';
import { makeOrganisation, makePerson, signedInPerson } from '../../../test/factories';
import { startSmtpTestServer } from '../../../test/smtp-test-server';
import { OffersService } from './offers.service';
import { RemindersService } from './reminders.service';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FIELDS = `id status reason waitingPosition offerExpiresAt chargeBand chargePence lateCancellation substitute`;
const APPLY = `mutation($input: ApplyForSessionInput!) { applyForSession(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($input: CancelApplicationInput!) { cancelApplication(input: $input) { ${FIELDS} } }`;
const ACCEPT = `mutation($input: OfferAnswerInput!) { acceptCourseOffer(input: $input) { ${FIELDS} } }`;
const DECLINE = `mutation($input: OfferAnswerInput!) { declineCourseOffer(input: $input) { ${FIELDS} } }`;
const SUBSTITUTE = `mutation($input: NameSubstituteInput!) { nameSubstitute(input: $input) { ${FIELDS} } }`;
const VIEW_APPROVAL = `query($token: String!) { managerApprovalRequest(token: $token) { applicantName courseTitle venue } }`;
const DECIDE = `mutation($input: ManagerDecisionInput!) { decideManagerApproval(input: $input) { approved status } }`;
const CANCEL_SESSION = `mutation($input: CancelSessionInput!) { cancelCourseSession(input: $input) { id status } }`;
const RUN = `mutation($input: RunShortlistingInput!) { runShortlisting(input: $input) { id } }`;

interface App {
  id: string;
  status: string;
  offerExpiresAt: string | null;
  chargeBand: string | null;
  chargePence: number | null;
  lateCancellation: boolean;
  substitute: boolean;
}
interface Mail {
  to: string;
  subject: string;
  text: string;
  status: string;
  attachments: { content: string; contentType: string }[] | null;
}

/**
 * The booking life cycle after applying, end to end through the API with mail checked in
 * the outbox and as a real SMTP server receives it: manager approval by link, shortlisting,
 * a freed place offered on (declined, lapsed, accepted), a substitute, reminders with an
 * opt-out, and a lead cancelling the session.
 */
describe('booking life cycle', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    t = await createTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const as = (overrides: Parameters<typeof makePerson>[1] = {}) => signedInPerson(t, overrides);
  const outbox = (to: string[]) =>
    t.db.query<Mail[]>(
      `select "to", subject, text, status, attachments from outbox_message where "to" = any($1::text[])
       order by created_at, id`,
      [to],
    );
  const statusOf = async (id: string) =>
    (await t.db.query<{ status: string }[]>(`select status from course_application where id = $1`, [id]))[0].status;
  const managerOf = (p: { id: string }) => `manager-of-${p.id}@people.example`;
  const applyInput = (sessionId: string, p: { id: string }) => ({
    sessionId,
    managerName: 'Morgan Manager',
    managerEmail: managerOf(p),
  });

  it('waits for the line manager, offers freed places with a deadline, and cancels a session for everyone', async () => {
    const council = await makeOrganisation(t.db, { name: 'Saltmarsh Council' });
    const charity = await makeOrganisation(t.db, {
      name: 'Harbour Trust',
      sector: 'VOLUNTARY_AND_COMMUNITY',
      fundsPartnership: false,
    });
    const { client: lead } = await as({ roles: ['MODERATOR'] });
    const course = await makeCourse(t.db, { title: 'Working together' });
    const session = await makeSession(t.db, course.id, { capacity: 1 });
    const requireApproval = (required: boolean) =>
      lead.ok<{ updateCourse: { requiresManagerApproval: boolean } }>(
        `mutation($input: UpdateCourseInput!) { updateCourse(input: $input) { requiresManagerApproval } }`,
        {
          input: {
            courseId: course.id,
            title: 'Working together',
            description: '',
            outcomes: [],
            targetGroups: [],
            trainer: '',
            requiresManagerApproval: required,
          },
        },
      );
    expect((await requireApproval(true)).updateCourse.requiresManagerApproval).toBe(true);

    // Amy applies: her manager is emailed a link, and her application does not count yet.
    const amy = await as({ organisationId: council.id, name: 'Amy Council' });
    const applied = await amy.client.ok<{ applyForSession: App }>(APPLY, { input: applyInput(session.id, amy.person) });
    expect(applied.applyForSession.status).toBe('AWAITING_MANAGER');
    const preview = await lead.ok<{ shortlistPreview: unknown[] }>(
      `query($id: ID!) { shortlistPreview(sessionId: $id) { applicationId } }`,
      { id: session.id },
    );
    expect(preview.shortlistPreview).toHaveLength(0);
    const [request] = await outbox([managerOf(amy.person)]);
    expect(request.subject).toMatch(/^Approval needed: Working together/);
    expect(request.status).toBe('SENT');
    const bySmtp = smtp.received.find((m) => m.to === managerOf(amy.person));
    expect(bySmtp?.text).toContain('Amy Council (Saltmarsh Council) has applied');
    const token = /approval\?token=([A-Za-z0-9_-]+)/.exec(bySmtp?.text ?? '')?.[1] ?? '';
    expect(token).toHaveLength(43);
    const stored = await t.db.query<{ manager_token_hash: string }[]>(
      `select manager_token_hash from course_application where id = $1`,
      [applied.applyForSession.id],
    );
    expect(stored[0].manager_token_hash).not.toContain(token);

    // The manager needs no account; a wrong link is refused with the one message.
    const visitor = t.client();
    const wrong = await visitor.request(VIEW_APPROVAL, { token: 'x'.repeat(43) });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const linkMessage = wrong.errors?.[0]?.message;
    expect(linkMessage).toMatch(/^This approval link does not work/);
    const view = await visitor.ok<{ managerApprovalRequest: { applicantName: string } }>(VIEW_APPROVAL, { token });
    expect(view.managerApprovalRequest.applicantName).toBe('Amy Council');
    const decided = await visitor.ok<{ decideManagerApproval: { status: string } }>(DECIDE, {
      input: { token, approve: true },
    });
    expect(decided.decideManagerApproval.status).toBe('APPLIED');
    const used = await visitor.request(DECIDE, { input: { token, approve: false } });
    expect(used.errors?.[0]).toMatchObject({ message: linkMessage, extensions: { code: 'NOT_FOUND' } });
    expect(await statusOf(applied.applyForSession.id)).toBe('APPLIED');
    expect((await outbox([amy.person.email])).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Application approved/),
    ]);

    // Ben's link has expired: the same message, and nothing changes.
    const ben = await as({ organisationId: council.id, name: 'Ben Council' });
    const benApp = await ben.client.ok<{ applyForSession: App }>(APPLY, { input: applyInput(session.id, ben.person) });
    const benToken = /token=([A-Za-z0-9_-]+)/.exec(
      smtp.received.find((m) => m.to === managerOf(ben.person))?.text ?? '',
    )?.[1];
    await t.db.query(`update course_application set manager_token_expires_at = $2 where id = $1`, [
      benApp.applyForSession.id,
      new Date(t.clock.now().getTime() - 1000),
    ]);
    const expired = await visitor.request(DECIDE, { input: { token: benToken, approve: true } });
    expect(expired.errors?.[0]).toMatchObject({ message: linkMessage, extensions: { code: 'NOT_FOUND' } });
    expect(await statusOf(benApp.applyForSession.id)).toBe('AWAITING_MANAGER');

    // Without approval needed, three more apply; shortlisting gives the one place.
    await requireApproval(false);
    const cara = await as({ organisationId: charity.id, name: 'Cara Trust' });
    const dev = await as({ organisationId: charity.id, name: 'Dev Trust' });
    const eve = await as({ organisationId: council.id, name: 'Eve Council' });
    const people = { amy, cara, dev, eve };
    const ids: Record<string, string> = { amy: applied.applyForSession.id };
    for (const key of ['cara', 'dev', 'eve'] as const) {
      const res = await people[key].client.ok<{ applyForSession: App }>(APPLY, {
        input: applyInput(session.id, people[key].person),
      });
      ids[key] = res.applyForSession.id;
    }
    await lead.ok(RUN, { input: { sessionId: session.id } });
    expect(await statusOf(benApp.applyForSession.id)).toBe('AWAITING_MANAGER');
    const order = await t.db.query<{ id: string; status: string }[]>(
      `select id, status from course_application where session_id = $1 and status in ('CONFIRMED', 'WAITING')
       order by status, waiting_position`,
      [session.id],
    );
    expect(order.map((o) => o.status)).toEqual(['CONFIRMED', 'WAITING', 'WAITING', 'WAITING']);
    const byId = (id: string) => (Object.keys(ids) as (keyof typeof people)[]).find((k) => ids[k] === id)!;
    const [holder, w1, w2, w3] = order.map((o) => byId(o.id));

    // The holder gives the place up in good time: the first on the list is offered it, with a deadline.
    const before = t.clock.now().getTime();
    await people[holder].client.ok(CANCEL, { input: { applicationId: ids[holder] } });
    const offered = await people[w1].client.ok<{ myCourseApplication: App }>(
      `query($id: ID!) { myCourseApplication(sessionId: $id) { ${FIELDS} } }`,
      { id: session.id },
    );
    expect(offered.myCourseApplication.status).toBe('OFFERED');
    const deadline = new Date(offered.myCourseApplication.offerExpiresAt ?? 0).getTime();
    expect(deadline - before).toBeGreaterThanOrEqual(48 * HOUR - 1000);
    expect(deadline - before).toBeLessThan(48 * HOUR + 60_000);
    const offerMail = (await outbox([people[w1].person.email])).find((m) => m.subject.startsWith('A place is offered'));
    expect(offerMail?.text).toMatch(/Accept or decline it on the session page by \w+day \d+ \w+ \d{4} at/);
    expect(smtp.received.some((m) => m.to === people[w1].person.email && m.subject === offerMail?.subject)).toBe(true);

    // Someone else cannot answer it; the offered person declines and it moves on.
    const stolen = await people[w2].client.request(ACCEPT, { input: { applicationId: ids[w1] } });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await statusOf(ids[w1])).toBe('OFFERED');
    const declined = await people[w1].client.ok<{ declineCourseOffer: App }>(DECLINE, {
      input: { applicationId: ids[w1] },
    });
    expect(declined.declineCourseOffer).toMatchObject({ status: 'WITHDRAWN', chargePence: null });
    expect(await statusOf(ids[w2])).toBe('OFFERED');

    // The second lets it lapse: too late to accept, and the schedule (run twice at once) moves it on once.
    t.clock.advance(49 * HOUR);
    const late = await people[w2].client.request(ACCEPT, { input: { applicationId: ids[w2] } });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(late.errors?.[0]?.message).toMatch(/^This offer ran out at/);
    expect(await statusOf(ids[w2])).toBe('OFFERED');
    const offers = t.app.get(OffersService);
    const lapsed = await Promise.all([offers.expireDue(), offers.expireDue()]);
    expect(lapsed[0] + lapsed[1]).toBe(1);
    expect(await statusOf(ids[w2])).toBe('WITHDRAWN');
    expect((await outbox([people[w2].person.email])).filter((m) => m.subject.startsWith('Offer ended'))).toHaveLength(
      1,
    );

    // The third accepts in time and is confirmed with a calendar entry.
    const accepted = await people[w3].client.ok<{ acceptCourseOffer: App }>(ACCEPT, {
      input: { applicationId: ids[w3] },
    });
    expect(accepted.acceptCourseOffer).toMatchObject({ status: 'CONFIRMED', offerExpiresAt: null });
    const confirmed = (await outbox([people[w3].person.email])).find((m) => m.subject.startsWith('Place confirmed'));
    expect(confirmed?.attachments?.[0].content).toContain(`UID:course-session-${session.id}@common-ground`);
    const again = await people[w1].client.request(ACCEPT, { input: { applicationId: ids[w1] } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // The lead cancels the whole session: everyone booked or waiting is told, with a cancelled entry.
    const waiter = await makePerson(t.db, { organisationId: council.id });
    await makeApplication(t.db, session, waiter, 'WAITING', { waitingPosition: 1, managerEmail: managerOf(waiter) });
    const refused = await people[w3].client.request(CANCEL_SESSION, { input: { sessionId: session.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cancelled = await lead.ok<{ cancelCourseSession: { status: string } }>(CANCEL_SESSION, {
      input: { sessionId: session.id },
    });
    expect(cancelled.cancelCourseSession.status).toBe('CANCELLED');
    await lead.ok(CANCEL_SESSION, { input: { sessionId: session.id } });
    const told = [people[w3].person.email, managerOf(people[w3].person), waiter.email, managerOf(waiter)];
    const cancelMail = (await outbox(told)).filter((m) => m.subject.startsWith('Session cancelled'));
    expect(cancelMail.map((m) => m.to).sort()).toEqual([...told].sort());
    const ics = cancelMail[0].attachments?.[0];
    expect(ics?.contentType).toContain('method=CANCEL');
    expect(ics?.content).toContain('METHOD:CANCEL');
    expect(ics?.content).toContain(`UID:course-session-${session.id}@common-ground`);
    expect(ics?.content).toContain('SEQUENCE:1');
    expect(ics?.content).toContain('STATUS:CANCELLED');
    const received = smtp.received.find((m) => m.to === waiter.email && m.subject.startsWith('Session cancelled'));
    expect(received?.attachments[0].content).toContain('METHOD:CANCEL');
    const ended = await t.db.query<{ id: string; status: string; charge_pence: number | null }[]>(
      `select id, status, charge_pence from course_application where id = any($1::uuid[])`,
      [[ids[w3], benApp.applyForSession.id]],
    );
    expect(ended.find((r) => r.id === ids[w3])).toMatchObject({ status: 'CANCELLED', charge_pence: 0 });
    expect(ended.find((r) => r.id === benApp.applyForSession.id)).toMatchObject({
      status: 'CANCELLED',
      charge_pence: null,
    });
  });

  it('passes a late place to a colleague with the same charge, and refuses anyone else', async () => {
    const firm = await makeOrganisation(t.db, { name: 'Quay Care Ltd', sector: 'PRIVATE', fundsPartnership: false });
    const other = await makeOrganisation(t.db);
    const course = await makeCourse(t.db, { title: 'Safer recruitment' });
    const startsAt = new Date(t.clock.now().getTime() + 3 * DAY);
    const soon = await makeSession(t.db, course.id, {
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * HOUR),
      shortlistedAt: new Date(),
    });
    const holder = await as({ organisationId: firm.id, name: 'Hal Quay' });
    const place = await makeApplication(t.db, soon, holder.person, 'CONFIRMED', {
      chargeBand: 'STANDARD',
      chargePence: 10000,
    });
    const colleague = await makePerson(t.db, { organisationId: firm.id, name: 'Cal Quay' });
    const outsider = await makePerson(t.db, { organisationId: other.id });
    const stranger = await as();

    const notYours = await stranger.client.request(SUBSTITUTE, {
      input: { applicationId: place.id, email: colleague.email },
    });
    expect(notYours.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const fromElsewhere = await holder.client.request(SUBSTITUTE, {
      input: { applicationId: place.id, email: outsider.email },
    });
    expect(fromElsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { email: expect.stringContaining('same organisation (Quay Care Ltd)') },
    });
    const unknown = await holder.client.request(SUBSTITUTE, {
      input: { applicationId: place.id, email: 'nobody@nowhere.example' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notAnEmail = await holder.client.request(SUBSTITUTE, { input: { applicationId: place.id, email: 'cal' } });
    expect(notAnEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await statusOf(place.id)).toBe('CONFIRMED');

    const done = await holder.client.ok<{ nameSubstitute: App }>(SUBSTITUTE, {
      input: { applicationId: place.id, email: colleague.email.toUpperCase() },
    });
    expect(done.nameSubstitute).toMatchObject({
      status: 'CONFIRMED',
      chargeBand: 'STANDARD',
      chargePence: 10000,
      substitute: true,
    });
    const old = await t.db.query<{ status: string; charge_pence: number; late_cancellation: boolean }[]>(
      `select status, charge_pence, late_cancellation from course_application where id = $1`,
      [place.id],
    );
    expect(old[0]).toEqual({ status: 'CANCELLED', charge_pence: 0, late_cancellation: false });
    expect((await outbox([holder.person.email]))[0].subject).toMatch(/^Place passed on/);
    expect(smtp.received.some((m) => m.to === colleague.email && m.subject.startsWith('Place confirmed'))).toBe(true);

    // A place still inside the free cancellation period is just cancelled instead.
    const later = await makeSession(t.db, course.id, { days: 60, shortlistedAt: new Date() });
    const early = await makeApplication(t.db, later, holder.person, 'CONFIRMED');
    const tooEarly = await holder.client.request(SUBSTITUTE, {
      input: { applicationId: early.id, email: colleague.email },
    });
    expect(tooEarly.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(tooEarly.errors?.[0]?.message).toMatch(/free of charge until/);
  });

  it('reminds confirmed delegates a week and a day before, once each, unless they opted out', async () => {
    const course = await makeCourse(t.db, { title: 'Reminder course' });
    const at = (ms: number) => {
      const startsAt = new Date(t.clock.now().getTime() + ms);
      return { startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), shortlistedAt: new Date() };
    };
    const nextWeek = await makeSession(t.db, course.id, at(6 * DAY));
    const tomorrow = await makeSession(t.db, course.id, at(20 * HOUR));
    const farOff = await makeSession(t.db, course.id, at(9 * DAY));
    const keen = await as();
    const quiet = await as();
    const off = await quiet.client.ok<{ updateCourseReminders: boolean }>(
      `mutation { updateCourseReminders(on: false) }`,
    );
    expect(off.updateCourseReminders).toBe(false);
    const settings = await quiet.client.ok<{ notificationSettings: { courseReminders: boolean } }>(
      `query { notificationSettings { emailDigest courseReminders } }`,
    );
    expect(settings.notificationSettings.courseReminders).toBe(false);
    for (const s of [nextWeek, tomorrow, farOff]) {
      await makeApplication(t.db, s, keen.person, 'CONFIRMED');
      await makeApplication(t.db, s, quiet.person, 'CONFIRMED');
    }
    const reminders = t.app.get(RemindersService);
    await Promise.all([reminders.sendDue(), reminders.sendDue(), reminders.sendDue()]);
    await reminders.sendDue();
    const mail = await outbox([keen.person.email, quiet.person.email]);
    expect(
      mail.map((m) => `${m.to === keen.person.email ? 'keen' : 'quiet'} ${m.subject.split(':')[0]}`).sort(),
    ).toEqual(['keen Next week', 'keen Tomorrow']);
    expect(mail.find((m) => m.subject.startsWith('Tomorrow'))?.text).toContain('/profile/emails');
  });
});
