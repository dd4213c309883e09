import { z } from 'zod';

/**
 * Shared zod rules with GOV.UK-style messages that say how to fix the
 * problem. The API checks the same rules again; these save a round trip.
 */
export const MIN_PASSWORD_LENGTH = 12;

export function requiredText(message: string) {
  return z.string().trim().min(1, message);
}

export function emailAddress(emptyMessage = 'Enter your email address') {
  return z
    .string()
    .trim()
    .min(1, emptyMessage)
    .pipe(z.email('Enter an email address in the correct format, like name@example.org'));
}

export function optionalEmailAddress() {
  return z
    .string()
    .trim()
    .refine(
      (value) => value === '' || z.email().safeParse(value).success,
      'Enter an email address in the correct format, like name@example.org',
    );
}

export function newPassword(emptyMessage = 'Enter a password') {
  return z
    .string()
    .min(1, emptyMessage)
    .min(MIN_PASSWORD_LENGTH, `Password must be ${MIN_PASSWORD_LENGTH} characters or more`);
}
