import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MANAGER_APPROVAL_DAYS } from '@common-ground/shared';
import { DomainError } from '../../../common/errors/domain-error';
import { lockSession } from '../../../modules/courses/application-row';
import { recordApproval } from '../../../modules/courses/approval-decision';
import { BankHolidaysService } from '../../../modules/courses/bank-holidays.service';
import { approvalTokenHash } from '../../../modules/courses/booking.service';
import { ChargesService } from '../../../modules/courses/charges.service';
import { CourseSettingsService } from '../../../modules/courses/course-settings.service';
import type { CourseSessionEntity } from '../../../modules/courses/entities/course-session.entity';
import { shortlistsOn } from '../../../modules/courses/programme.service';
import type { BankHolidayCalendar } from '../../../modules/courses/rules/bank-holidays';
import { offerToFirstWaiting } from '../../../modules/courses/offer-next';
import { passPlace } from '../../../modules/courses/pass-place';
import { approvalLinkExpiry } from '../../../modules/courses/rules/offer-deadline';
import {
  freeCancellationDeadline,
  isFreeCancellation,
  sessionStartDate,
} from '../../../modules/courses/rules/working-days';
import { shortlistSession } from '../../../modules/courses/shortlist-session';
import {
  APPROVAL_STORY,
  DEMO_LINE_MANAGERS,
  type DemoApplicant,
  OFFER_STORY,
  SUBSTITUTE_STORY,
} from './demo-booking-states';

const HOUR_MS = 3_600_000;
const before = (instant: Date, hours: number): Date => new Date(instant.getTime() - hours * HOUR_MS);
const after = (instant: Date, hours: number): Date => before(instant, -hours);

interface Person {
  id: string;
  email: string;
  name: string;
  organisation_id: string;
  manager_name: string | null;
  manager_email: string | null;
}

type People = Map<string, Person>;

/**
 * Plays the booking life cycle's later states onto three demo sessions, at moments before the
 * demo is loaded, inside the transaction that loads the programme: a line manager's approval
 * (one waiting, one given after shortlisting), a full session's freed place offered to the
 * first on its waiting list (the demo learner), and a place passed to a colleague after the
 * free cancellation deadline. Approving, shortlisting, offering a place on and passing a
 * place call the very steps ApprovalService, ShortlistingService, OffersService and
 * SubstituteService take; applying and cancelling write what BookingService writes, by the
 * same rules, charges and constants. No mail goes out: the demo's past was never mailed, so the waiting manager's
 * link exists nowhere and only its token's hash is kept, as always.
 */
export async function loadDemoBookingStates(tx: EntityManager, now: Date): Promise<void> {
  const emails = [
    ...APPROVAL_STORY.beforeShortlisting.map((a) => a.email),
    APPROVAL_STORY.approved.email,
    APPROVAL_STORY.awaiting.email,
    ...OFFER_STORY.applicants.map((a) => a.email),
    ...SUBSTITUTE_STORY.applicants.map((a) => a.email),
    SUBSTITUTE_STORY.passed.to,
  ];
  const rows = await tx.query<Person[]>(
    `select p.id, p.email, p.name, p.organisation_id, m.name as manager_name,
            coalesce(m.email, p.line_manager_email) as manager_email
     from person p left join person m on m.id = p.line_manager_id where p.email = any($1::text[])`,
    [emails],
  );
  const people: People = new Map(rows.map((p) => [p.email, p]));
  const steps = new BookingSteps(tx, new ChargesService());
  await approvalStory(steps, people, now);
  await offerStory(steps, people, now);
  await substituteStory(steps, people, now, await new BankHolidaysService(tx.connection).calendar());
}

