import { addDays, type CalendarDate } from './calendar-date';

/**
 * The programme's rules run on Europe/London time whatever the server's own zone is
 * (PRODUCT.md "Decisions"). Intl carries the zone's rules (GMT and BST), so no date
 * library is needed and the host's TZ setting is never read.
 */
const LONDON = 'Europe/London';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function londonWallClock(instant: Date): WallClock {
  const out: Record<string, number> = {};
  for (const part of parts.formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out as unknown as WallClock;
}

/** The date in London at an instant: what a person in London would call "today". */
export function londonDateOf(instant: Date): CalendarDate {
  const { year, month, day } = londonWallClock(instant);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How far London's clocks are ahead of UTC at an instant, in milliseconds (0 in winter, 1 hour in summer). */
function londonOffsetMs(instant: Date): number {
  const w = londonWallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a London wall-clock time happens. London's clocks change at 01:00 UTC, so
 * times near midnight are never skipped or repeated and one correction is exact.
 */
export function londonInstant(date: CalendarDate, hour = 0, minute = 0): Date {
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wall - londonOffsetMs(new Date(wall));
  return new Date(wall - londonOffsetMs(new Date(guess)));
}

/** The last millisecond of a date in London (23:59:59.999 Europe/London). */
export const endOfLondonDay = (date: CalendarDate): Date => new Date(londonInstant(addDays(date, 1)).getTime() - 1);

const dateWords = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A London time in GOV.UK style: "10:15am", "9am", "midday". */
export function londonTimeWords(instant: Date): string {
  const w = londonWallClock(instant);
  if (w.hour === 12 && w.minute === 0) return 'midday';
  if (w.hour === 0 && w.minute === 0) return 'midnight';
  const hour = w.hour % 12 === 0 ? 12 : w.hour % 12;
  const suffix = w.hour < 12 ? 'am' : 'pm';
  return w.minute === 0 ? `${hour}${suffix}` : `${hour}:${String(w.minute).padStart(2, '0')}${suffix}`;
}

/** A London date in GOV.UK style: "Tuesday 16 June 2026". */
export const londonDateWords = (instant: Date): string => dateWords.format(instant).replace(',', '');

/** "Tuesday 16 June 2026 at 10:15am", London time. */
export const londonDateTimeWords = (instant: Date): string =>
  `${londonDateWords(instant)} at ${londonTimeWords(instant)}`;
