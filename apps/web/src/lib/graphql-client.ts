import type { TypedDocumentString } from '../gql/graphql';

/** One error the API returned, with its stable code (e.g. BAD_USER_INPUT, FORBIDDEN). */
export interface ApiError {
  readonly message: string;
  readonly code: string;
  /** For BAD_USER_INPUT: the input field the API refused (e.g. "email"), so a form can show the error beside it. */
  readonly field?: string;
  /** For BAD_USER_INPUT about one answer of an assessment: the criterion whose answer was refused. */
  readonly criterionKey?: string;
  /** For BAD_USER_INPUT on submitting an assessment: the titles of the domains still to complete. */
  readonly incompleteDomains?: readonly string[];
  /** For CONFLICT: the version that is saved now (send it back to overwrite, having shown both answers). */
  readonly currentVersion?: number;
  /** For CONFLICT on saving answers: the saved answers of the criteria that were sent, as the API returns them. */
  readonly currentResponses?: readonly Readonly<Record<string, unknown>>[];
  /** For BAD_USER_INPUT on a canvas document: every problem, by line and field of the file. */
  readonly problems?: readonly DocumentProblem[];
}

/** One problem with a document the API was sent (e.g. a canvas version's file), where the person can find it. */
export interface DocumentProblem {
  readonly code: string;
  readonly field: string;
  readonly line?: number;
  readonly message: string;
}

const isDocumentProblem = (p: unknown): p is DocumentProblem =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as DocumentProblem).code === 'string' &&
  typeof (p as DocumentProblem).field === 'string' &&
  typeof (p as DocumentProblem).message === 'string' &&
  ((p as DocumentProblem).line === undefined || Number.isInteger((p as DocumentProblem).line));

/** A GraphQL request that failed: the server said no (its errors carry codes), or it could not be reached. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly errors: readonly ApiError[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** The input field the first error is about, when the API named one. */
  get field(): string | undefined {
    return this.errors[0]?.field;
  }
}

const KEEPALIVE_MAX_BYTES = 60_000;

/**
 * The longest address a query is sent in by GET: beyond it, some proxies and servers refuse the request, so it is
 * POSTed instead (and loses only the browser's revalidation).
 */
export const MAX_GET_URL_LENGTH = 4096;

/** Whether a document's operation is a query, a mutation or a subscription (a document holds one, and maybe fragments). */
export function operationKind(document: string): 'query' | 'mutation' | 'subscription' {
  let depth = 0;
  let keyword: string | null = null;
  const tokens = document.replace(/"(?:[^"\\]|\\.)*"|#[^\n]*/g, ' ').match(/[{}]|[_A-Za-z][_0-9A-Za-z]*/g) ?? [];
  for (const token of tokens) {
    if (token === '{') {
      // A selection set at the top, with no keyword before it, is a query written short.
      if (depth === 0 && keyword === null) return 'query';
      depth += 1;
    } else if (token === '}') {
      depth -= 1;
      if (depth === 0) keyword = null;
    } else if (depth === 0 && keyword === null) {
      if (token === 'query' || token === 'mutation' || token === 'subscription') return token;
      keyword = token;
    }
  }
  return 'query';
}

/**
 * How a request is sent: queries by GET (the browser then keeps the answer and revalidates it with its ETag, so an
 * unchanged published landscape costs a 304), everything else, a keepalive request and a query too long for an
 * address by POST. The `apollo-require-preflight` header tells the API a GET is not a cross-site form or link.
 */
