/**
 * Dates and times in GOV.UK style ("Tuesday 16 June 2026", "9am", "12:30pm",
 * "midday"), always in UK time, so a session at 9am reads 9am whatever the
 * reader's device clock says.
 */
export const TIME_ZONE = 'Europe/London';

const dateFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const shortDateFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const timeFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "Tuesday 16 June 2026" in UK time. */
export function formatDate(value: Date | string): string {
  return dateFormatter.format(toDate(value)).replace(',', '');
}

/** "16 June 2026" in UK time, for tables where the weekday adds clutter. */
export function formatShortDate(value: Date | string): string {
  return shortDateFormatter.format(toDate(value));
}

/** "9am", "12:30pm", "midday", "midnight" in UK time. */
export function formatTime(value: Date | string): string {
  const parts = timeFormatter.formatToParts(toDate(value));
  const hour = Number(parts.find((part) => part.type === 'hour')?.value ?? '0');
  const minute = Number(parts.find((part) => part.type === 'minute')?.value ?? '0');
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const suffix = hour < 12 ? 'am' : 'pm';
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** "Tuesday 16 June 2026 at 9am". */
export function formatDateTime(value: Date | string): string {
  return `${formatDate(value)} at ${formatTime(value)}`;
}

/** "9am to 12:30pm": a time range on one day. */
export function formatTimeRange(start: Date | string, end: Date | string): string {
  return `${formatTime(start)} to ${formatTime(end)}`;
}
