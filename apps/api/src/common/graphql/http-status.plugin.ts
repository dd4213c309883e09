import type { ApolloServerPlugin } from '@apollo/server';
import { HTTP_STATUS_OF_CODE, isClientErrorCode } from '../errors/error-codes';

/** True when the client reads `application/graphql-response+json`, which allows error statuses. */
const acceptsGraphqlResponse = (accept: string | undefined): boolean =>
  !!accept && accept.includes('application/graphql-response+json');

/** True when every root field failed: `data` is null, or each of its fields is null with its own error. */
function producedNothing(
  data: Record<string, unknown> | null | undefined,
  errors: readonly { path?: readonly (string | number)[] }[],
): boolean {
  if (data === null) return true;
  if (!data) return false;
  const failed = new Set(errors.filter((e) => e.path?.length === 1).map((e) => String(e.path?.[0])));
  return Object.entries(data).every(([key, value]) => value === null && failed.has(key));
}

/**
 * Gives a failed operation the HTTP status of its error code. A request refused before
 * execution (parse, validation, variables, cost) always gets its 4xx status. An operation
 * that ran and produced nothing (every root field failed) gets its code's status (401, 403, 404, 409, 429, 500) only
 * for clients of the GraphQL-over-HTTP media type; plain `application/json` clients keep
 * the 200 the specification asks for, with the code in `extensions.code`.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, request }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          const code = errors?.[0]?.extensions?.code;
          if (!errors?.length || !isClientErrorCode(code)) return Promise.resolve();
          const status = HTTP_STATUS_OF_CODE[code];
          if (data === undefined) {
            response.http.status = status;
          } else if (producedNothing(data, errors) && acceptsGraphqlResponse(request.http?.headers.get('accept'))) {
            response.http.status = status;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
