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
import { recordSecurityHeaders, securityHeaderOptions, securityHeaders } from './common/security-headers';

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
  app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
  // Each request's statements carry its caller's scope for row-level security (after the body is read: ADR 0034).
  app.use(enterRequestScope);
  app.disable('x-powered-by');
  // No ETag hashed from every answer: published answers carry their own (publishedAnswersEtagPlugin), the rest none.
  app.set('etag', false);
  app.set('trust proxy', 1);
  // helmet's headers, worked out once at start-up (the same for every answer).
  const security = recordSecurityHeaders(securityHeaderOptions(config.production));
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
  // On SIGTERM: stop accepting connections, let in-flight requests finish, then close the database pool.
  app.enableShutdownHooks();
  return app;
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
    requestLog: PinoLogger.root,
    ...answers,
  });
}
