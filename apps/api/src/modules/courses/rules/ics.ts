/**
 * iCalendar (RFC 5545) text for sessions: the attachment on confirmations and the public
 * calendar feed. A session keeps one UID for life and its SEQUENCE goes up with every change
 * delegates are told about, so calendars update or cancel the entry they already hold.
 */
export interface CalendarEvent {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  url?: string;
  cancelled?: boolean;
}

/** Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** A UTC DATE-TIME, e.g. 20260616T083000Z. */
export const icsTime = (instant: Date): string =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * A whole calendar of events; METHOD:PUBLISH, which Outlook, Google and Apple calendars import,
 * or METHOD:CANCEL to withdraw entries a calendar already holds (same UID, higher SEQUENCE).
 */
export function calendar(
  name: string,
  events: readonly CalendarEvent[],
  stamp: Date,
  method: 'PUBLISH' | 'CANCEL' = 'PUBLISH',
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Common Ground//Course programme//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${icsTime(stamp)}`,
      `DTSTART:${icsTime(e.startsAt)}`,
      `DTEND:${icsTime(e.endsAt)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `LOCATION:${escapeText(e.location)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
