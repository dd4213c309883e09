import { LIMITS } from '@common-ground/shared';

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  // hourCycle h12, not hour12: en-GB's hour12 gives "0:05 pm" at midday.
  hourCycle: 'h12',
});

const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short' });

/** A time the GOV.UK way in UK local time: "9:41am", "12:05pm". */
export function londonTime(at: Date): string {
  return LONDON_TIME.format(at).replace(/\s/g, '').toLowerCase();
}

/**
 * When a locked-out sign-in may be tried again: the moment the oldest failure that
 * still counts towards the limit leaves the window. `limitth` is the failure at the
 * limit's position counting back from the newest.
 */
export function retryAfter(limitth: Date, windowMinutes: number = LIMITS.signInWindowMinutes): Date {
  return new Date(limitth.getTime() + windowMinutes * 60_000);
}

/** The message for a refused sign-in, naming the time to try again (and the day, if not today). */
export function lockedOutMessage(until: Date, now: Date = new Date()): string {
  const day = LONDON_DAY.format(until) === LONDON_DAY.format(now) ? '' : ' tomorrow';
  return `Too many failed attempts. Try again after ${londonTime(until)}${day}.`;
}
