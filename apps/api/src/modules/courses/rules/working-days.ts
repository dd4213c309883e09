import { FREE_CANCELLATION_WORKING_DAYS, NATION_LABELS, type NationName } from '@common-ground/shared';
import { CourseErrors } from '../courses.errors';
import type { BankHolidayCalendar } from './bank-holidays';
import { addDays, type CalendarDate, weekday, yearOf } from './calendar-date';
import { endOfLondonDay, londonDateOf } from './london-time';

/**
 * The seven-working-day cancellation rule exactly as PRODUCT.md "Decisions" words it: a place
 * may be cancelled free of charge until the end (23:59:59.999 Europe/London) of the 7th
 * working day before the session's start date. Working days are Monday to Friday except the
 * bank holidays of the venue's nation.
 */

/** Whether a date is a working day in a nation: a weekday that is not one of its bank holidays. */
export function isWorkingDay(date: CalendarDate, nation: NationName, calendar: BankHolidayCalendar): boolean {
  const holidays = calendar[nation];
  const year = yearOf(date);
  if (year < holidays.firstYear || year > holidays.lastYear) {
    throw CourseErrors.bankHolidaysMissing(year, NATION_LABELS[nation]);
  }
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidays.dates.has(date);
}

/**
 * The working day `count` working days before a date (the date itself never counts).
 * Throws CONFLICT when the nation's bank holidays for a year it crosses are not loaded.
 */
export function workingDaysBefore(
  date: CalendarDate,
  count: number,
  nation: NationName,
  calendar: BankHolidayCalendar,
): CalendarDate {
  let day = date;
  let found = 0;
  while (found < count) {
    day = addDays(day, -1);
    if (isWorkingDay(day, nation, calendar)) found += 1;
  }
  return day;
}

/** The last working day on which a place on a session starting on `sessionDate` may be cancelled free. */
export const lastFreeCancellationDate = (
  sessionDate: CalendarDate,
  nation: NationName,
  calendar: BankHolidayCalendar,
): CalendarDate => workingDaysBefore(sessionDate, FREE_CANCELLATION_WORKING_DAYS, nation, calendar);

/** The instant free cancellation ends: 23:59:59.999 in London on the last free day. */
export const freeCancellationDeadline = (
  sessionDate: CalendarDate,
  nation: NationName,
  calendar: BankHolidayCalendar,
): Date => endOfLondonDay(lastFreeCancellationDate(sessionDate, nation, calendar));

/** Whether cancelling at `now` is free of charge (on or before the deadline). */
export const isFreeCancellation = (
  now: Date,
  sessionDate: CalendarDate,
  nation: NationName,
  calendar: BankHolidayCalendar,
): boolean => now.getTime() <= freeCancellationDeadline(sessionDate, nation, calendar).getTime();

/** The London date of a session's start instant: the "session's start date" of the rule. */
export const sessionStartDate = (startsAt: Date): CalendarDate => londonDateOf(startsAt);
