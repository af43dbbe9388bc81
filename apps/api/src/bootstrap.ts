import compression from 'compression';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLFormattedError, ValidationRule } from 'graphql';
import { Logger, PinoLogger } from 'nestjs-pino';
import { directGraphQL, DirectGraphQLOptions } from './graphql/direct-graphql';
import { GRAPHQL_LIMITS, GRAPHQL_SETUP, GraphQLSetup } from './graphql/graphql.options';
import { PublishedResponses } from './modules/published-answers/published-responses';
import { AppModule } from './app.module';
import { notModified } from './modules/published-answers/etag.plugin';
import { AppConfig } from './config/app-config';
import { enterRequestScope } from './database/database-scope';
import { recordSecurityHeaders, securityHeaderOptions, securityHeaders, withPermissionsPolicy } from './common/security-headers';
import { jsonBody } from './common/json-body';
import { refuseUnstorableQuery } from './common/storable-text';

/**
 * Largest request body the API accepts: room for a whole canvas version imported as JSON (canvas v2 is about 105 kB),
 * far less than a denial of service.
 */
export const MAX_REQUEST_BODY = '256kb';

/** Answers smaller than this go uncompressed: they fit in one TCP segment (MSS 1,460 less headers) either way. */
export const COMPRESSION_THRESHOLD_BYTES = 1400;

/**
 * Builds the application exactly as production runs it; tests call this too, with their own config. Only a test that
 * compares the direct GraphQL path with Apollo turns it off (`directGraphQL: false`).
 */
export async function createApp(config: AppConfig, options: { directGraphQL?: boolean } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // A body too large (after inflating), not JSON or oddly encoded is answered here, as a GraphQL error in JSON.
  app.use(jsonBody(MAX_REQUEST_BODY));
  // Each request's statements carry its caller's scope for row-level security (after the body is read: ADR 0034).
  app.use(enterRequestScope);
  app.disable('x-powered-by');
  // No ETag hashed from every answer: published answers carry their own (publishedAnswersEtagPlugin), the rest none.
  app.set('etag', false);
  // X-Forwarded-For is believed only from the proxies configured (TRUST_PROXY); by default from none, so a client
  // cannot choose the address its sign-in attempts are counted against or the audit trail records.
  app.set('trust proxy', trustProxySetting(config.trustProxy));
  // helmet's headers and the Permissions-Policy, worked out once at start-up (the same for every answer).
  const security = withPermissionsPolicy(recordSecurityHeaders(securityHeaderOptions(config.production)));
  // gzip the web app's files and the API's JSON: on a slow mobile connection the bytes are the wait. Not answers that
  // fit in one TCP segment (about 1,400 bytes) anyway: gzip would save no round trip and cost every request its work.
  const compress = compression({ threshold: COMPRESSION_THRESHOLD_BYTES });
  // Most GraphQL requests are answered here by graphql-js, without Apollo's per-request pipeline and before the layers
  // below, whose work it does itself in one go; the rest go on (see graphql/direct-graphql.ts and ADR 0024).
  if (options.directGraphQL !== false) {
    app.use('/graphql', directGraphQLFor(app, { securityHeaders: security.set.flat(), compression: { middleware: compress, threshold: COMPRESSION_THRESHOLD_BYTES } }));
  }
  app.use(cookieParser());
  app.use(compress);
  app.use('/graphql', notModified);
  app.use(securityHeaders(security));
  // Single sign-on's REST routes refuse query text no column can store, as GraphQL refuses such arguments (ADR 0035).
  app.use('/auth', refuseUnstorableQuery);
  // On SIGTERM: stop accepting connections, let in-flight requests finish, then close the database pool.
  app.enableShutdownHooks();
  return app;
}

/** Express's `trust proxy` for the configured proxies: `false` (the socket's address), a hop count, or the list. */
export function trustProxySetting(trustProxy: AppConfig['trustProxy']): boolean | number | string[] {
  if (trustProxy === undefined || trustProxy === false) return false;
  return typeof trustProxy === 'number' ? trustProxy : [...trustProxy];
}

/** The direct GraphQL path, with the schema, rules, error formatter, context and metrics Apollo has. */
function directGraphQLFor(app: NestExpressApplication, answers: Pick<DirectGraphQLOptions, 'securityHeaders' | 'compression'>) {
  const { options, context, metrics } = app.get<GraphQLSetup>(GRAPHQL_SETUP);
  const schemaHost = app.get(GraphQLSchemaHost);
  const wholeAnswers = app.get(PublishedResponses, { strict: false });
  return directGraphQL({
    schema: () => {
      try {
        return schemaHost.schema;
      } catch {
        return undefined; // still starting
      }
    },
    validationRules: (options.validationRules ?? []) as ValidationRule[],
    maxTokens: GRAPHQL_LIMITS.maxTokens,
    introspection: options.introspection === true,
    formatError: options.formatError as (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
    context: (req, res) => context({ req, res }),
    wholeAnswers: () => wholeAnswers,
    observe: metrics ? (...args) => metrics.observe(...args) : undefined,
    requestLog: () => PinoLogger.root,
    ...answers,
  });
}
