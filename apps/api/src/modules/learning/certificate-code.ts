import { randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const CERTIFICATE_CODE_LENGTH = 10;

/** A new random certificate code: 10 Crockford base32 characters (50 bits). */
export function newCertificateCode(): string {
  let code = '';
  for (let i = 0; i < CERTIFICATE_CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * A code as someone typed it, in canonical form: upper case, hyphens and spaces dropped,
 * I and L read as 1 and O as 0 (Crockford's decoding rules). Null when it cannot be a code.
 */
export function normaliseCertificateCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== CERTIFICATE_CODE_LENGTH) return null;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A date in GOV.UK style in Europe/London, e.g. "16 June 2026". */
export const govukDate = (date: Date): string => LONDON_DATE.format(date);
