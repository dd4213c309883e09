import type { MailMessage } from '../mail/mailer.service';
import { type Recipient, type SessionForMail, sessionCalendarEntry, toBoth, whenWords } from './course-emails';
import { londonDateTimeWords, londonDateWords } from './rules/london-time';

/** The booking life cycle's emails after applying: approval, offers, substitutes, reminders, cancellation. */

const SIGN_OFF = '\n\nCommon Ground course programme';
const dated = (what: string, s: SessionForMail) => `${what}: ${s.title}, ${londonDateWords(s.startsAt)}`;
const basics = (s: SessionForMail, link: string) => [
  `Course: ${s.title}`,
  `When: ${whenWords(s)}`,
  `Where: ${s.venue}`,
  '',
  `Session details: ${link}`,
];

/** To the line manager only: approve or decline from the link, no account needed. */
export function approvalRequestEmail(
  r: Recipient & { organisationName: string },
  s: SessionForMail,
  approvalLink: string,
  expiresAt: Date,
): MailMessage {
  return {
    to: r.managerEmail,
    subject: dated('Approval needed', s),
    text:
      [
        `Hello ${r.managerName},`,
        '',
        `${r.applicantName} (${r.organisationName}) has applied for a place on this course and named you as their line manager. This course needs your approval before the application counts.`,
        '',
        `Course: ${s.title}`,
        `When: ${whenWords(s)}`,
        `Where: ${s.venue}`,
        '',
        `Approve or decline here (you do not need an account): ${approvalLink}`,
        '',
        `The link works until ${londonDateTimeWords(expiresAt)} and only once. Do not forward it: anyone with it can decide.`,
      ].join('\n') + SIGN_OFF,
  };
}

/** The manager's decision, to the applicant and (as a receipt) the manager. */
export function approvalDecidedEmails(r: Recipient, s: SessionForMail, approved: boolean, link: string) {
  const outcome = approved
    ? 'Your line manager approved your application. It now goes forward for a place in the usual way.'
    : 'Your line manager did not approve your application, so it will not go forward. Talk to them if you think this is a mistake.';
  return toBoth(
    r,
    dated(approved ? 'Application approved' : 'Application not approved', s),
    [outcome, '', ...basics(s, link)],
    [
      `You ${approved ? 'approved' : 'declined'} ${r.applicantName}’s application for this course. Thank you.`,
      '',
      ...basics(s, link),
    ],
  );
}

/** A freed place offered from the waiting list, with the deadline to accept. */
export function offerEmails(r: Recipient, s: SessionForMail, link: string, expiresAt: Date): MailMessage[] {
  const until = londonDateTimeWords(expiresAt);
  return toBoth(
    r,
    dated('A place is offered to you', s),
    [
      `A place has been given up and it is offered to you, as next on the waiting list. Accept or decline it on the session page by ${until}. If you do not answer by then, it goes to the next person.`,
      '',
      ...basics(s, link),
    ],
    [
      `A place on this course is offered to ${r.applicantName}, who must accept it by ${until}. You are named as their line manager.`,
      '',
      ...basics(s, link),
    ],
  );
}

/** An offer declined or not answered in time. */
export function offerEndedEmail(r: Recipient, s: SessionForMail, link: string, lapsed: boolean): MailMessage {
  return {
    to: r.applicantEmail,
    subject: dated(lapsed ? 'Offer ended' : 'Offer declined', s),
    text:
      [
        `Hello ${r.applicantName},`,
        '',
        lapsed
          ? 'The place offered to you was not accepted in time, so it has gone to the next person on the waiting list.'
          : 'You declined the place offered to you. It has gone to the next person on the waiting list.',
        '',
        ...basics(s, link),
      ].join('\n') + SIGN_OFF,
  };
}

/** To the person whose place a substitute took: no charge for them. */
export function substitutedEmail(r: Recipient, s: SessionForMail, substituteName: string, link: string): MailMessage {
  return {
    to: r.applicantEmail,
    subject: dated('Place passed on', s),
    text:
      [
        `Hello ${r.applicantName},`,
        '',
        `${substituteName} is going in your place. Your place is cancelled with no late cancellation charge; the place keeps its usual charge to your organisation.`,
        '',
        ...basics(s, link),
      ].join('\n') + SIGN_OFF,
  };
}

/** A reminder to a confirmed delegate, with how to stop them. */
export function reminderEmail(
  r: Pick<Recipient, 'applicantName' | 'applicantEmail'>,
  s: SessionForMail,
  link: string,
  settingsLink: string,
  dayBefore: boolean,
): MailMessage {
  return {
    to: r.applicantEmail,
    subject: dated(dayBefore ? 'Tomorrow' : 'Next week', s),
    text:
      [
        `Hello ${r.applicantName},`,
        '',
        dayBefore ? 'A reminder that your course is tomorrow.' : 'A reminder that your course is a week away.',
        '',
        ...basics(s, link).slice(0, 4),
        'Joining instructions:',
        s.joiningInstructions || 'None given.',
        '',
        'If you can no longer come, cancel on the session page, or send someone from your organisation in your place, so the place is not wasted.',
        `Session details: ${link}`,
        '',
        `To stop course reminders, change your email settings: ${settingsLink}`,
      ].join('\n') + SIGN_OFF,
  };
}

/** The session is cancelled: a cancelled calendar entry (same UID, higher SEQUENCE) and no charge. */
export function sessionCancelledEmails(r: Recipient, s: SessionForMail, link: string): MailMessage[] {
  const details = [
    `Course: ${s.title}`,
    `When it was to be: ${whenWords(s)}`,
    `Where: ${s.venue}`,
    '',
    'There is no charge. Look at the programme for another date of this course.',
    `Session details: ${link}`,
    'The attached calendar entry removes the session from your calendar.',
  ];
  return toBoth(
    r,
    dated('Session cancelled', s),
    ['This session has been cancelled by the organisers. Your application or place for it has ended.', '', ...details],
    [
      `A session ${r.applicantName} applied for has been cancelled by the organisers. You are named as their line manager.`,
      '',
      ...details,
    ],
    sessionCalendarEntry(s, link, true),
  );
}
