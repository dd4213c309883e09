import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, type ErrorCode } from './domain-error';

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Nest's HttpExceptions (from guards and pipes) carry a status we translate to a code. */
function codeFromStatus(status: number): ErrorCode | undefined {
  switch (status) {
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 429:
      return 'RATE_LIMITED';
    default:
      return undefined;
  }
}

interface HttpLike {
  getStatus(): number;
  getResponse(): unknown;
}
const isHttpLike = (e: unknown): e is HttpLike =>
  typeof e === 'object' && e !== null && 'getStatus' in e && 'getResponse' in e;

/**
 * The one place errors become what clients see: a known code and a message a person can
 * act on, never a stack trace; unexpected errors become INTERNAL_SERVER_ERROR with a
 * generic message (the original is logged by the caller).
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.fields ? { fields: original.fields } : {}),
        ...(original.problems ? { problems: original.problems } : {}),
      },
    };
  }
  if (isHttpLike(original)) {
    const code = codeFromStatus(original.getStatus());
    if (code) {
      const response = original.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? response.message
          : formatted.message;
      const fields =
        typeof response === 'object' && response !== null && 'fields' in response
          ? (response as { fields: Record<string, string> }).fields
          : undefined;
      return {
        ...base,
        message: Array.isArray(message) ? message.join('. ') : String(message),
        extensions: { code, ...(fields ? { fields } : {}) },
      };
    }
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  onUnexpected(original);
  return {
    message: 'Something went wrong on our side. Please try again; if it keeps happening, contact the service team.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
