import { mapApiError, SERVICE_PROBLEM } from '../../../../lib/errors';

/** A problem the page itself words, shown as it is. */
export class PlayerProblem extends Error {}

/**
 * An Error with a plain-English message for the player components, which show a rejected Error's
 * message in their error summary: the API's own words, or an apology for a network failure.
 */
export function playerError(error: unknown): Error {
  if (error instanceof PlayerProblem) return error;
  const mapped = mapApiError(error);
  if (mapped.code === 'UNAUTHENTICATED') return new Error('Your session has ended. Sign in again to carry on.');
  return new Error(mapped.general.join(' ') || SERVICE_PROBLEM);
}
