import { TIME_ZONE } from './dates';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant a date and time on a clock in the UK means, whatever the
 * device's own time zone, or null when there is no such date.
 */
export function londonWallClockToDate({ year, month, day, hour, minute }: WallClock): Date | null {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(guess);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let instant = guess - londonOffsetMinutes(guess) * 60_000;
  // Near a clock change the offset at the guess can differ from the offset at the answer.
  instant = guess - londonOffsetMinutes(instant) * 60_000;
  return new Date(instant);
}
