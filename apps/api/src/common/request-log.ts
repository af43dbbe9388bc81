import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';

/** What pino-http hands a request serializer: its standard summary, with the request itself as `raw`. */
interface SerializedRequest {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
  readonly raw?: IncomingMessage & { body?: unknown };
}

/**
 * One request in the log: its id, method, path and (for GraphQL) the operation's name. Never headers, cookies, the
 * query string's values or the body: they may carry a session token or personal data, and copying them cost every
 * request time (pino serialises a request logger's bindings up front).
 */
export function requestForLog(req: SerializedRequest): Record<string, unknown> {
  const body = req.raw?.body as { operationName?: unknown } | undefined;
  const operation = typeof body?.operationName === 'string' ? body.operationName.slice(0, 100) : undefined;
  const path = req.url?.split('?')[0];
  return operation ? { id: req.id, method: req.method, url: path, operation } : { id: req.id, method: req.method, url: path };
}

/** The answer in the log: its status only (the time is logged beside it as `responseTime`). */
export function responseForLog(res: Pick<ServerResponse, 'statusCode'>): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

/** pino-http writes its request lines at this level (whatever the status): below the configured level, none is written. */
const REQUEST_LINE_LEVEL = 'info';
const LEVEL_ORDER = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/**
 * pino-http's options for the API: one line per request with the fields above. At a level where request lines are not
 * written (`warn` and above), none is prepared: no listeners on the answer's end and no line's fields worked out. Lines
 * written during the request (errors) still carry the request's id, method and path. (pino-http's `quietReqLogger`,
 * which binds only the id, makes a second child logger per request: five times slower in a micro-benchmark.)
 */
export function requestLogOptions(level: string): Options {
  const linesWritten = LEVEL_ORDER.indexOf(level) <= LEVEL_ORDER.indexOf(REQUEST_LINE_LEVEL);
  return {
    level,
    useLevel: REQUEST_LINE_LEVEL,
    serializers: {
      req: requestForLog,
      res: responseForLog,
    },
    ...(linesWritten
      ? { autoLogging: { ignore: (req) => ['/healthz', '/readyz'].includes(req.url ?? '') } }
      : { autoLogging: false }),
  };
}
