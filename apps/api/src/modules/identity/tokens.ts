import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for an emailed link: 32 random bytes, base64url, never stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token: its sha256 in hex, so a database leak opens no links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
