import { LIMITS } from '@common-ground/shared';
import type { MailMessage } from '../mail/mailer.service';

const SIGN_OFF = '\n\nCommon Ground\nLearning for everyone who works with our communities';
const IGNORE = 'If you did not ask for this, you can ignore this email.';

/** The link that confirms a new account's email address. */
export function verificationEmail(to: string, name: string, link: string): MailMessage {
  return {
    to,
    subject: 'Confirm your email address for Common Ground',
    text:
      [
        `Hello ${name},`,
        '',
        'To finish setting up your Common Ground account, confirm your email address by opening this link:',
        '',
        link,
        '',
        `The link works once and stops working after ${LIMITS.verificationTokenHours} hours. If it has stopped working, sign in and we will send you a new one.`,
        '',
        `${IGNORE} Nobody can use an account with your address until it is confirmed.`,
      ].join('\n') + SIGN_OFF,
  };
}

/** The link that lets a person choose a new password. */
export function passwordResetEmail(to: string, name: string, link: string): MailMessage {
  return {
    to,
    subject: 'Reset your Common Ground password',
    text:
      [
        `Hello ${name},`,
        '',
        'Someone asked to reset the password of your Common Ground account. To choose a new password, open this link:',
        '',
        link,
        '',
        `The link works once and stops working after ${LIMITS.resetTokenMinutes} minutes. Choosing a new password signs you out everywhere else.`,
        '',
        `${IGNORE} Your password has not changed.`,
      ].join('\n') + SIGN_OFF,
  };
}

/** An admin's invitation to join, with the organisation it is for. */
export function invitationEmail(
  to: string,
  organisationName: string,
  inviterName: string | null,
  link: string,
): MailMessage {
  const who = inviterName ? `${inviterName} has` : 'You have been';
  const invited = inviterName ? `${who} invited you` : `${who} invited`;
  return {
    to,
    subject: 'You are invited to join Common Ground',
    text:
      [
        'Hello,',
        '',
        `${invited} to join Common Ground as a member of ${organisationName}. Common Ground is where staff across the partnership learn together: modules, discussions, podcasts, a glossary and the course programme.`,
        '',
        'To create your account, open this link:',
        '',
        link,
        '',
        `The invitation is for ${to} only. It works once and stops working after ${LIMITS.invitationDays} days.`,
        '',
        'If you were not expecting this, you can ignore this email.',
      ].join('\n') + SIGN_OFF,
  };
}
