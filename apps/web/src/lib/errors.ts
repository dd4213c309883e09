import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The error codes the API puts in `extensions.code`. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/** Field messages keyed by field name, as shown beside each field. */
export type FieldErrors = Partial<Record<string, string>>;

export interface MappedError {
  fields: FieldErrors;
  general: string[];
  code: ApiErrorCode | null;
}

const API_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
]);

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((item) => typeof item === 'string');
}

/**
 * Turns whatever a mutation threw into what a form shows: messages for the
 * fields the form has (BAD_USER_INPUT with `extensions.fields`), and every
 * other message for the error summary. Network failures get a plain apology
 * rather than a stack trace.
 */
export function mapApiError(error: unknown, knownFields: readonly string[] = []): MappedError {
  if (!CombinedGraphQLErrors.is(error)) {
    return { fields: {}, general: [SERVICE_PROBLEM], code: null };
  }
  const fields: FieldErrors = {};
  const general: string[] = [];
  let code: ApiErrorCode | null = null;
  for (const graphQLError of error.errors) {
    const rawCode = graphQLError.extensions?.['code'];
    if (code === null && typeof rawCode === 'string' && API_CODES.has(rawCode)) {
      code = rawCode as ApiErrorCode;
    }
    const rawFields = graphQLError.extensions?.['fields'];
    if (rawCode === 'BAD_USER_INPUT' && isStringRecord(rawFields) && Object.keys(rawFields).length > 0) {
      for (const [name, message] of Object.entries(rawFields)) {
        if (knownFields.includes(name)) fields[name] = message;
        else general.push(message);
      }
    } else {
      general.push(graphQLError.message);
    }
  }
  return { fields, general, code };
}

/** The first API error code in an error, if any, for pages that branch on it. */
export function apiErrorCode(error: unknown): ApiErrorCode | null {
  return mapApiError(error).code;
}
