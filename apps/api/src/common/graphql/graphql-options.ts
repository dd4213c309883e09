import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { LIMITS } from '@common-ground/shared';
import type { AppConfig } from '../../config/app-config';
import { requestContext } from '../context/request-context';
import { formatGraphqlError } from '../errors/format-error';
import { complexityPlugin } from './complexity.plugin';
import { httpStatusPlugin } from './http-status.plugin';

const logger = new Logger('GraphQL');

/**
 * Apollo options with the product's limits: depth, aliases, tokens and cost; no
 * batching; no field suggestions; no cache-control hints; CSRF prevention on; introspection off in production;
 * errors reduced to a code and a message a person can act on.
 */
export function graphqlOptions(config: AppConfig, schemaFile: string | true): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.graphqlDepth },
    maxAliases: { n: LIMITS.graphqlAliases },
    // Tokens are counted by the parser itself (parseOptions), so a huge document stops early.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.graphqlDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    driver: ApolloDriver,
    autoSchemaFile: schemaFile,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: LIMITS.graphqlTokens },
    // No field sets a cache hint, so Apollo's cache-control plugin (on by default) would only
    // wrap every field's resolution for nothing: 250 and more calls on a thread page.
    plugins: [...armor.plugins, complexityPlugin(), httpStatusPlugin(), ApolloServerPluginCacheControlDisabled()],
    // httpStatusPlugin decides the status of failed operations.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: armor.validationRules,
    buildSchemaOptions: { numberScalarMode: 'integer' },
    fieldResolverEnhancers: ['guards'],
    context: ({ req, res }: { req: Request; res: Response }) => ({ ctx: requestContext(req, res) }),
    formatError: (formatted, error) =>
      formatGraphqlError(formatted, error, (original) =>
        logger.error({ msg: 'unexpected GraphQL error', err: original }),
      ),
  };
}