/** Three approved before shortlisting get places; one approved after it gets a free place; one still waits. */
async function approvalStory(steps: BookingSteps, people: People, now: Date): Promise<void> {
  const session = await steps.session(APPROVAL_STORY.course);
  const shortlistAt = shortlistsOn(session.startsAt);
  for (const a of APPROVAL_STORY.beforeShortlisting) {
    const appliedAt = before(shortlistAt, a.appliedBefore);
    const id = await steps.apply(session.id, people.get(a.email), a.locality, appliedAt, true);
    if (id) await steps.approve(session.id, id, after(appliedAt, a.approvedAfter));
  }
  await steps.shortlist(session.id, shortlistAt);
  const { approved, awaiting } = APPROVAL_STORY;
  const id = await steps.apply(
    session.id,
    people.get(approved.email),
    approved.locality,
    before(now, approved.applied),
    true,
  );
  if (id) await steps.approve(session.id, id, before(now, approved.approved));
  await steps.apply(session.id, people.get(awaiting.email), awaiting.locality, before(now, awaiting.applied), true);
}

/** Eight apply for six places; a place given up in good time is offered to the first on the waiting list. */
async function offerStory(steps: BookingSteps, people: People, now: Date): Promise<void> {
  const session = await steps.session(OFFER_STORY.course);
  const ids = await steps.applyAll(session, OFFER_STORY.applicants, people);
  const given = ids.get(OFFER_STORY.cancelled.email);
  if (given) await steps.cancelPlace(session.id, given, before(now, OFFER_STORY.cancelled.hoursAgo));
}

/** After the free cancellation deadline, a delegate passes their place to a colleague in the same organisation. */
async function substituteStory(
  steps: BookingSteps,
  people: People,
  now: Date,
  calendar: BankHolidayCalendar,
): Promise<void> {
  const session = await steps.session(SUBSTITUTE_STORY.course);
  const ids = await steps.applyAll(session, SUBSTITUTE_STORY.applicants, people);
  const { from, to, hoursAgo } = SUBSTITUTE_STORY.passed;
  let freeUntil: Date | null = null;
  try {
    freeUntil = freeCancellationDeadline(sessionStartDate(session.startsAt), session.nation, calendar);
  } catch (error) {
    // As SubstituteService.window: with the year's bank holidays unknown, the window is open.
    if (!(error instanceof DomainError)) throw error;
  }
  // A substitute can only be named once free cancellation has ended (always, eight days ahead).
  if (freeUntil && freeUntil.getTime() >= now.getTime()) return;
  const at = new Date(
    Math.min(now.getTime(), Math.max(before(now, hoursAgo).getTime(), (freeUntil?.getTime() ?? 0) + 1)),
  );
  const holder = ids.get(from);
  const substitute = people.get(to);
  if (holder && substitute && at.getTime() < session.startsAt.getTime()) {
    await steps.passPlace(session.id, holder, substitute, at);
  }
}

/** The booking steps as their services take them, at a given moment, in the loading transaction. */
class BookingSteps {
  constructor(
    private readonly tx: EntityManager,
    private readonly charges: ChargesService,
  ) {}

  /** A demo course's one session, locked as every step locks it; the course and session date from before the first application. */
  async session(title: string): Promise<CourseSessionEntity> {
    const [row] = await this.tx.query<{ id: string }[]>(
      `select s.id from course_session s join course c on c.id = s.course_id where c.title = $1 order by s.starts_at limit 1`,
      [title],
    );
    const session = await lockSession(this.tx, row.id);
    const added = before(shortlistsOn(session.startsAt), 24 * 28);
    await this.tx.query(`update course_session set created_at = $2, updated_at = $2 where id = $1`, [
      session.id,
      added,
    ]);
    await this.tx.query(`update course set created_at = $2, updated_at = $2 where id = $1`, [session.courseId, added]);
    return session;
  }

  /** Everyone applies (no approval needed), then shortlisting runs on its day. Application ids by email. */
  async applyAll(session: CourseSessionEntity, applicants: DemoApplicant[], people: People) {
    const shortlistAt = shortlistsOn(session.startsAt);
    const ids = new Map<string, string>();
    for (const a of applicants) {
      const id = await this.apply(
        session.id,
        people.get(a.email),
        a.locality,
        before(shortlistAt, a.appliedBefore),
        false,
      );
      if (id) ids.set(a.email, id);
    }
    await this.shortlist(session.id, shortlistAt);
    return ids;
  }

