/**
 * The codes a client can act on. Every expected failure maps to one of them in
 * `extensions.code`; anything else is an internal error and its details stay in the log.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE';

/** One thing wrong with submitted content, placed where it belongs (e.g. a scene and a choice). */
export type ErrorProblem = Record<string, string | number | null>;

/**
 * An expected failure with a message a person can act on. `fields` names the inputs
 * at fault so forms can show the message beside the right field; `problems` lists
 * every problem found in submitted content (e.g. a scenario's scenes) so an editor
 * can show each one where it belongs.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly problems?: ErrorProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} could not be found. It may have been removed, or you may not have access.`);

export const forbidden = (message = 'You do not have permission to do that.'): DomainError =>
  new DomainError('FORBIDDEN', message);

export const unauthenticated = (): DomainError => new DomainError('UNAUTHENTICATED', 'You need to sign in to do that.');

export const badInput = (field: string, message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', message, { [field]: message });