export function requestFor(query: string, variables: unknown, keepalive: boolean): { url: string; init: RequestInit } {
  const accept = 'application/graphql-response+json, application/json';
  if (!keepalive && operationKind(query) === 'query') {
    const params = new URLSearchParams({ query });
    if (variables !== undefined) params.set('variables', JSON.stringify(variables));
    const url = `/graphql?${params.toString()}`;
    if (url.length <= MAX_GET_URL_LENGTH) {
      return { url, init: { method: 'GET', headers: { accept, 'apollo-require-preflight': 'true' } } };
    }
  }
  const body = JSON.stringify({ query, variables });
  return { url: '/graphql', init: { method: 'POST', headers: { 'content-type': 'application/json', accept }, body } };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Sends a generated, typed GraphQL document to the API on the same origin and returns its typed data.
 * Throws a `GraphQLRequestError` carrying the first error's code when the API refuses, and `NETWORK_ERROR` when it
 * cannot be reached.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: {
    fetch?: typeof fetch;
    signal?: AbortSignal;
    /** Let the request finish even if the page is closed or reloaded meanwhile (e.g. saving answers on the way out). */
    keepalive?: boolean;
    /** The variables carry a secret (an invitation link's token): sent by POST, never in an address that may be logged. */
    secret?: boolean;
  } = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? fetch;
  const query = document.toString();
  // Browsers refuse a keepalive request over 64 KiB: a bigger one is sent as an ordinary request.
  const keepalive = options.keepalive === true && new Blob([JSON.stringify({ query, variables })]).size <= KEEPALIVE_MAX_BYTES;
  const request = requestFor(query, variables, keepalive || options.secret === true);
  let response: Response;
  try {
    response = await doFetch(request.url, {
      ...request.init,
      credentials: 'same-origin',
      signal: options.signal,
      ...(keepalive ? { keepalive: true } : {}),
    });
  } catch (cause) {
    throw new GraphQLRequestError('NETWORK_ERROR', 'We could not reach IDT Canvas. Check your connection and try again.', [
      { code: 'NETWORK_ERROR', message: String(cause) },
    ]);
  }

  let result: GraphQLResponse<TResult>;
  try {
    result = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError('BAD_RESPONSE', `IDT Canvas sent an unexpected answer (HTTP ${response.status}).`);
  }

  if (result.errors?.length) {
    const errors = result.errors.flatMap(withProblems);
    throw new GraphQLRequestError(errors[0].code, errors[0].message, errors);
  }
  if (!response.ok || result.data == null) {
    throw new GraphQLRequestError('BAD_RESPONSE', `IDT Canvas sent an unexpected answer (HTTP ${response.status}).`);
  }
  return result.data;
}

/**
 * A refusal that lists several problems (`extensions.problems`, each `{ code, field, message }`):
 * - problems with a form's fields (as the cycle rules give them) become one error per problem, so a form shows each
 *   beside its field;
 * - problems with a file (each with its `line`, as a canvas document's) stay one error that lists them all, for the
 *   page that shows the file's problems by line.
 * Any other error is itself.
 */
function withProblems(error: { message: string; extensions?: Record<string, unknown> }): ApiError[] {
  const problems = error.extensions?.['problems'];
  if (!Array.isArray(problems) || problems.length === 0) return [toApiError(error)];
  const valid = problems.filter(
    (p): p is { field: string; message: string } => typeof p === 'object' && p !== null && typeof p.field === 'string' && typeof p.message === 'string',
  );
  if (valid.length !== problems.length || valid.some((p) => 'line' in p)) return [toApiError(error)];
  return valid.map((p) => toApiError({ message: p.message, extensions: { ...error.extensions, field: p.field, problems: undefined } }));
}

/** The API's error with the extensions the app reads; anything of an unexpected shape is left out, never trusted. */
function toApiError(error: { message: string; extensions?: Record<string, unknown> }): ApiError {
  const extensions = error.extensions ?? {};
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const { field, criterionKey, incompleteDomains, currentVersion, currentResponses, problems } = extensions;
  return {
    message: error.message,
    code,
    ...(typeof field === 'string' && field !== '' ? { field } : {}),
    ...(typeof criterionKey === 'string' && criterionKey !== '' ? { criterionKey } : {}),
    ...(Array.isArray(incompleteDomains) && incompleteDomains.every((d) => typeof d === 'string')
      ? { incompleteDomains: incompleteDomains as string[] }
      : {}),
    ...(Number.isInteger(currentVersion) ? { currentVersion: currentVersion as number } : {}),
    ...(Array.isArray(currentResponses) && currentResponses.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))
      ? { currentResponses: currentResponses as Record<string, unknown>[] }
      : {}),
    ...(Array.isArray(problems) && problems.every(isDocumentProblem) ? { problems: problems as DocumentProblem[] } : {}),
  };
}
