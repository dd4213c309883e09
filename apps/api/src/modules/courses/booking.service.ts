import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type ApplicationStatusName, MANAGER_APPROVAL_DAYS } from '@common-ground/shared';
import { hasRole } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { isUniqueViolation } from '../identity/identity.errors';
import { ACTIVE, type ApplicationRow, HOLDING, loadApplicationRow, lockSession } from './application-row';
import { BankHolidaysService } from './bank-holidays.service';
import { BookingMailService } from './booking-mail.service';
import { ChargesService } from './charges.service';
import { CourseErrors } from './courses.errors';
import type { ApplyForSessionInput } from './dto/course.inputs';
import type { CourseApplicationEntity } from './entities/course-application.entity';
import type { CourseSessionEntity } from './entities/course-session.entity';
import { OffersService } from './offers.service';
import { approvalLinkExpiry } from './rules/offer-deadline';
import { sessionStartDate, isFreeCancellation } from './rules/working-days';

export {
  APPLICATION_COLUMNS,
  APPLICATION_FROM,
  type ApplicationRow,
  type RawApplication,
  toApplicationRow,
} from './application-row';

/** Partnership leads (moderators) and admins run the programme. */
export const canManageProgramme = (ctx: RequestContext): boolean => hasRole(ctx.actor, 'MODERATOR', 'ADMIN');

/** The hash an approval link's token is stored as (the token itself is only in the email). */
export const approvalTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** What changed in a booking step. */
export interface BookingChange {
  row: ApplicationRow;
}

