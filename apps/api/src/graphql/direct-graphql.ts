import type { NextFunction, Request, Response } from 'express';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import type { Logger } from 'pino';
import { BoundedMap } from '../common/bounded-map';
import { parseCookies } from '../common/cookies';
import { requestForLog } from '../common/request-log';
import { matches } from '../modules/published-answers/etag.plugin';

/** How many distinct documents are kept parsed and validated; a new one beyond that pushes out the oldest. */
export const MAX_PREPARED_DOCUMENTS = 500;

const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

/** What a published query's whole answer looks like in memory: its JSON's bytes and the ETag it carries. */
export interface PreparedAnswer {
  readonly body: Buffer;
  readonly etag: string;
}

/**
 * Whole answers to queries that ask only for published answers (`PublishedResponses`). `lookup` authenticates the
 * caller and returns the answer kept for this document, variables and visibility, or how to keep the one worked out.
 */
export interface WholeAnswers {
  asksOnlyForPublishedAnswers(operation: OperationDefinitionNode): boolean;
  lookup(req: Request, request: GraphQLRequest): Promise<{ hit: PreparedAnswer } | { keep: (answer: PreparedAnswer) => void } | null>;
  /** The ETag of an answer worked out now, when every field in it is a published answer (else null). */
  etagOf(request: GraphQLRequest, operation: OperationDefinitionNode, contextValue: object): string | null;
}

export interface GraphQLRequest {
  readonly query: string;
  readonly variables: Record<string, unknown> | undefined;
  readonly operationName: string | undefined;
}

export interface DirectGraphQLOptions {
  /** The schema Apollo serves (read when the first request comes: NestJS builds it while the app starts). */
  readonly schema: () => GraphQLSchema | undefined;
  readonly validationRules: readonly ValidationRule[];
  readonly maxTokens: number;
  readonly introspection: boolean;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  readonly context: (req: Request, res: Response) => object;
  readonly wholeAnswers?: () => WholeAnswers | undefined;
  /** Called once per answered request: the operation, its type, when it started and the errors it answered. */
  readonly observe?: (operationName: string | null, type: string, started: bigint, errors: readonly GraphQLFormattedError[]) => void;
  /**
   * Request lines (one per request, as pino-http writes them) go to this logger when it logs at info. Asked for each
   * request: pino-http's logger is made when NestJS initialises the app, after this path is built.
   */
  readonly requestLog?: () => Logger | undefined;
  /** The security headers every answer carries, as `[name, value, name, value, …]`. */
  readonly securityHeaders: readonly string[];
  /** The compression middleware every other answer goes through, and the size from which it compresses. */
  readonly compression: { readonly middleware: (req: Request, res: Response, next: () => void) => void; readonly threshold: number };
}

/** A document that parsed and passed every validation rule, with its operations by name ('' for an unnamed one). */
interface Prepared {
  readonly document: DocumentNode;
}

/**
 * GraphQL over HTTP for the requests a browser and the bench actually send, executed by graphql-js against the same
 * schema, resolvers, guards, validation rules and error formatter as Apollo Server, without Apollo's per-request
 * pipeline (see docs/decisions/0024-direct-graphql-path.md). It answers only what it is sure of:
 * - a POST with a JSON body, or a GET that carries the CSRF-prevention header and asks for a query;
 * - a document that parses (within the token limit) and passes every validation rule (cached by its text);
 * - an `Accept` header that is absent or lists only `application/json` and `application/graphql-response+json`;
 * - variables of the types the operation declares (else graphql-js runs nothing, and the request goes on to Apollo).
 * Anything else (a parse or validation error, a persisted query, an odd method or header) is passed on unchanged to
 * Apollo, which answers it as before, so every error a request itself causes is worded in one place.
 *
 * It sits before cookie-parser, compression and the security headers (the layers every other answer goes through):
 * it reads the cookies itself and writes the same headers in one go (`send`).
 */