  /**
   * BookingService.apply, for a course needing approval (AWAITING_MANAGER, with a link whose
   * token only the manager's email held: its SHA-256 is stored) or before shortlisting (APPLIED).
   */
  async apply(
    sessionId: string,
    person: Person | undefined,
    locality: string,
    at: Date,
    approval: boolean,
  ): Promise<string | null> {
    if (!person) return null;
    const session = await lockSession(this.tx, sessionId);
    const manager =
      person.manager_email && person.manager_name
        ? { name: person.manager_name, email: person.manager_email }
        : DEMO_LINE_MANAGERS[person.email];
    const expiresAt = approval ? approvalLinkExpiry(at, session.startsAt, MANAGER_APPROVAL_DAYS) : null;
    const [row] = await this.tx.query<{ id: string }[]>(
      `insert into course_application (session_id, person_id, organisation_id, locality, manager_name, manager_email,
         status, applied_at, manager_token_hash, manager_token_expires_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $8, $8) returning id`,
      [
        session.id,
        person.id,
        person.organisation_id,
        locality,
        manager.name,
        manager.email,
        approval ? 'AWAITING_MANAGER' : 'APPLIED',
        at,
        expiresAt ? approvalTokenHash(randomBytes(32).toString('base64url')) : null,
        expiresAt,
      ],
    );
    return row.id;
  }

  /** ApprovalService.decide, approving: waits for shortlisting, or after it takes a free place or joins the waiting list. */
  async approve(sessionId: string, applicationId: string, at: Date): Promise<void> {
    const session = await lockSession(this.tx, sessionId);
    const [a] = await this.tx.query<{ organisation_id: string }[]>(
      `select organisation_id from course_application where id = $1`,
      [applicationId],
    );
    await recordApproval(
      this.tx,
      { id: applicationId, organisationId: a.organisation_id },
      session,
      true,
      at,
      this.charges,
    );
  }

  /** ShortlistingService on the session's day: places and the waiting list by the shortlisting rule, each with its reason and charge. */
  async shortlist(sessionId: string, at: Date): Promise<void> {
    const session = await lockSession(this.tx, sessionId);
    if (session.shortlistedAt) return;
    await shortlistSession(this.tx, session, at, this.charges);
  }

  /** BookingService.cancel of a confirmed place: charged only after the free cancellation deadline; the place is offered on. */
  async cancelPlace(sessionId: string, applicationId: string, at: Date): Promise<void> {
    const session = await lockSession(this.tx, sessionId);
    const calendar = await new BankHolidaysService(this.tx.connection).calendar();
    const started = session.startsAt.getTime() <= at.getTime();
    let free = !started;
    try {
      free = free && isFreeCancellation(at, sessionStartDate(session.startsAt), session.nation, calendar);
    } catch (error) {
      // The year's bank holidays are unknown: the story's cancellation is weeks ahead, well inside the free period.
      if (!(error instanceof DomainError)) throw error;
    }
    await this.tx.query(
      `update course_application set status = 'CANCELLED', cancelled_at = $2, late_cancellation = $3,
         charge_pence = case when $3 then charge_pence else 0 end, updated_at = $2
       where id = $1`,
      [applicationId, at, !free],
    );
    if (!started) {
      // OffersService.offerNext, with the offer window setting (its default in a new demo).
      const hours = await new CourseSettingsService(this.tx.connection).offerAcceptHours(this.tx);
      await offerToFirstWaiting(this.tx, session, at, hours, this.charges);
    }
  }

  /** SubstituteService.name: the colleague takes the place with the same charge; the original ends with no late charge. */
  async passPlace(sessionId: string, applicationId: string, substitute: Person, at: Date): Promise<void> {
    await lockSession(this.tx, sessionId);
    const [a] = await this.tx.query<{ status: string; manager_name: string; manager_email: string }[]>(
      `select status, manager_name, manager_email from course_application where id = $1`,
      [applicationId],
    );
    if (a.status !== 'CONFIRMED') return;
    const made = await passPlace(this.tx, applicationId, a, substitute, at);
    // The service's row is stamped as it is written; the demo's dates from the moment it was passed.
    await this.tx.query(`update course_application set created_at = $2, updated_at = $2 where id = $1`, [made, at]);
  }
}