/**
 * Applying, withdrawing and giving up places. Every step that touches a session's places
 * first locks the session's row (select … for update) inside one transaction, so steps on
 * one session run one after another: places are never given beyond capacity, a person
 * never holds two applications, and a freed place is never lost. Retrying a withdrawal or
 * cancellation returns the application as it is. A course that needs the line manager's
 * approval holds each application as AWAITING_MANAGER, and mails the manager a link, first.
 */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bankHolidays: BankHolidaysService,
    private readonly charges: ChargesService,
    private readonly offers: OffersService,
    private readonly mail: BookingMailService,
  ) {}

  /**
   * Applies for a session as the signed-in person. Before shortlisting the application waits
   * for it; after, it takes a free place at once; either way only once the line manager has
   * approved, when the course asks for that. The manager's details come from the profile
   * unless given. Throws UNAUTHENTICATED, NOT_FOUND, BAD_USER_INPUT (manager) and CONFLICT
   * (applied already, session started, full or cancelled).
   */
  async apply(ctx: RequestContext, input: ApplyForSessionInput): Promise<BookingChange> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    const [me] = await this.dataSource.query<
      {
        organisation_id: string;
        line_manager_email: string | null;
        manager_name: string | null;
        manager_email: string | null;
      }[]
    >(
      `select p.id, p.organisation_id, p.line_manager_email, m.name as manager_name, m.email as manager_email
       from person p left join person m on m.id = p.line_manager_id where p.id = $1`,
      [actor.id],
    );
    const managerEmail = input.managerEmail ?? me.manager_email ?? me.line_manager_email;
    if (!managerEmail) throw CourseErrors.managerEmail();
    const managerName = input.managerName || (managerEmail === me.manager_email ? me.manager_name : null);
    if (!managerName) throw CourseErrors.managerName();

    const token = randomBytes(32).toString('base64url');
    const made = await this.inTransaction(async (m) => {
      const session = await this.lockSession(m, input.sessionId);
      const now = this.clock.now();
      if (session.startsAt.getTime() <= now.getTime()) throw CourseErrors.sessionPast();
      const [{ mine, holding, approval }] = await m.query<{ mine: number; holding: number; approval: boolean }[]>(
        `select count(*) filter (where person_id = $2 and status in ${ACTIVE})::int as mine,
                count(*) filter (where status in ${HOLDING})::int as holding,
                (select requires_manager_approval from course where id = $3) as approval
         from course_application where session_id = $1`,
        [session.id, actor.id, session.courseId],
      );
      if (mine > 0) throw CourseErrors.alreadyApplied();
      let status: ApplicationStatusName = 'APPLIED';
      let charge: { band: CourseApplicationEntity['chargeBand']; pence: number | null } = { band: null, pence: null };
      const expiresAt = approval ? approvalLinkExpiry(now, session.startsAt, MANAGER_APPROVAL_DAYS) : null;
      if (approval) {
        status = 'AWAITING_MANAGER';
      } else if (session.shortlistedAt) {
        if (holding >= session.capacity) throw CourseErrors.sessionFull();
        status = 'CONFIRMED';
        charge = await this.charges.forPlace(m, me.organisation_id, session);
      }
      const rows = await m.query<{ id: string }[]>(
        `insert into course_application (session_id, person_id, organisation_id, locality, manager_name, manager_email,
           status, applied_at, decided_at, charge_band, charge_pence, manager_token_hash, manager_token_expires_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
        [
          session.id,
          actor.id,
          me.organisation_id,
          input.locality || null,
          managerName,
          managerEmail,
          status,
          now,
          status === 'CONFIRMED' ? now : null,
          charge.band,
          charge.pence,
          expiresAt ? approvalTokenHash(token) : null,
          expiresAt,
        ],
      );
      return { id: rows[0].id, expiresAt };
    }).catch((error: unknown) => {
      // The unique index is the last guard against a duplicate; the lock means it is rarely reached.
      if (isUniqueViolation(error, 'course_application_person_active_key')) throw CourseErrors.alreadyApplied();
      throw error;
    });
    if (made.expiresAt) await this.mail.approvalRequest(made.id, token, made.expiresAt);
    return { row: await this.row(made.id) };
  }

  /**
   * Withdraws an application (no place yet), declines an offer, or gives up a place, as the
   * applicant or a lead. A place given up after the free cancellation deadline keeps its
   * charge; a place freed before the session is offered to the first on the waiting list,
   * who is emailed the offer and its deadline. Someone else's application answers
   * NOT_FOUND, exactly like one that does not exist.
   */
  async cancel(ctx: RequestContext, applicationId: string): Promise<BookingChange> {
    const actor = ctx.actor;
    if (!actor) throw unauthenticated();
    if (!isUuid(applicationId)) throw CourseErrors.applicationNotFound();
    const [owner] = await this.dataSource.query<{ session_id: string; person_id: string }[]>(
      `select session_id, person_id from course_application where id = $1`,
      [applicationId],
    );
    if (!owner || (owner.person_id !== actor.id && !canManageProgramme(ctx))) {
      throw CourseErrors.applicationNotFound();
    }
    const calendar = await this.bankHolidays.calendar();
    const offeredId = await this.inTransaction(async (m) => {
      const session = await this.lockSession(m, owner.session_id, { allowCancelled: true });
      const [current] = await m.query<{ status: ApplicationStatusName }[]>(
        `select status from course_application where id = $1`,
        [applicationId],
      );
      if (current.status === 'WITHDRAWN' || current.status === 'CANCELLED' || current.status === 'NOT_OFFERED') {
        return null;
      }
      const now = this.clock.now();
      if (current.status === 'OFFERED') {
        return this.offers.endOffer(m, session, applicationId, 'You declined the place offered.');
      }
      if (current.status !== 'CONFIRMED') {
        await m.query(
          `update course_application set status = 'WITHDRAWN', cancelled_at = $2, waiting_position = null,
             manager_token_hash = null, updated_at = $2
           where id = $1`,
          [applicationId, now],
        );
        return null;
      }
      const started = session.startsAt.getTime() <= now.getTime();
      const free = !started && isFreeCancellation(now, sessionStartDate(session.startsAt), session.nation, calendar);
      await m.query(
        `update course_application set status = 'CANCELLED', cancelled_at = $2, late_cancellation = $3,
           charge_pence = case when $3 then charge_pence else 0 end, updated_at = $2
         where id = $1`,
        [applicationId, now, !free],
      );
      if (started || session.status === 'CANCELLED') return null;
      return this.offers.offerNext(m, session, now);
    });
    if (offeredId) await this.mail.offered(offeredId);
    return { row: await this.row(applicationId) };
  }

  /** One application with its applicant and organisation. */
  async row(id: string): Promise<ApplicationRow> {
    return loadApplicationRow(this.dataSource, id);
  }

  /** Locks a session's row for the rest of the transaction (see lockSession). */
  async lockSession(
    m: EntityManager,
    sessionId: string,
    options: { allowCancelled?: boolean } = {},
  ): Promise<CourseSessionEntity> {
    return lockSession(m, sessionId, options);
  }

  private inTransaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
