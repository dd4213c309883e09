import type { EntityManager } from 'typeorm';

/** A person's own line manager, as the queries that read them name the columns. */
interface WithManager {
  manager_name: string | null;
  manager_email: string | null;
}

/**
 * Passes a confirmed place to a colleague at `now`, in the caller's transaction that holds the
 * session's lock (the checks are the caller's): the substitute's application, confirmed with
 * the same charge and their own manager if they have one, and the original ended with no late
 * charge. Shared by SubstituteService and the demo seed. Returns the new application's id.
 */
export async function passPlace(
  m: EntityManager,
  applicationId: string,
  holder: WithManager,
  substitute: WithManager & { id: string; name: string },
  now: Date,
): Promise<string> {
  const own = substitute.manager_email && substitute.manager_name;
  const [made] = await m.query<{ id: string }[]>(
    `insert into course_application (session_id, person_id, organisation_id, locality, manager_name, manager_email,
       status, reason, applied_at, decided_at, charge_band, charge_pence, substitute_for_id)
     select session_id, $2, organisation_id, locality, $3, $4, 'CONFIRMED', $5, $6, $6, charge_band, charge_pence, id
     from course_application where id = $1 returning id`,
    [
      applicationId,
      substitute.id,
      own ? substitute.manager_name : holder.manager_name,
      own ? substitute.manager_email : holder.manager_email,
      'Took the place of a colleague from the same organisation.',
      now,
    ],
  );
  await m.query(
    `update course_application set status = 'CANCELLED', cancelled_at = $2, late_cancellation = false,
       charge_pence = 0, reason = $3, updated_at = $2
     where id = $1`,
    [applicationId, now, `Place passed to ${substitute.name}.`.slice(0, 500)],
  );
  return made.id;
}
