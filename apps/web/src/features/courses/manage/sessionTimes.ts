import { TIME_ZONE } from '../../../lib/dates';
import type { FieldErrors } from '../../../lib/errors';
import { londonWallClockToDate } from '../../../lib/londonTime';

export type Parts = Record<string, string>;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as the boxes show it in UK time: the date's day, month, year and the time's hour, minute. */
export function toParts(value: string | Date): { date: Parts; time: Parts } {
  const p = Object.fromEntries(
    wallClock.formatToParts(typeof value === 'string' ? new Date(value) : value).map((x) => [x.type, x.value]),
  );
  return {
    date: { day: String(Number(p.day)), month: String(Number(p.month)), year: p.year ?? '' },
    time: { hour: p.hour ?? '', minute: p.minute ?? '' },
  };
}

const numbers = (parts: Parts, names: string[]): string[] => names.map((n) => (parts[n] ?? '').trim());

function readTime(time: Parts, what: string): { hour: number; minute: number } | string {
  const [hour, minute] = numbers(time, ['hour', 'minute']);
  if (!hour && !minute) return `Enter the time the session ${what}`;
  if (!hour || !minute) return `The time the session ${what} must include an hour and minute`;
  if (!/^\d{1,2}$/.test(hour) || !/^\d{1,2}$/.test(minute) || Number(hour) > 23 || Number(minute) > 59) {
    return 'Enter a real time in 24-hour clock, like 09 30 or 14 00';
  }
  return { hour: Number(hour), minute: Number(minute) };
}

/**
 * A session's date and its start and end times (UK time, the same day) as instants, or
 * what is wrong with them under the field they belong to: `startsAt` (the date),
 * `startTime`, `endsAt` (the end time).
 */
export function readSessionTimes(
  date: Parts,
  start: Parts,
  end: Parts,
): { startsAt: Date; endsAt: Date } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const [day, month, year] = numbers(date, ['day', 'month', 'year']);
  let ymd: { year: number; month: number; day: number } | null = null;
  if (!day && !month && !year) errors.startsAt = 'Enter the date of the session';
  else if (!day || !month || !year) errors.startsAt = 'The date must include a day, month and year';
  else if (![day, month, year].every((n) => /^\d+$/.test(n))) errors.startsAt = 'Enter the date using numbers only';
  else if (year.length !== 4) errors.startsAt = 'Year must include 4 numbers';
  else ymd = { year: Number(year), month: Number(month), day: Number(day) };
  const from = readTime(start, 'starts');
  const to = readTime(end, 'ends');
  if (typeof from === 'string') errors.startTime = from;
  if (typeof to === 'string') errors.endsAt = to;
  if (!ymd || typeof from === 'string' || typeof to === 'string') return { errors };
  const startsAt = londonWallClockToDate({ ...ymd, ...from });
  const endsAt = londonWallClockToDate({ ...ymd, ...to });
  if (!startsAt || !endsAt) return { errors: { startsAt: 'Enter a real date' } };
  if (endsAt.getTime() <= startsAt.getTime()) return { errors: { endsAt: 'The session must end after it starts' } };
  return { startsAt, endsAt };
}
