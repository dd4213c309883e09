/**
 * Dates without a time of day ("2026-06-16"), as the programme's rules use them: a session's
 * date, a bank holiday, a working day. They are counted as whole days through UTC arithmetic,
 * so the host's time zone can never shift one by a day.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real date written YYYY-MM-DD (no 30 February). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The calendar date of a day number. */
export function fromDayNumber(days: number): CalendarDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` later (or earlier, when negative). */
export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(dayNumber(date) + days);

/** 0 for Sunday to 6 for Saturday, as Date#getDay counts. */
export const weekday = (date: CalendarDate): number => new Date(dayNumber(date) * DAY_MS).getUTCDay();

/** The year of a calendar date. */
export const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4));
