import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import type { ApiMetrics } from '../observability/api-metrics';
import { publishedAnswersEtagPlugin } from '../modules/published-answers/etag.plugin';
import { guardArguments } from './argument-guard';
import { createErrorFormatter } from './format-error';
import { expensiveFieldsRule } from './expensive-fields';

/**
 * Limits on what one request may ask for. Generous for every screen we have (the deepest real query is 4 levels),
 * tight enough that a hostile query is refused before it is executed.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 8,
  maxAliases: 10,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;

const logger = new Logger('GraphQL');

/** What Apollo and the direct path (`direct-graphql.ts`) share: the options, the context of a request, the metrics. */
export interface GraphQLSetup {
  readonly options: ApolloDriverConfig;
  readonly context: (http: { req: Request; res: Response }) => object;
  readonly metrics: ApiMetrics | undefined;
}

export const GRAPHQL_SETUP = Symbol('GRAPHQL_SETUP');

/** Apollo Server 5 behind NestJS, hardened from the start (see docs/decisions/0004-graphql-hardening.md). */
export function graphqlOptions(config: AppConfig, extraPlugins: readonly ApolloServerPlugin[] = []): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    // Token counting is graphql-js's own parser option below: armor's version answers HTTP 500, not 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    // "Did you mean …?" hints reveal the schema; they go with introspection in production.
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // No HTTP cache hints are used: without the cache-control plugin, no hook runs for every field of every answer
    // (it was a tenth of the landscape's CPU time in `npm run bench`).
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled(), publishedAnswersEtagPlugin(), ...extraPlugins],
    // Armor's cost limit counts fields alike; aggregates (landscapes, profiles, the audit trail) are weighted here.
    validationRules: [...protection.validationRules, expensiveFieldsRule()],
    // Every argument of every operation is refused before the database when it holds text no column can store (ADR 0035).
    transformSchema: guardArguments,
    formatError: createErrorFormatter({
      production: config.production,
      onUnexpected: (error) => logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error)),
    }),
  };
}
