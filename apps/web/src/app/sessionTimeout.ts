/** How long the API's session cookie lasts after the last request to the API (it is renewed by each one). */
export const SESSION_LENGTH_MS = 12 * 60 * 60 * 1000;

/** How long before the session ends we warn, so people can stay signed in. */
export const SESSION_WARNING_MS = 2 * 60 * 1000;

export const INACTIVE_SIGN_OUT_MESSAGE = 'You were signed out because you were inactive';

/** Router state for the sign-in page after the session ran out. */
export interface SignedOutState {
  signedOut: 'inactive';
}

export function inactiveSignOutState(): SignedOutState {
  return { signedOut: 'inactive' };
}

/** Reads `location.state`, which the router types as unknown. */
export function wasSignedOutForInactivity(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'signedOut' in state && state.signedOut === 'inactive';
}

/** "2 minutes", "1 minute", "30 seconds". */
export function describeDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const seconds = Math.round(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
