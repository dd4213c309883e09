import type { EntityManager } from 'typeorm';
import type { SectorName } from '@common-ground/shared';
import type { ChargesService } from './charges.service';
import type { CourseSessionEntity } from './entities/course-session.entity';
import { type ShortlistApplicant, type ShortlistDecision, shortlist } from './rules/shortlisting';

/** An applicant waiting for shortlisting, with their name for a preview. */
export interface ShortlistCandidate extends ShortlistApplicant {
  applicantName: string;
}

/**
 * The applicants waiting for shortlisting and the shortlisting rule's decision for each,
 * counting the places already held, in the caller's transaction that holds the session's lock.
 */
export async function shortlistDecisions(
  m: EntityManager,
  session: CourseSessionEntity,
): Promise<{ applicants: ShortlistCandidate[]; decisions: ShortlistDecision[] }> {
  const rows = await m.query<
    {
      id: string;
      status: string;
      organisation_id: string;
      organisation_name: string;
      sector: SectorName;
      locality: string | null;
      applied_at: Date;
      applicant_name: string;
    }[]
  >(
    `select a.id, a.status, a.organisation_id, o.name as organisation_name, o.sector, a.locality, a.applied_at,
            p.name as applicant_name
     from course_application a join organisation o on o.id = a.organisation_id join person p on p.id = a.person_id
     where a.session_id = $1 and a.status in ('APPLIED', 'OFFERED', 'CONFIRMED')`,
    [session.id],
  );
  const placed = rows
    .filter((r) => r.status !== 'APPLIED')
    .map((r) => ({ organisationId: r.organisation_id, sector: r.sector }));
  const applicants: ShortlistCandidate[] = rows
    .filter((r) => r.status === 'APPLIED')
    .map((r) => ({
      applicationId: r.id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      sector: r.sector,
      locality: r.locality,
      appliedAt: new Date(r.applied_at),
      applicantName: r.applicant_name,
    }));
  const decisions = shortlist({
    places: session.capacity - placed.length,
    sessionLocality: session.locality,
    applicants,
    placed,
  });
  return { applicants, decisions };
}

/**
 * Shortlists a session at `now` in the caller's transaction that holds its lock (the caller
 * checks it is not already shortlisted): each applicant confirmed with their charge or put on
 * the waiting list, with the reason, and the session marked shortlisted. Shared by
 * ShortlistingService and the demo seed. Returns the decisions, for the caller's mail.
 */
export async function shortlistSession(
  m: EntityManager,
  session: CourseSessionEntity,
  now: Date,
  charges: ChargesService,
): Promise<ShortlistDecision[]> {
  const { applicants, decisions } = await shortlistDecisions(m, session);
  const offeredOrgs = decisions
    .filter((d) => d.outcome === 'OFFERED')
    .map((d) => applicants.find((a) => a.applicationId === d.applicationId)?.organisationId ?? '');
  const chargeOf = await charges.forOrganisations(m, offeredOrgs, session);
  const orgOf = new Map(applicants.map((a) => [a.applicationId, a.organisationId]));
  const charge = (d: ShortlistDecision) =>
    d.outcome === 'OFFERED' ? chargeOf.get(orgOf.get(d.applicationId) ?? '') : undefined;
  if (decisions.length > 0) {
    await m.query(
      `update course_application a
       set status = d.status, reason = d.reason, waiting_position = d.position, decided_at = $7,
           charge_band = d.band, charge_pence = d.pence, updated_at = $7
       from unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::int[])
         as d(id, status, reason, position, band, pence)
       where a.id = d.id`,
      [
        decisions.map((d) => d.applicationId),
        decisions.map((d) => (d.outcome === 'OFFERED' ? 'CONFIRMED' : 'WAITING')),
        decisions.map((d) => d.reason.slice(0, 500)),
        decisions.map((d) => d.waitingPosition),
        decisions.map((d) => charge(d)?.band ?? null),
        decisions.map((d) => charge(d)?.pence ?? null),
        now,
      ],
    );
  }
  await m.query(`update course_session set shortlisted_at = $2 where id = $1`, [session.id, now]);
  return decisions;
}
