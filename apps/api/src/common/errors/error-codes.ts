/**
 * Every code a client can meet in `extensions.code` (GraphQL) or `code` (REST), with the
 * HTTP status it travels with. One table, so both paths answer alike.
 */
export const HTTP_STATUS_OF_CODE = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ClientErrorCode = keyof typeof HTTP_STATUS_OF_CODE;

const CODE_OF_STATUS: Record<number, ClientErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** The code for an HTTP status raised below the product's own errors (framework, body parser). */
export function codeOfStatus(status: number): ClientErrorCode {
  return CODE_OF_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

export const isClientErrorCode = (code: unknown): code is ClientErrorCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(HTTP_STATUS_OF_CODE, code);

/** What a person reads when the service itself failed; the details stay in the log. */
export const INTERNAL_MESSAGE =
  'Something went wrong on our side. Please try again; if it keeps happening, contact the service team.';

/** What a person reads for failures that carry no message of the product's own. */
export const DEFAULT_MESSAGES: Partial<Record<ClientErrorCode, string>> = {
  BAD_REQUEST: 'The request could not be read. Send well-formed JSON.',
  NOT_FOUND: 'There is nothing at this address.',
  METHOD_NOT_ALLOWED: 'This address does not accept that method.',
  PAYLOAD_TOO_LARGE: 'The request is too large.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the request as application/json.',
  INTERNAL_SERVER_ERROR: INTERNAL_MESSAGE,
};
