const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * When a freed place offered to someone on the waiting list lapses: `hours` from now, but
 * never after the session starts (a place nobody can accept in time is no use to anyone).
 * Null when the session has already started, so nothing should be offered.
 */
export function offerDeadline(now: Date, startsAt: Date, hours: number): Date | null {
  if (startsAt.getTime() <= now.getTime()) return null;
  return new Date(Math.min(now.getTime() + hours * HOUR_MS, startsAt.getTime()));
}

/** When a line manager's approval link stops working: `days` from now, never after the session starts. */
export function approvalLinkExpiry(now: Date, startsAt: Date, days: number): Date {
  return new Date(Math.min(now.getTime() + days * DAY_MS, startsAt.getTime()));
}
