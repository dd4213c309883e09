import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, GraphQLError, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { getComplexity } from 'graphql-query-complexity';
import { LIMITS } from '@common-ground/shared';
import { checkArgumentValues } from './argument-limits';
import { objectCountEstimator } from './list-size';

const refuse = (code: 'BAD_USER_INPUT' | 'QUERY_TOO_COMPLEX', message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/** Long values are cut in messages: the client sent them and needs only to see which one. */
const shorten = (message: string): string => (message.length > 300 ? `${message.slice(0, 300)}…` : message);

/**
 * Before any resolver runs: checks the variables against their declared types (a wrong
 * type is BAD_USER_INPUT, never a fault) and the text in every argument (`checkArgumentValues`),
 * then prices the operation in objects it can load
 * (see `objectCountEstimator`) and refuses it with QUERY_TOO_COMPLEX over the limit. The
 * schema comes from Apollo at start because Nest builds it at runtime.
 */
export function complexityPlugin(maxCost: number = LIMITS.graphqlCost): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  const known = new Map<string, number>();
  return {
    serverWillStart(service) {
      schema = service.schema;
      return Promise.resolve();
    },
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          if (!schema) return Promise.resolve();
          // The same operation with the same variables always passes the same checks at the same cost.
          const key = `${request.query ?? ''}\u0000${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let cost = known.get(key);
          if (cost === undefined) {
            const operation = getOperationAST(document, request.operationName ?? undefined);
            const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, {
              maxErrors: 5,
            });
            if (coerced.errors) {
              throw refuse('BAD_USER_INPUT', coerced.errors.map((e) => shorten(e.message)).join(' '));
            }
            checkArgumentValues(schema, document, coerced.coerced);
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [objectCountEstimator],
            });
            if (key.length <= 4096) {
              if (known.size >= 1000) known.clear();
              known.set(key, cost);
            }
          }
          if (cost > maxCost) {
            throw refuse(
              'QUERY_TOO_COMPLEX',
              `This query asks for too much at once (it could load ${cost} objects; the limit is ${maxCost}). Ask for fewer items per page or fewer nested lists.`,
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
