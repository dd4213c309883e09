import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'notification-digest-unsubscribe';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signature(secret: string, personId: string): Buffer {
  return createHmac('sha256', secret).update(`${PURPOSE}:${personId}`).digest();
}

/**
 * A link token that unsubscribes one person from the digest without signing in: their id
 * and an HMAC of it under the app's secret. It stores nothing and does one thing only, so
 * it never expires (an old email's link must still work).
 */
export function unsubscribeToken(secret: string, personId: string): string {
  return `${personId}.${signature(secret, personId).toString('base64url')}`;
}

/** The person a token was made for, or null when it was not made by this app. */
export function personOfUnsubscribeToken(secret: string, token: string): string | null {
  const [personId, sig, ...rest] = token.split('.');
  if (rest.length || !personId || !sig || !UUID.test(personId)) return null;
  const expected = signature(secret, personId.toLowerCase());
  const given = Buffer.from(sig, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? personId.toLowerCase() : null;
}
