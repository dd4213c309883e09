import { NATIONS, type NationName } from '@common-ground/shared';
import { CourseErrors } from '../courses.errors';
import { type CalendarDate, isCalendarDate, yearOf } from './calendar-date';

/**
 * Bank holidays per UK nation, in the shape GOV.UK publishes at https://www.gov.uk/bank-holidays.json
 * (divisions "england-and-wales", "scotland", "northern-ireland", each with events of title and
 * date), so an administrator can update the list by uploading that file as it is.
 */
export const DIVISION_OF_NATION: Record<NationName, string> = {
  ENGLAND_AND_WALES: 'england-and-wales',
  SCOTLAND: 'scotland',
  NORTHERN_IRELAND: 'northern-ireland',
};

export interface BankHoliday {
  title: string;
  date: CalendarDate;
}

/** One nation's bank holidays, and the years the list covers (a year with none listed is not known). */
export interface NationHolidays {
  dates: ReadonlySet<CalendarDate>;
  holidays: readonly BankHoliday[];
  firstYear: number;
  lastYear: number;
}

export type BankHolidayCalendar = Record<NationName, NationHolidays>;

const MAX_FILE_CHARS = 1_000_000;
const MAX_TITLE = 200;

/**
 * Reads a bank holiday file (text or already-parsed JSON) into a calendar. Every nation must
 * be present with at least one holiday; every date must be real. Throws BAD_USER_INPUT
 * (field `bankHolidays`) saying what is wrong, so a bad upload changes nothing.
 */
export function parseBankHolidays(input: unknown): BankHolidayCalendar {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_FILE_CHARS) throw CourseErrors.bankHolidaysUnreadable('it is too large');
    try {
      data = JSON.parse(input);
    } catch {
      throw CourseErrors.bankHolidaysUnreadable('it is not JSON');
    }
  }
  if (!isRecord(data)) throw CourseErrors.bankHolidaysUnreadable('it should hold one entry per nation');
  const calendar = {} as BankHolidayCalendar;
  for (const nation of NATIONS) {
    const division = DIVISION_OF_NATION[nation];
    const entry = data[division];
    if (!isRecord(entry) || !Array.isArray(entry.events)) {
      throw CourseErrors.bankHolidaysUnreadable(`"${division}" and its list of events are missing`);
    }
    if (entry.events.length === 0) throw CourseErrors.bankHolidaysUnreadable(`"${division}" lists no bank holidays`);
    const holidays: BankHoliday[] = entry.events.map((event: unknown, index: number) => {
      if (!isRecord(event) || typeof event.title !== 'string' || !isCalendarDate(event.date)) {
        throw CourseErrors.bankHolidaysUnreadable(
          `event ${index + 1} of "${division}" needs a title and a date written YYYY-MM-DD`,
        );
      }
      const title = event.title.trim();
      if (!title || title.length > MAX_TITLE) {
        throw CourseErrors.bankHolidaysUnreadable(`event ${index + 1} of "${division}" has no title or one too long`);
      }
      return { title, date: event.date };
    });
    holidays.sort((a, b) => a.date.localeCompare(b.date));
    calendar[nation] = {
      dates: new Set(holidays.map((h) => h.date)),
      holidays,
      firstYear: yearOf(holidays[0].date),
      lastYear: yearOf(holidays[holidays.length - 1].date),
    };
  }
  return calendar;
}

/** The calendar back in the file's shape, for download and for storing an admin's upload. */
export function formatBankHolidays(
  calendar: BankHolidayCalendar,
): Record<string, { division: string; events: BankHoliday[] }> {
  const out: Record<string, { division: string; events: BankHoliday[] }> = {};
  for (const nation of NATIONS) {
    const division = DIVISION_OF_NATION[nation];
    out[division] = { division, events: [...calendar[nation].holidays] };
  }
  return out;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
