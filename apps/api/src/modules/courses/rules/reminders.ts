import type { ReminderKindName } from '@common-ground/shared';

const DAY_MS = 86_400_000;

/**
 * Which reminder a confirmed delegate is due now, if any: the day-before one within 24 hours
 * of the start, the week-ahead one within seven days. A place confirmed late gets only the
 * reminders still ahead of it; nothing is due once the session has started.
 */
export function reminderDue(now: Date, startsAt: Date): ReminderKindName | null {
  const left = startsAt.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= DAY_MS) return 'ONE_DAY';
  if (left <= 7 * DAY_MS) return 'SEVEN_DAYS';
  return null;
}
