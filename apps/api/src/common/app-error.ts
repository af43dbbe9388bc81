/**
 * The errors services throw. Each carries a stable `code` that clients can rely on; the GraphQL layer turns them
 * into `extensions.code` (see `graphql/format-error.ts`). Services never throw HTTP or GraphQL errors themselves.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe, client-facing details, e.g. `{ field: 'regionOdsCode' }`. Never internals. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, field: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}
