import type { MailAttachment, MailMessage } from '../mail/mailer.service';
import { calendar } from './rules/ics';
import { londonDateTimeWords, londonDateWords, londonTimeWords } from './rules/london-time';

const SIGN_OFF = '\n\nCommon Ground course programme';

/** What every booking email says about the session. */
export interface SessionForMail {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  joiningInstructions: string;
  sequence: number;
  freeCancellationUntil: Date | null;
}

export interface Recipient {
  applicantName: string;
  applicantEmail: string;
  managerName: string;
  managerEmail: string;
}

/** "Tuesday 16 June 2026, 9:30am to 12:30pm". */
export const whenWords = (s: Pick<SessionForMail, 'startsAt' | 'endsAt'>): string =>
  `${londonDateWords(s.startsAt)}, ${londonTimeWords(s.startsAt)} to ${londonTimeWords(s.endsAt)}`;

/**
 * The session's calendar entry: one UID for life, SEQUENCE from the session. A cancelled
 * session's entry is sent with METHOD:CANCEL so calendars remove the one they hold.
 */
export function sessionCalendarEntry(s: SessionForMail, link: string, cancelled = false): MailAttachment {
  const method = cancelled ? 'CANCEL' : 'PUBLISH';
  return {
    filename: 'session.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: calendar(
      s.title,
      [
        {
          uid: `course-session-${s.id}@common-ground`,
          sequence: s.sequence,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          summary: s.title,
          location: s.venue,
          description: [s.joiningInstructions, link].filter(Boolean).join('\n\n'),
          url: link,
          cancelled,
        },
      ],
      new Date(),
      method,
    ),
  };
}

/** The applicant's and their manager's copies of one message, each addressed to its reader. */
export function toBoth(
  r: Recipient,
  subject: string,
  forApplicant: string[],
  forManager: string[],
  attachment?: MailAttachment,
): MailMessage[] {
  const attachments = attachment ? [attachment] : undefined;
  return [
    {
      to: r.applicantEmail,
      subject,
      text: [`Hello ${r.applicantName},`, '', ...forApplicant].join('\n') + SIGN_OFF,
      attachments,
    },
    {
      to: r.managerEmail,
      subject,
      text: [`Hello ${r.managerName},`, '', ...forManager].join('\n') + SIGN_OFF,
      attachments,
    },
  ];
}

/** A confirmed place: venue, joining instructions, the free cancellation deadline and a calendar entry. */
export function placeConfirmedEmails(r: Recipient, s: SessionForMail, link: string): MailMessage[] {
  const details = [
    `Course: ${s.title}`,
    `When: ${whenWords(s)}`,
    `Where: ${s.venue}`,
    '',
    'Joining instructions:',
    s.joiningInstructions || 'None given.',
    '',
    s.freeCancellationUntil
      ? `If you cannot come, cancel by ${londonDateTimeWords(s.freeCancellationUntil)} to avoid a charge. After that, a charge applies unless your organisation sends someone in your place.`
      : 'If you cannot come, cancel as early as you can so the place can be offered to someone else.',
    '',
    `Session details: ${link}`,
    'The calendar entry is attached.',
  ];
  return toBoth(
    r,
    `Place confirmed: ${s.title}, ${londonDateWords(s.startsAt)}`,
    ['You have a place on this course.', '', ...details],
    [`${r.applicantName} has a place on this course. You are named as their line manager.`, '', ...details],
    sessionCalendarEntry(s, link),
  );
}

/** Not offered a place this time: on the waiting list, with the reason shortlisting gave. */
export function waitingListEmails(r: Recipient, s: SessionForMail, reason: string, link: string): MailMessage[] {
  const details = [
    `Course: ${s.title}`,
    `When: ${whenWords(s)}`,
    '',
    `Why: ${reason}`,
    '',
    'Places are shared so that as many organisations and sectors as possible learn together, so they are not given on a first come, first served basis.',
    `Session details: ${link}`,
  ];
  return toBoth(
    r,
    `No place yet: ${s.title}, ${londonDateWords(s.startsAt)}`,
    ['You have not been offered a place on this course this time. You are on the waiting list.', '', ...details],
    [
      `${r.applicantName} has not been offered a place on this course this time and is on the waiting list. You are named as their line manager.`,
      '',
      ...details,
    ],
  );
}

/** A booked session changed: the new details and an updated calendar entry (same UID, higher SEQUENCE). */
export function sessionChangedEmails(r: Recipient, s: SessionForMail, link: string): MailMessage[] {
  const details = [
    `Course: ${s.title}`,
    `When: ${whenWords(s)}`,
    `Where: ${s.venue}`,
    '',
    'Joining instructions:',
    s.joiningInstructions || 'None given.',
    '',
    `Session details: ${link}`,
    'The attached calendar entry replaces the one you had.',
  ];
  return toBoth(
    r,
    `Session changed: ${s.title}`,
    ['The details of a session you have a place on have changed. Please check them.', '', ...details],
    [
      `The details of a session ${r.applicantName} has a place on have changed. You are named as their line manager.`,
      '',
      ...details,
    ],
    sessionCalendarEntry(s, link),
  );
}
