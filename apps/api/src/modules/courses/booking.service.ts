import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type ApplicationStatusName, type SectorName } from '@common-ground/shared';
import { hasRole } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { isUniqueViolation } from '../identity/identity.errors';
import { BankHolidaysService } from './bank-holidays.service';
import { ChargesService } from './charges.service';
import { CourseErrors } from './courses.errors';
import type { ApplyForSessionInput } from './dto/course.inputs';
import { CourseApplicationEntity } from './entities/course-application.entity';
import type { CourseSessionEntity } from './entities/course-session.entity';
import { sessionStartDate, isFreeCancellation } from './rules/working-days';

/** An application with what the people who may see it read beside it. */
export interface ApplicationRow {
  application: CourseApplicationEntity;
  applicantName: string;
  organisationName: string;
  sector: SectorName;
}

/** Columns of an application joined with its applicant and organisation, aliased for ApplicationRow. */
export const APPLICATION_COLUMNS = `a.id, a.session_id, a.person_id, a.organisation_id, a.locality, a.manager_name,
  a.manager_email, a.status, a.reason, a.waiting_position, a.applied_at, a.decided_at, a.cancelled_at,
  a.charge_band, a.charge_pence, a.late_cancellation, a.created_at, a.updated_at,
  p.name as applicant_name, o.name as organisation_name, o.sector as sector`;
export const APPLICATION_FROM = `course_application a join person p on p.id = a.person_id
  join organisation o on o.id = a.organisation_id`;

export interface RawApplication {
  id: string;
  session_id: string;
  person_id: string;
  organisation_id: string;
  locality: string | null;
  manager_name: string;
  manager_email: string;
  status: ApplicationStatusName;
  reason: string | null;
  waiting_position: number | null;
  applied_at: Date;
  decided_at: Date | null;
  cancelled_at: Date | null;
  charge_band: CourseApplicationEntity['chargeBand'];
  charge_pence: number | null;
  late_cancellation: boolean;
  created_at: Date;
  updated_at: Date;
  applicant_name: string;
  organisation_name: string;
  sector: SectorName;
}

export const toApplicationRow = (r: RawApplication): ApplicationRow => ({
  application: Object.assign(new CourseApplicationEntity(), {
    id: r.id,
    sessionId: r.session_id,
    personId: r.person_id,
    organisationId: r.organisation_id,
    locality: r.locality,
    managerName: r.manager_name,
    managerEmail: r.manager_email,
    status: r.status,
    reason: r.reason,
    waitingPosition: r.waiting_position,
    appliedAt: new Date(r.applied_at),
    decidedAt: r.decided_at ? new Date(r.decided_at) : null,
    cancelledAt: r.cancelled_at ? new Date(r.cancelled_at) : null,
    chargeBand: r.charge_band,
    chargePence: r.charge_pence,
    lateCancellation: r.late_cancellation,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  }),
  applicantName: r.applicant_name,
  organisationName: r.organisation_name,
  sector: r.sector,
});

const HOLDING = `('OFFERED', 'CONFIRMED')`;
const ACTIVE = `('APPLIED', 'AWAITING_MANAGER', 'OFFERED', 'CONFIRMED', 'WAITING')`;

/** Partnership leads (moderators) and admins run the programme. */
export const canManageProgramme = (ctx: RequestContext): boolean => hasRole(ctx.actor, 'MODERATOR', 'ADMIN');

/** What changed in a booking step, for the mail that follows it once committed. */
export interface BookingChange {
  row: ApplicationRow;
  /** Someone on the waiting list offered the place this step freed, if any. */
  offeredOn: ApplicationRow | null;
}

