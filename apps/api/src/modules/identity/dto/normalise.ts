import { Transform } from 'class-transformer';

/** Trims surrounding spaces from a string input before it is validated. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Email addresses are compared and stored trimmed and lower-case. */
export const NormaliseEmail = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseEmail(value) : value));

/** Trimmed, lower-case email address. */
export const normaliseEmail = (value: string): string => value.trim().toLowerCase();

export const EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.org';
