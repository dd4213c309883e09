import type { EntityManager } from 'typeorm';
import { HOLDING } from './application-row';
import type { ChargesService } from './charges.service';
import type { CourseSessionEntity } from './entities/course-session.entity';

/** The outcome of a manager's decision, for the page to say what happens next. */
export type ApprovalOutcome = 'APPLIED' | 'CONFIRMED' | 'WAITING' | 'NOT_OFFERED';

/**
 * Records a line manager's decision at `now` in the caller's transaction that holds the
 * session's lock, and uses up the link. Approved before shortlisting, the application waits
 * for it; after it, it takes a free place (with its charge) or joins the end of the waiting
 * list. Shared by ApprovalService and the demo seed so both decide the same way.
 */
export async function recordApproval(
  m: EntityManager,
  application: { id: string; organisationId: string },
  session: CourseSessionEntity,
  approve: boolean,
  now: Date,
  charges: ChargesService,
): Promise<ApprovalOutcome> {
  let status: ApprovalOutcome = 'APPLIED';
  let reason: string | null = null;
  let position: number | null = null;
  let charge: { band: string | null; pence: number | null } = { band: null, pence: null };
  if (!approve) {
    status = 'NOT_OFFERED';
    reason = 'Your line manager did not approve this application.';
  } else if (session.shortlistedAt) {
    const [{ holding, last }] = await m.query<{ holding: number; last: number }[]>(
      `select count(*) filter (where status in ${HOLDING})::int as holding,
              coalesce(max(waiting_position) filter (where status = 'WAITING'), 0)::int as last
       from course_application where session_id = $1`,
      [session.id],
    );
    if (holding < session.capacity) {
      status = 'CONFIRMED';
      reason = 'Approved by your line manager after shortlisting, when a place was free.';
      charge = await charges.forPlace(m, application.organisationId, session);
    } else {
      status = 'WAITING';
      position = last + 1;
      reason = 'Approved by your line manager after shortlisting, when the places were all given out.';
    }
  }
  await m.query(
    `update course_application set status = $2, reason = $3, waiting_position = $4, charge_band = $5,
       charge_pence = $6, decided_at = $8,
       manager_token_hash = null, manager_token_expires_at = null, updated_at = $7
     where id = $1`,
    [application.id, status, reason, position, charge.band, charge.pence, now, status === 'APPLIED' ? null : now],
  );
  return status;
}