export function directGraphQL(options: DirectGraphQLOptions) {
  const prepared = new BoundedMap<string, Prepared | null>(MAX_PREPARED_DOCUMENTS);
  const rules = [...specifiedRules, ...options.validationRules, ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  let requestIds = 0;

  function prepare(schema: GraphQLSchema, query: string): Prepared | null {
    const known = prepared.get(query);
    if (known !== undefined) return known;
    let result: Prepared | null = null;
    try {
      const document = parse(query, { maxTokens: options.maxTokens });
      if (validate(schema, document, rules).length === 0) result = { document };
    } catch {
      result = null;
    }
    prepared.set(query, result);
    return result;
  }

  /**
   * Writes an answer with the headers every answer of the API carries (security headers, `Vary`), as the middlewares
   * after this one would have set them: in one `writeHead` when it is too small to gain from gzip, else through the
   * same compression middleware as every other answer.
   */
  function send(req: Request, res: Response, contentType: string, body: Buffer, etag: string | null): void {
    const headers = [...options.securityHeaders];
    if (req.method === 'GET' && etag) {
      // A published answer, one person's: the browser may keep it but asks again each time (with the ETag, for free).
      headers.push('cache-control', 'private, no-cache', 'etag', etag);
      if (matches(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
    } else {
      // Anything else may be personal or provisional: kept by no browser or proxy (as publishedAnswersEtagPlugin says).
      headers.push('cache-control', 'no-store');
    }
    headers.push('content-type', contentType);
    // Only an answer this big to a request that accepts an encoding can be compressed: the compression middleware then
    // decides and does it, as for every other answer. Any other answer goes as it is, with the Vary it would add.
    if (body.length >= options.compression.threshold && req.headers['accept-encoding']) {
      for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
      res.setHeader('content-length', body.length);
      res.statusCode = 200;
      options.compression.middleware(req, res, () => res.end(body));
      return;
    }
    headers.push('vary', 'Accept-Encoding', 'content-length', String(body.length));
    res.writeHead(200, headers);
    res.end(body);
  }

  function logLine(req: Request, res: Response, started: bigint, operationName: string | undefined): void {
    const logger = options.requestLog?.();
    if (!logger?.isLevelEnabled('info')) return;
    const id = ++requestIds;
    res.once('finish', () => {
      const raw = { body: { operationName } } as never;
      logger.info(
        {
          req: requestForLog({ id, method: req.method, url: req.originalUrl ?? req.url, raw }),
          res: { statusCode: res.statusCode },
          responseTime: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
        },
        'request completed',
      );
    });
  }

  return async function directGraphQLMiddleware(req: Request, res: Response, next: NextFunction): Promise<void> {
    const started = process.hrtime.bigint();
    const request = requestOf(req);
    const contentType = request && contentTypeFor(req.headers.accept);
    const schema = options.schema();
    if (!request || !contentType || !schema) return next();
    const ready = prepare(schema, request.query);
    const operation = ready && getOperationAST(ready.document, request.operationName);
    if (!ready || !operation) return next();
    if (operation.operation === 'subscription' || (req.method === 'GET' && operation.operation !== 'query')) return next();
    // This path answers before cookie-parser runs (the session cookie is all a GraphQL request reads).
    req.cookies = parseCookies(req.headers.cookie);

    logLine(req, res, started, operation.name?.value);
    try {
      const wholeAnswers = options.wholeAnswers?.();
      const whole = wholeAnswers?.asksOnlyForPublishedAnswers(operation) ? await wholeAnswers.lookup(req, request) : null;
      if (whole && 'hit' in whole) {
        options.observe?.(operation.name?.value ?? null, operation.operation, started, []);
        return send(req, res, contentType, whole.hit.body, whole.hit.etag);
      }
      const contextValue = options.context(req, res);
      const result: ExecutionResult = await execute({
        schema,
        document: ready.document,
        operationName: request.operationName,
        variableValues: request.variables,
        contextValue,
      });
      // No data at all: graphql-js refused the variables before running anything. Apollo words that refusal.
      if (!('data' in result)) {
        delete (req as { cookies?: unknown }).cookies;
        return next();
      }
      const errors = result.errors?.map((error) => options.formatError(formatted(error), error));
      // As Apollo writes it: errors first, then data, and a newline.
      const body = Buffer.from(`${JSON.stringify(errors ? { errors, data: result.data } : { data: result.data })}\n`);
      const etag = errors || !wholeAnswers ? null : wholeAnswers.etagOf(request, operation, contextValue);
      if (etag && whole && 'keep' in whole) whole.keep({ body, etag });
      options.observe?.(operation.name?.value ?? null, operation.operation, started, errors ?? []);
      send(req, res, contentType, body, etag);
    } catch (error) {
      next(error);
    }
  };
}

/** The request's query, variables and operation name, or null when it is not one this path answers. */
function requestOf(req: Request): GraphQLRequest | null {
  let fields: { query: unknown; variables: unknown; operationName: unknown };
  if (req.method === 'POST') {
    const type = req.headers['content-type'];
    if (!type || !/^application\/json\s*(;|$)/i.test(type)) return null;
    const body: unknown = req.body;
    if (!isRecord(body) || body['extensions'] !== undefined) return null;
    fields = { query: body['query'], variables: body['variables'], operationName: body['operationName'] };
  } else if (req.method === 'GET') {
    // Apollo's CSRF prevention: a GET must say it is not a simple request a form or a link could send.
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) return null;
    const type = req.headers['content-type'];
    if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type)) return null;
    const search = new URLSearchParams(req.url.slice(req.url.indexOf('?') + 1));
    if (search.has('extensions') || search.getAll('query').length !== 1) return null;
    if (search.getAll('variables').length > 1 || search.getAll('operationName').length > 1) return null;
    let variables: unknown;
    try {
      variables = search.has('variables') ? JSON.parse(search.get('variables') as string) : undefined;
    } catch {
      return null;
    }
    fields = { query: search.get('query'), variables, operationName: search.get('operationName') ?? undefined };
  } else {
    return null;
  }
  const { query, variables, operationName } = fields;
  if (typeof query !== 'string' || query === '') return null;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  return {
    query,
    variables: variables ?? undefined,
    operationName: operationName ?? undefined,
  };
}

// The answer's media type, chosen as Apollo chooses it, for the `Accept` headers this path answers: none, or any type
// (`*/*`, JSON, as fetch sends by default), or a list of `application/json` and `application/graphql-response+json`
// without weights (the first listed wins). Null for any other header: Apollo then negotiates it.
export function contentTypeFor(accept: string | undefined): string | null {
  if (accept === undefined || accept === '' || accept === '*/*') return APPLICATION_JSON;
  const types = accept.split(',').map((part) => MEDIA_TYPES.get(part.trim().toLowerCase()));
  return types.every((type) => type !== undefined) ? (types[0] ?? null) : null;
}

const MEDIA_TYPES = new Map([
  ['application/json', APPLICATION_JSON],
  ['application/graphql-response+json', GRAPHQL_RESPONSE_JSON],
]);

/** An error as Apollo hands it to `formatError`: graphql-js's JSON form, with INTERNAL_SERVER_ERROR when it has no code. */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  return json.extensions?.['code'] ? json : { ...json, extensions: { ...json.extensions, code: 'INTERNAL_SERVER_ERROR' } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
