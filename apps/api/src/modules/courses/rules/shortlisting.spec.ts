import type { SectorName } from '@common-ground/shared';
import { type ShortlistApplicant, type ShortlistDecision, shortlist } from './shortlisting';

let clock = Date.parse('2026-05-01T08:00:00Z');
/** An applicant; each one made applies a minute after the one before unless `at` says otherwise. */
function applicant(
  id: string,
  organisation: string,
  sector: SectorName,
  locality: string | null = 'Saltmarsh',
  at?: string,
): ShortlistApplicant {
  clock += 60_000;
  return {
    applicationId: id,
    organisationId: `org-${organisation}`,
    organisationName: organisation,
    sector,
    locality,
    appliedAt: at ? new Date(at) : new Date(clock),
  };
}

const offered = (decisions: ShortlistDecision[]) =>
  decisions.filter((d) => d.outcome === 'OFFERED').map((d) => d.applicationId);
const waiting = (decisions: ShortlistDecision[]) =>
  decisions.filter((d) => d.outcome === 'WAITING').map((d) => d.applicationId);
const reasonOf = (decisions: ShortlistDecision[], id: string) => decisions.find((d) => d.applicationId === id)?.reason;

describe('shortlisting', () => {
  it('is not first come, first served: it spreads places over as many sectors and organisations as possible', () => {
    const applicants = [
      applicant('council-1', 'Fenmouth Council', 'STATUTORY'),
      applicant('council-2', 'Fenmouth Council', 'STATUTORY'),
      applicant('council-3', 'Fenmouth Council', 'STATUTORY'),
      applicant('county-1', 'Westfen County', 'STATUTORY'),
      applicant('nhs-1', 'Marsh NHS Trust', 'HEALTH'),
      applicant('police-1', 'Westfen Police', 'POLICE'),
      applicant('charity-1', 'Harbour Trust', 'VOLUNTARY_AND_COMMUNITY'),
    ];
    const decisions = shortlist({ places: 5, sessionLocality: 'Saltmarsh', applicants });
    // Four sectors first (earliest of each), then the second statutory organisation.
    expect(offered(decisions)).toEqual(['council-1', 'nhs-1', 'police-1', 'charity-1', 'county-1']);
    expect(waiting(decisions)).toEqual(['council-2', 'council-3']);
    expect(decisions.map((d) => d.waitingPosition)).toEqual([null, null, null, null, null, 1, 2]);
    expect(reasonOf(decisions, 'nhs-1')).toBe(
      'Offered a place as the first applicant from the health sector (Marsh NHS Trust). Works in Saltmarsh, where the session is held.',
    );
    expect(reasonOf(decisions, 'county-1')).toBe(
      'Offered a place as the first applicant from Westfen County; the statutory sector already had a place. Works in Saltmarsh, where the session is held.',
    );
    expect(reasonOf(decisions, 'council-2')).toBe(
      'On the waiting list at number 1. The places went to applicants from organisations not yet on the session, and Fenmouth Council already had a place. If a place is given up, it is offered to the next person on the list.',
    );
  });

  it('prefers applicants from the session’s locality among those who would add the same, before application time', () => {
    const applicants = [
      applicant('early-away', 'Harbour Trust', 'VOLUNTARY_AND_COMMUNITY', 'Northfen'),
      applicant('later-local', 'Fen Food Bank', 'VOLUNTARY_AND_COMMUNITY', ' saltmarsh '),
      applicant('no-locality', 'Marsh Advice', 'VOLUNTARY_AND_COMMUNITY', null),
    ];
    const decisions = shortlist({ places: 1, sessionLocality: 'Saltmarsh', applicants });
    expect(offered(decisions)).toEqual(['later-local']);
    // The waiting list keeps the same rule: neither is local, so the earlier applicant is first.
    expect(waiting(decisions)).toEqual(['early-away', 'no-locality']);
    expect(reasonOf(decisions, 'early-away')).toContain(
      'The last places went to applicants in the same position who work in Saltmarsh, where the session is held.',
    );
  });

  it('never lets locality outweigh the mix: a new sector from elsewhere beats a local from a sector already present', () => {
    const applicants = [
      applicant('council-local', 'Fenmouth Council', 'STATUTORY', 'Saltmarsh'),
      applicant('council-local-2', 'Westfen County', 'STATUTORY', 'Saltmarsh'),
      applicant('school-away', 'Saltings Academy', 'EDUCATION', 'Northfen'),
    ];
    const decisions = shortlist({ places: 2, sessionLocality: 'Saltmarsh', applicants });
    expect(offered(decisions)).toEqual(['council-local', 'school-away']);
    expect(reasonOf(decisions, 'council-local-2')).toContain(
      'The places went to the first applicants from each sector, and the statutory sector already had a place.',
    );
  });

  it('breaks ties by application time and says so, then by id so the outcome never varies', () => {
    const applicants = [
      applicant('b-later', 'Fenmouth Council', 'STATUTORY', 'Saltmarsh', '2026-05-02T09:00:00Z'),
      applicant('a-earlier', 'Fenmouth Council', 'STATUTORY', 'Saltmarsh', '2026-05-02T08:15:00Z'),
      applicant('c-same-time', 'Fenmouth Council', 'STATUTORY', 'Saltmarsh', '2026-05-02T08:15:00Z'),
    ];
    const decisions = shortlist({ places: 1, sessionLocality: 'Saltmarsh', applicants });
    expect(offered(decisions)).toEqual(['a-earlier']);
    expect(waiting(decisions)).toEqual(['c-same-time', 'b-later']);
    expect(reasonOf(decisions, 'a-earlier')).toContain(
      'Applied earlier (Saturday 2 May 2026 at 9:15am) than others in the same position.',
    );
    expect(reasonOf(decisions, 'b-later')).toContain(
      'who applied earlier (this application was made Saturday 2 May 2026 at 10am)',
    );
    // Same input in another order: same answer.
    expect(shortlist({ places: 1, sessionLocality: 'Saltmarsh', applicants: [...applicants].reverse() })).toEqual(
      decisions,
    );
  });

  it('counts those already holding places, and offers everyone when there is room', () => {
    const applicants = [
      applicant('police-2', 'Westfen Police', 'POLICE'),
      applicant('council-9', 'Fenmouth Council', 'STATUTORY'),
    ];
    const decisions = shortlist({
      places: 1,
      sessionLocality: 'Saltmarsh',
      applicants,
      placed: [{ organisationId: 'org-Westfen Police', sector: 'POLICE' }],
    });
    expect(offered(decisions)).toEqual(['council-9']);
    const roomy = shortlist({ places: 10, sessionLocality: 'Saltmarsh', applicants });
    expect(waiting(roomy)).toEqual([]);
    expect(reasonOf(roomy, 'council-9')).toContain('first applicant from the statutory sector');
    const more = shortlist({
      places: 10,
      sessionLocality: 'Saltmarsh',
      applicants: [...applicants, applicant('police-3', 'Westfen Police', 'POLICE')],
    });
    expect(reasonOf(more, 'police-3')).toContain(
      'every organisation that applied already had a place, and places were still free. Westfen Police now has more than one.',
    );
  });

  it('puts everyone on the waiting list, in rule order, when no places are free', () => {
    const applicants = [applicant('x', 'Fenmouth Council', 'STATUTORY'), applicant('y', 'Marsh NHS Trust', 'HEALTH')];
    const decisions = shortlist({ places: 0, sessionLocality: 'Saltmarsh', applicants });
    expect(waiting(decisions)).toEqual(['x', 'y']);
    expect(reasonOf(decisions, 'x')).toBe('On the waiting list at number 1. There were no places free to offer.');
  });

  it('shortlists 300 applicants well within a second', () => {
    const sectors: SectorName[] = ['STATUTORY', 'HEALTH', 'POLICE', 'EDUCATION', 'VOLUNTARY_AND_COMMUNITY', 'PRIVATE'];
    const many = Array.from({ length: 300 }, (_, i) =>
      applicant(`p${i}`, `Org ${i % 40}`, sectors[i % 6], i % 3 === 0 ? 'Saltmarsh' : 'Northfen'),
    );
    const started = performance.now();
    const decisions = shortlist({ places: 20, sessionLocality: 'Saltmarsh', applicants: many });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(offered(decisions)).toHaveLength(20);
    expect(new Set(decisions.map((d) => d.applicationId)).size).toBe(300);
    // 20 places over 40 organisations: every place goes to a different organisation, all six sectors present.
    const chosen = many.filter((a) => offered(decisions).includes(a.applicationId));
    expect(new Set(chosen.map((a) => a.organisationId)).size).toBe(20);
    expect(new Set(chosen.map((a) => a.sector)).size).toBe(6);
  });
});
