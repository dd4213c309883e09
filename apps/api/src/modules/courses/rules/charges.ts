import type { ChargeBandName, SectorName } from '@common-ground/shared';
import type { CalendarDate } from './calendar-date';

/**
 * Charges for a place by the applicant's organisation (seed 004 e). The amounts are settings
 * that change from a date (the voluntary-sector rates are reviewed every year), so a charge
 * is always worked out from the rates in force on the session's date.
 */
export interface ChargeRate {
  band: ChargeBandName;
  /** In pence, to keep money exact. */
  amountPence: number;
  effectiveFrom: CalendarDate;
}

export interface ChargedOrganisation {
  sector: SectorName;
  fundsPartnership: boolean;
  saferProgrammeMember: boolean;
}

/** The rates the partnership starts with; admins add later rates with their own dates. */
export const STARTING_CHARGE_RATES: readonly ChargeRate[] = [
  { band: 'FUNDING_PARTNER', amountPence: 0, effectiveFrom: '2025-01-01' },
  { band: 'STANDARD', amountPence: 100_00, effectiveFrom: '2025-01-01' },
  { band: 'VOLUNTARY_SAFER_MEMBER', amountPence: 40_00, effectiveFrom: '2025-01-01' },
  { band: 'VOLUNTARY_NON_MEMBER', amountPence: 50_00, effectiveFrom: '2025-01-01' },
];

/**
 * Which band an organisation is charged in. Funding the partnership makes training free
 * whatever the sector; a voluntary or community group pays by Safer programme membership
 * (regardless of income); every other organisation pays the standard charge.
 */
export function chargeBandOf(organisation: ChargedOrganisation): ChargeBandName {
  if (organisation.fundsPartnership) return 'FUNDING_PARTNER';
  if (organisation.sector === 'VOLUNTARY_AND_COMMUNITY') {
    return organisation.saferProgrammeMember ? 'VOLUNTARY_SAFER_MEMBER' : 'VOLUNTARY_NON_MEMBER';
  }
  return 'STANDARD';
}

/**
 * The rate for a band in force on a date: the one with the latest start on or before it.
 * Returns null when no rate for the band had started by then (the charge cannot be set yet).
 */
export function rateOn(band: ChargeBandName, date: CalendarDate, rates: readonly ChargeRate[]): ChargeRate | null {
  let found: ChargeRate | null = null;
  for (const rate of rates) {
    if (rate.band !== band || rate.effectiveFrom > date) continue;
    if (!found || rate.effectiveFrom > found.effectiveFrom) found = rate;
  }
  return found;
}

/** What an organisation's member of staff is charged for a place on a session held on `date`. */
export function chargeFor(
  organisation: ChargedOrganisation,
  date: CalendarDate,
  rates: readonly ChargeRate[],
): { band: ChargeBandName; rate: ChargeRate | null } {
  const band = chargeBandOf(organisation);
  return { band, rate: rateOn(band, date, rates) };
}

/** "£40.00", "Free". */
export const chargeWords = (amountPence: number): string =>
  amountPence === 0 ? 'Free' : `£${(amountPence / 100).toFixed(2)}`;
