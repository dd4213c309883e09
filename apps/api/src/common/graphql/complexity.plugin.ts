import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@common-ground/shared';

/**
 * A list field costs its page size times the cost of one item, so a query asking for
 * 100 people with 100 invitations each is priced as 10,000 objects, not 2 fields.
 */
const listSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  if (first === undefined) return undefined;
  return 1 + Math.max(1, Math.min(first, LIMITS.pageSizeMax)) * Math.max(1, childComplexity);
};

/**
 * Rejects an operation whose estimated cost is over the limit before any resolver runs.
 * The schema comes from Apollo at start because Nest builds it at runtime.
 */
export function complexityPlugin(maxCost: number = LIMITS.graphqlCost): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  // The same operation with the same variables always costs the same: remember recent ones.
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
          const key = `${request.query ?? ''}\u0000${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          const cost =
            known.get(key) ??
            getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          if (key.length <= 4096) {
            if (known.size >= 1000) known.clear();
            known.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query is too expensive (cost ${cost}, limit ${maxCost}). Ask for fewer items per page or fewer fields.`,
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
