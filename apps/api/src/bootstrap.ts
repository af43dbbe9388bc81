import compression from 'compression';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { notModified } from './modules/published-answers/etag.plugin';
import { AppConfig } from './config/app-config';
import { securityHeaderOptions, securityHeaders } from './common/security-headers';

/** Largest request body the API accepts: far more than any canvas answer, far less than a denial of service. */
export const MAX_REQUEST_BODY = '100kb';

/** Answers smaller than this go uncompressed: they fit in one TCP segment (MSS 1,460 less headers) either way. */
export const COMPRESSION_THRESHOLD_BYTES = 1400;

/** Builds the application exactly as production runs it; tests call this too, with their own config. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
  app.use(cookieParser());
  // gzip the web app's files and the API's JSON: on a slow mobile connection the bytes are the wait. Not answers that
  // fit in one TCP segment (about 1,400 bytes) anyway: gzip would save no round trip and cost every request its work.
  app.use(compression({ threshold: COMPRESSION_THRESHOLD_BYTES }));
  app.disable('x-powered-by');
  // No ETag hashed from every answer: published answers carry their own (publishedAnswersEtagPlugin), the rest none.
  app.set('etag', false);
  app.use('/graphql', notModified);
  app.set('trust proxy', 1);
  // helmet's headers, worked out once at start-up (the same for every answer), set by one middleware.
  app.use(securityHeaders(securityHeaderOptions(config.production)));
  // On SIGTERM: stop accepting connections, let in-flight requests finish, then close the database pool.
  app.enableShutdownHooks();
  return app;
}
