/**
 * The codes a client can act on. Every expected failure maps to one of them in
 * `extensions.code`; anything else is an internal error and its details stay in the log.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/**
 * An expected failure with a message a person can act on. `fields` names the inputs
 * at fault so forms can show the message beside the right field.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
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
