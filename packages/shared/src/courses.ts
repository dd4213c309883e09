/**
 * The course programme's vocabulary, shared by the API and the web app (seed 004: Norfolk's
 * course administration, allocation, cancellation and charging rules).
 */

/** The UK nations whose bank holidays decide working days; a session's venue is in one. */
export const NATIONS = ['ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND'] as const;
export type NationName = (typeof NATIONS)[number];

export const NATION_LABELS: Record<NationName, string> = {
  ENGLAND_AND_WALES: 'England and Wales',
  SCOTLAND: 'Scotland',
  NORTHERN_IRELAND: 'Northern Ireland',
};

/**
 * Where an application stands. APPLIED waits for shortlisting; AWAITING_MANAGER waits for a
 * line manager's approval first; OFFERED and CONFIRMED hold a place; WAITING is on the
 * waiting list; NOT_OFFERED was told no; WITHDRAWN (before a place) and CANCELLED (a place
 * given up) are the applicant's own choices.
 */
export const APPLICATION_STATUSES = [
  'APPLIED',
  'AWAITING_MANAGER',
  'OFFERED',
  'CONFIRMED',
  'WAITING',
  'NOT_OFFERED',
  'WITHDRAWN',
  'CANCELLED',
] as const;
export type ApplicationStatusName = (typeof APPLICATION_STATUSES)[number];

/** Statuses that hold one of a session's places. */
export const PLACE_HOLDING_STATUSES: readonly ApplicationStatusName[] = ['OFFERED', 'CONFIRMED'];

/** Statuses of an application still in play (a person has at most one per session). */
export const ACTIVE_APPLICATION_STATUSES: readonly ApplicationStatusName[] = [
  'APPLIED',
  'AWAITING_MANAGER',
  'OFFERED',
  'CONFIRMED',
  'WAITING',
];

/** Notice needed to cancel a place free of charge (seed 004 e). */
export const FREE_CANCELLATION_WORKING_DAYS = 7;

/** Shortlisting runs this many days before a session (seed 004 d: six weeks). */
export const SHORTLIST_DAYS_BEFORE = 42;

export const COURSE_LIMITS = {
  titleMax: 160,
  descriptionMax: 4000,
  outcomeMax: 300,
  outcomesMax: 12,
  targetGroupMax: 120,
  targetGroupsMax: 12,
  trainerMax: 120,
  venueMax: 200,
  joiningInstructionsMax: 2000,
  localityMax: 60,
  capacityMax: 500,
  reasonMax: 500,
} as const;

/**
 * How an organisation is charged for a place (seed 004 e): free for agencies that fund the
 * partnership; voluntary and community groups by Safer programme membership; every other
 * organisation (private, independent and profit-making) the standard charge.
 */
export const CHARGE_BANDS = ['FUNDING_PARTNER', 'VOLUNTARY_SAFER_MEMBER', 'VOLUNTARY_NON_MEMBER', 'STANDARD'] as const;
export type ChargeBandName = (typeof CHARGE_BANDS)[number];

export const CHARGE_BAND_LABELS: Record<ChargeBandName, string> = {
  FUNDING_PARTNER: 'Agencies that fund the partnership',
  VOLUNTARY_SAFER_MEMBER: 'Voluntary and community groups in the Safer programme',
  VOLUNTARY_NON_MEMBER: 'Voluntary and community groups not in the Safer programme',
  STANDARD: 'Private, independent and profit-making organisations',
};

/**
 * Hours someone on the waiting list has to accept a freed place before it goes to the next
 * person, until a partnership lead changes it (from an hour to 14 days); an offer never runs
 * past the session's start.
 */
export const DEFAULT_OFFER_ACCEPT_HOURS = 48;
export const OFFER_ACCEPT_HOURS_MIN = 1;
export const OFFER_ACCEPT_HOURS_MAX = 336;

/** Days a line manager's approval link works (never past the session's start). */
export const MANAGER_APPROVAL_DAYS = 14;

/** Course reminders go this many days before a session: a week ahead, and the day before. */
export const REMINDER_KINDS = ['SEVEN_DAYS', 'ONE_DAY'] as const;
export type ReminderKindName = (typeof REMINDER_KINDS)[number];
