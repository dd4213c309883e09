import type { DataSource, EntityManager } from 'typeorm';
import type { ApplicationStatusName, SectorName } from '@common-ground/shared';
import { isUuid } from '../../common/ids';
import { CourseErrors } from './courses.errors';
import { CourseApplicationEntity } from './entities/course-application.entity';
import type { CourseSessionEntity } from './entities/course-session.entity';

/**
 * The reads every booking step shares: an application with its applicant and organisation,
 * and the session lock. Kept apart from the services so each step's service can use them
 * without depending on another.
 */

/** An application with what the people who may see it read beside it. */
export interface ApplicationRow {
  application: CourseApplicationEntity;
  applicantName: string;
  organisationName: string;
  sector: SectorName;
}

/** Statuses that hold one of a session's places, and those still in play, as SQL lists. */
export const HOLDING = `('OFFERED', 'CONFIRMED')`;
export const ACTIVE = `('APPLIED', 'AWAITING_MANAGER', 'OFFERED', 'CONFIRMED', 'WAITING')`;

/** Columns of an application joined with its applicant and organisation, aliased for ApplicationRow. */
export const APPLICATION_COLUMNS = `a.id, a.session_id, a.person_id, a.organisation_id, a.locality, a.manager_name,
  a.manager_email, a.status, a.reason, a.waiting_position, a.applied_at, a.decided_at, a.cancelled_at,
  a.charge_band, a.charge_pence, a.late_cancellation, a.offer_expires_at, a.substitute_for_id,
  a.created_at, a.updated_at, p.name as applicant_name, o.name as organisation_name, o.sector as sector`;
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
  offer_expires_at: Date | null;
  substitute_for_id: string | null;
  created_at: Date;
  updated_at: Date;
  applicant_name: string;
  organisation_name: string;
  sector: SectorName;
}

const dateOrNull = (d: Date | null): Date | null => (d ? new Date(d) : null);

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
    decidedAt: dateOrNull(r.decided_at),
    cancelledAt: dateOrNull(r.cancelled_at),
    chargeBand: r.charge_band,
    chargePence: r.charge_pence,
    lateCancellation: r.late_cancellation,
    offerExpiresAt: dateOrNull(r.offer_expires_at),
    substituteForId: r.substitute_for_id,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  }),
  applicantName: r.applicant_name,
  organisationName: r.organisation_name,
  sector: r.sector,
});

/** One application with its applicant and organisation; NOT_FOUND when there is none. */
export async function loadApplicationRow(db: DataSource | EntityManager, id: string): Promise<ApplicationRow> {
  const rows = await db.query<RawApplication[]>(
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
export async function lockSession(
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
