import { LIMITS } from '@common-ground/shared';

/**
 * Passwords so common that attackers try them first. Compared after lower-casing and
 * removing spaces, so "Password 1234" is caught too. Deliberately short: length does
 * most of the work, this list stops the obvious choices that pass the length rule.
 */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'qwertyuiopasdf',
  'qwertyuiop123',
  'qwerty123456',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'letmein12345',
  'iloveyou1234',
  'welcome12345',
  'welcome123456',
  'changeme1234',
  'administrator',
  'administrator1',
  'abcdefghijkl',
  'abcdefghijklm',
  'abc123abc123',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qazwsxedcrfv',
  'trustno1trustno1',
  'football1234',
  'monkey123456',
  'sunshine1234',
  'princess1234',
  'dragon123456',
  'baseball1234',
  'superman1234',
  'commonground',
  'commonground1',
  'commonground123',
]);

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

const squash = (value: string): string => value.toLowerCase().replace(/\s+/g, '');

/**
 * Checks a new password against the product's rules: 12 to 200 characters, not one
 * character repeated, not the person's email address (or the part before the @) or
 * name, and not a very common password. Returns the reason a person can act on, or
 * null when the password is acceptable. Pure: the callers turn a reason into
 * BAD_USER_INPUT on the `password` field.
 */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = [...password].length;
  if (length < LIMITS.passwordMinLength) {
    return `Your password must be at least ${LIMITS.passwordMinLength} characters long`;
  }
  if (length > LIMITS.passwordMaxLength) {
    return `Your password must be ${LIMITS.passwordMaxLength} characters or fewer`;
  }
  if (new Set([...password]).size === 1) {
    return 'Your password must not be one character repeated';
  }
  const candidate = squash(password);
  const email = context.email ? squash(context.email) : '';
  const localPart = email.split('@')[0] ?? '';
  if (email && (candidate === email || candidate === localPart)) {
    return 'Your password must not be your email address';
  }
  const name = context.name ? squash(context.name) : '';
  if (name && candidate === name) {
    return 'Your password must not be your name';
  }
  if (COMMON_PASSWORDS.has(candidate)) {
    return 'Your password is too common and easy to guess. Try three or four random words together';
  }
  return null;
}
