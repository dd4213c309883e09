import { SECTOR_LABELS, type SectorName } from '@common-ground/shared';
import { londonDateTimeWords } from './london-time';

/**
 * Shortlisting (seed 004 d): places are not first come, first served. The places go so that
 * as many sectors, then as many organisations, as possible are in the room; among applicants
 * who would add the same, those who work in the session's locality come first; then whoever
 * applied first. Everyone else waits in the order the same rule would have offered them a
 * place. Each applicant gets the reason in words a lead can read out.
 */
export interface ShortlistApplicant {
  applicationId: string;
  organisationId: string;
  organisationName: string;
  sector: SectorName;
  /** Where the applicant works, as they told us when applying; null when they did not say. */
  locality: string | null;
  appliedAt: Date;
}

export interface ShortlistInput {
  /** Places free to give out. */
  places: number;
  sessionLocality: string;
  applicants: readonly ShortlistApplicant[];
  /** People who already hold places (e.g. from an earlier run): their organisations and sectors count as present. */
  placed?: readonly Pick<ShortlistApplicant, 'organisationId' | 'sector'>[];
}

export type ShortlistOutcome = 'OFFERED' | 'WAITING';

export interface ShortlistDecision {
  applicationId: string;
  outcome: ShortlistOutcome;
  /** 1 for the first on the waiting list; null for those offered a place. */
  waitingPosition: number | null;
  reason: string;
}

/** What choosing an applicant next would add, compared field by field (higher first). */
interface Standing {
  newSector: boolean;
  newOrganisation: boolean;
  local: boolean;
}

const sameLocality = (a: string | null, b: string): boolean =>
  a !== null && a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

const sectorWords = (sector: SectorName): string => `the ${SECTOR_LABELS[sector].toLocaleLowerCase('en-GB')} sector`;

/** Where two standings first differ, or 'TIME' when they are equal (application time decides). */
type Difference = 'SECTOR' | 'ORGANISATION' | 'LOCALITY' | 'TIME';
function firstDifference(a: Standing, b: Standing): Difference {
  if (a.newSector !== b.newSector) return 'SECTOR';
  if (a.newOrganisation !== b.newOrganisation) return 'ORGANISATION';
  if (a.local !== b.local) return 'LOCALITY';
  return 'TIME';
}

/** Negative when `a` should be chosen before `b`. */
function compare(a: ShortlistApplicant, sa: Standing, b: ShortlistApplicant, sb: Standing): number {
  return (
    Number(sb.newSector) - Number(sa.newSector) ||
    Number(sb.newOrganisation) - Number(sa.newOrganisation) ||
    Number(sb.local) - Number(sa.local) ||
    a.appliedAt.getTime() - b.appliedAt.getTime() ||
    (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0)
  );
}

/**
 * Decides every applicant's outcome. Pure and deterministic: the same applicants always give
 * the same places, reasons and waiting order. Runs in O(n²) over applicants, well within a
 * second for the few hundred a session receives.
 */
