import type { EntityManager } from 'typeorm';
import { HOLDING } from './application-row';
import type { ChargesService } from './charges.service';
import type { CourseSessionEntity } from './entities/course-session.entity';
import { offerDeadline } from './rules/offer-deadline';

/**
 * Offers a free place to the first on the waiting list at `now` (status OFFERED, with its
 * deadline `hours` ahead, never past the start, and the charge for their organisation), in
 * the caller's transaction that holds the session's lock. Shared by OffersService and the demo
 * seed so both move a place the same way. Returns who was offered it, if anyone.
 */
export async function offerToFirstWaiting(
  m: EntityManager,
  session: CourseSessionEntity,
  now: Date,
  hours: number,
  charges: ChargesService,
): Promise<string | null> {
  const expiresAt = offerDeadline(now, session.startsAt, hours);
  if (!expiresAt) return null;
  // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
  const [rows] = await m.query<[{ id: string; organisation_id: string }[], number]>(
    `update course_application set status = 'OFFERED', decided_at = $2, updated_at = $2,
       waiting_position = null, offer_expires_at = $4
     where id = (select id from course_application where session_id = $1 and status = 'WAITING'
                 order by waiting_position, applied_at, id limit 1)
       and (select count(*) from course_application where session_id = $1 and status in ${HOLDING}) < $3
     returning id, organisation_id`,
    [session.id, now, session.capacity, expiresAt],
  );
  if (!rows[0]) return null;
  const charge = await charges.forPlace(m, rows[0].organisation_id, session);
  await m.query(`update course_application set charge_band = $2, charge_pence = $3 where id = $1`, [
    rows[0].id,
    charge.band,
    charge.pence,
  ]);
  return rows[0].id;
}
