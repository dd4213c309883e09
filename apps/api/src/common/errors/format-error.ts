import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { LIMITS } from '@common-ground/shared';
import { DomainError } from './domain-error';
import { codeOfStatus, INTERNAL_MESSAGE, isClientErrorCode } from './error-codes';

const TOO_DEEP = 'The document is nested too deeply. Send a simpler query.';

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
  if (isHttpLike(original) && original.getStatus() < 500) {
    // In GraphQL a 400 from a pipe is about the arguments the person gave.
    const code = original.getStatus() === 400 ? 'BAD_USER_INPUT' : codeOfStatus(original.getStatus());
    const response = original.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response ? response.message : formatted.message;
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
  const code = formatted.extensions?.code;
  if (isClientErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const fields = formatted.extensions?.fields;
    // A parser that ran out of stack says so in its own words; the person needs to know why.
    const message = /call stack|RangeError/i.test(formatted.message)
      ? TOO_DEEP
      : /contains more that \d+ tokens/.test(formatted.message)
        ? `The document has more than ${LIMITS.graphqlTokens} tokens. Send a smaller query.`
        : formatted.message;
    return { ...base, message, extensions: { code, ...(fields ? { fields } : {}) } };
  }
  onUnexpected(original);
  return {
    message: INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