/**
 * Applying, withdrawing and giving up places. Every step that touches a session's places
 * first locks the session's row (select … for update) inside one transaction, so steps on
 * one session run one after another: places are never given beyond capacity, a person
 * never holds two applications, and a freed place is never lost. Retrying a withdrawal or
 * cancellation returns the application as it is.
 */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bankHolidays: BankHolidaysService,
    private readonly charges: ChargesService,
  ) {}

  /**
   * Applies for a session as the signed-in person. Before shortlisting the application waits
   * for it; after, it takes a free place at once. The manager's details come from the
   * profile unless given. Throws UNAUTHENTICATED, NOT_FOUND, BAD_USER_INPUT (manager) and
   * CONFLICT (applied already, session started, full or cancelled).
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

    const id = await this.inTransaction(async (m) => {
      const session = await this.lockSession(m, input.sessionId);
      const now = this.clock.now();
      if (session.startsAt.getTime() <= now.getTime()) throw CourseErrors.sessionPast();
      const [{ mine, holding }] = await m.query<{ mine: number; holding: number }[]>(
        `select count(*) filter (where person_id = $2 and status in ${ACTIVE})::int as mine,
                count(*) filter (where status in ${HOLDING})::int as holding
         from course_application where session_id = $1`,
        [session.id, actor.id],
      );
      if (mine > 0) throw CourseErrors.alreadyApplied();
      let status: ApplicationStatusName = 'APPLIED';
      let charge: { band: CourseApplicationEntity['chargeBand']; pence: number | null } = { band: null, pence: null };
      if (session.shortlistedAt) {
        if (holding >= session.capacity) throw CourseErrors.sessionFull();
        status = 'CONFIRMED';
        charge = await this.charges.forPlace(m, me.organisation_id, session);
      }
      const rows = await m.query<{ id: string }[]>(
        `insert into course_application (session_id, person_id, organisation_id, locality, manager_name, manager_email,
           status, applied_at, decided_at, charge_band, charge_pence)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
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
        ],
      );
      return rows[0].id;
    }).catch((error: unknown) => {
      // The unique index is the last guard against a duplicate; the lock means it is rarely reached.
      if (isUniqueViolation(error, 'course_application_person_active_key')) throw CourseErrors.alreadyApplied();
      throw error;
    });
    return { row: await this.row(id), offeredOn: null };
  }

  /**
   * Withdraws an application (no place yet) or gives up a place, as the applicant or a
   * lead. A place given up after the free cancellation deadline keeps its charge; a place
   * freed before the session is offered to the first on the waiting list. Someone else's
   * application answers NOT_FOUND, exactly like one that does not exist.
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
      const [current] = await m.query<
        {
          status: ApplicationStatusName;
        }[]
      >(`select status from course_application where id = $1`, [applicationId]);
      if (current.status === 'WITHDRAWN' || current.status === 'CANCELLED' || current.status === 'NOT_OFFERED') {
        return null;
      }
      const now = this.clock.now();
      if (current.status !== 'OFFERED' && current.status !== 'CONFIRMED') {
        await m.query(
          `update course_application set status = 'WITHDRAWN', cancelled_at = $2, waiting_position = null, updated_at = $2
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
      return this.offerNextWaiting(m, session, now);
    });
    const offeredOn = offeredId ? await this.row(offeredId) : null;
    return { row: await this.row(applicationId), offeredOn };
  }

  /** Offers a free place to the first on the waiting list (status OFFERED), returning who, if anyone. */
  private async offerNextWaiting(m: EntityManager, session: CourseSessionEntity, now: Date): Promise<string | null> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [rows] = await m.query<[{ id: string; organisation_id: string }[], number]>(
      `update course_application set status = 'OFFERED', decided_at = $2, updated_at = $2,
         waiting_position = null
       where id = (select id from course_application where session_id = $1 and status = 'WAITING'
                   order by waiting_position, applied_at, id limit 1)
         and (select count(*) from course_application where session_id = $1 and status in ${HOLDING}) < $3
       returning id, organisation_id`,
      [session.id, now, session.capacity],
    );
    if (!rows[0]) return null;
    const charge = await this.charges.forPlace(m, rows[0].organisation_id, session);
    await m.query(`update course_application set charge_band = $2, charge_pence = $3 where id = $1`, [
      rows[0].id,
      charge.band,
      charge.pence,
    ]);
    return rows[0].id;
  }

  /** One application with its applicant and organisation. */
  async row(id: string): Promise<ApplicationRow> {
    const rows = await this.dataSource.query<RawApplication[]>(
      `select ${APPLICATION_COLUMNS} from ${APPLICATION_FROM} where a.id = $1`,
      [id],
    );
    if (!rows[0]) throw CourseErrors.applicationNotFound();
    return toApplicationRow(rows[0]);
  }

  /**
   * Locks a session's row for the rest of the transaction: the one rule every change to its
   * places follows. Throws NOT_FOUND, and CONFLICT when it is cancelled (unless allowed).
   */
  async lockSession(
    m: EntityManager,
    sessionId: string,
    options: { allowCancelled?: boolean } = {},
  ): Promise<CourseSessionEntity> {
    if (!isUuid(sessionId)) throw CourseErrors.sessionNotFound();
    const rows = await m.query<
      {
        id: string;
        course_id: string;
        starts_at: Date;
        ends_at: Date;
        capacity: number;
        status: CourseSessionEntity['status'];
        shortlisted_at: Date | null;
        nation: CourseSessionEntity['nation'];
        locality: string;
        sequence: number;
      }[]
    >(
      `select id, course_id, starts_at, ends_at, capacity, status, shortlisted_at, nation, locality, sequence
       from course_session where id = $1 for update`,
      [sessionId],
    );
    const r = rows[0];
    if (!r) throw CourseErrors.sessionNotFound();
    if (r.status === 'CANCELLED' && !options.allowCancelled) throw CourseErrors.sessionCancelled();
    return Object.assign({} as CourseSessionEntity, {
      id: r.id,
      courseId: r.course_id,
      startsAt: new Date(r.starts_at),
      endsAt: new Date(r.ends_at),
      capacity: r.capacity,
      status: r.status,
      shortlistedAt: r.shortlisted_at ? new Date(r.shortlisted_at) : null,
      nation: r.nation,
      locality: r.locality,
      sequence: r.sequence,
    });
  }

  private inTransaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
