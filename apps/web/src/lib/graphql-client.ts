import type { TypedDocumentString } from '../gql/graphql';

/** One error the API returned, with its stable code (e.g. BAD_USER_INPUT, FORBIDDEN). */
export interface ApiError {
  readonly message: string;
  readonly code: string;
  /** For BAD_USER_INPUT: the input field the API refused (e.g. "email"), so a form can show the error beside it. */
  readonly field?: string;
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

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown; field?: unknown } }[];
}

/**
 * Sends a generated, typed GraphQL document to the API on the same origin and returns its typed data.
 * Throws a `GraphQLRequestError` carrying the first error's code when the API refuses, and `NETWORK_ERROR` when it
 * cannot be reached.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: { fetch?: typeof fetch; signal?: AbortSignal } = {},
): Promise<TResult> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    throw new GraphQLRequestError('NETWORK_ERROR', 'We could not reach IDT Canvas. Check your connection and try again.', [
      { code: 'NETWORK_ERROR', message: String(cause) },
    ]);
  }

  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new GraphQLRequestError('BAD_RESPONSE', `IDT Canvas sent an unexpected answer (HTTP ${response.status}).`);
  }

  if (body.errors?.length) {
    const errors = body.errors.map(toApiError);
    throw new GraphQLRequestError(errors[0].code, errors[0].message, errors);
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError('BAD_RESPONSE', `IDT Canvas sent an unexpected answer (HTTP ${response.status}).`);
  }
  return body.data;
}

function toApiError(error: { message: string; extensions?: { code?: unknown; field?: unknown } }): ApiError {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const field = error.extensions?.field;
  return typeof field === 'string' && field !== '' ? { message: error.message, code, field } : { message: error.message, code };
}