export function shortlist(input: ShortlistInput): ShortlistDecision[] {
  const sectors = new Set<SectorName>((input.placed ?? []).map((p) => p.sector));
  const organisations = new Set<string>((input.placed ?? []).map((p) => p.organisationId));
  const standingOf = (a: ShortlistApplicant): Standing => ({
    newSector: !sectors.has(a.sector),
    newOrganisation: !organisations.has(a.organisationId),
    local: sameLocality(a.locality, input.sessionLocality),
  });

  const remaining = [...input.applicants];
  const decisions: ShortlistDecision[] = [];
  let places = Math.max(0, input.places);
  let lastOffered: { applicant: ShortlistApplicant; standing: Standing } | null = null;
  /** Each waiting applicant's standing at the moment the last place was given. */
  const standingAtLastPlace = new Map<string, Standing>();
  /** For each offered applicant, those who would have added the same when they were chosen. */
  const tiedWith = new Map<string, Set<string>>();

  while (remaining.length > 0) {
    const standings = remaining.map(standingOf);
    let best = 0;
    for (let i = 1; i < remaining.length; i += 1) {
      if (compare(remaining[i], standings[i], remaining[best], standings[best]) < 0) best = i;
    }
    const chosen = remaining[best];
    const standing = standings[best];
    if (places > 0) {
      const tied = remaining.filter((_, i) => i !== best && firstDifference(standing, standings[i]) === 'TIME');
      tiedWith.set(chosen.applicationId, new Set(tied.map((t) => t.applicationId)));
      decisions.push({
        applicationId: chosen.applicationId,
        outcome: 'OFFERED',
        waitingPosition: null,
        reason: offeredReason(chosen, standing, input.sessionLocality),
      });
      places -= 1;
      lastOffered = { applicant: chosen, standing };
      if (places === 0) {
        remaining.forEach((a, i) => {
          if (i !== best) standingAtLastPlace.set(a.applicationId, standings[i]);
        });
      }
    } else {
      const position = decisions.filter((d) => d.outcome === 'WAITING').length + 1;
      decisions.push({
        applicationId: chosen.applicationId,
        outcome: 'WAITING',
        waitingPosition: position,
        reason: waitingReason(chosen, position, lastOffered, standingAtLastPlace.get(chosen.applicationId), input),
      });
    }
    sectors.add(chosen.sector);
    organisations.add(chosen.organisationId);
    remaining.splice(best, 1);
  }
  // Application time is worth mentioning only where it cost someone equal a place.
  const waitingIds = new Set(decisions.filter((d) => d.outcome === 'WAITING').map((d) => d.applicationId));
  const byId = new Map(input.applicants.map((a) => [a.applicationId, a]));
  for (const decision of decisions) {
    const tied = tiedWith.get(decision.applicationId);
    if (tied && [...tied].some((id) => waitingIds.has(id))) {
      const appliedAt = byId.get(decision.applicationId)?.appliedAt ?? new Date(0);
      decision.reason += ` Applied earlier (${londonDateTimeWords(appliedAt)}) than others in the same position.`;
    }
  }
  return decisions;
}

function offeredReason(a: ShortlistApplicant, s: Standing, locality: string): string {
  const parts: string[] = [];
  if (s.newSector)
    parts.push(`Offered a place as the first applicant from ${sectorWords(a.sector)} (${a.organisationName}).`);
  else if (s.newOrganisation)
    parts.push(
      `Offered a place as the first applicant from ${a.organisationName}; ${sectorWords(a.sector)} already had a place.`,
    );
  else
    parts.push(
      `Offered a place: every organisation that applied already had a place, and places were still free. ${a.organisationName} now has more than one.`,
    );
  if (s.local) parts.push(`Works in ${locality}, where the session is held.`);
  return parts.join(' ');
}

function waitingReason(
  a: ShortlistApplicant,
  position: number,
  lastOffered: { applicant: ShortlistApplicant; standing: Standing } | null,
  atLastPlace: Standing | undefined,
  input: ShortlistInput,
): string {
  const head = `On the waiting list at number ${position}.`;
  if (!lastOffered || !atLastPlace) return `${head} There were no places free to offer.`;
  let why: string;
  switch (firstDifference(lastOffered.standing, atLastPlace)) {
    case 'SECTOR':
      why = `The places went to the first applicants from each sector, and ${sectorWords(a.sector)} already had a place.`;
      break;
    case 'ORGANISATION':
      why = `The places went to applicants from organisations not yet on the session, and ${a.organisationName} already had a place.`;
      break;
    case 'LOCALITY':
      why = `The last places went to applicants in the same position who work in ${input.sessionLocality}, where the session is held.`;
      break;
    case 'TIME':
      why = `The last places went to applicants in the same position who applied earlier (this application was made ${londonDateTimeWords(a.appliedAt)}).`;
      break;
  }
  return `${head} ${why} If a place is given up, it is offered to the next person on the list.`;
}
