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
}

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
  } = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? fetch;
  const body = JSON.stringify({ query: document.toString(), variables });
  // Browsers refuse a keepalive request over 64 KiB: a bigger one is sent as an ordinary request.
  const keepalive = options.keepalive === true && new Blob([body]).size <= KEEPALIVE_MAX_BYTES;
  let response: Response;
  try {
    response = await doFetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body,
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
    const errors = result.errors.map(toApiError);
    throw new GraphQLRequestError(errors[0].code, errors[0].message, errors);
  }
  if (!response.ok || result.data == null) {
    throw new GraphQLRequestError('BAD_RESPONSE', `IDT Canvas sent an unexpected answer (HTTP ${response.status}).`);
  }
  return result.data;
}

/** The API's error with the extensions the app reads; anything of an unexpected shape is left out, never trusted. */
function toApiError(error: { message: string; extensions?: Record<string, unknown> }): ApiError {
  const extensions = error.extensions ?? {};
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'INTERNAL_SERVER_ERROR';
  const { field, criterionKey, incompleteDomains, currentVersion, currentResponses } = extensions;
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
  };
}
