/**
 * The errors services throw. Each carries a stable `code` that clients can rely on; the GraphQL layer turns them
 * into `extensions.code` (see `graphql/format-error.ts`). Services never throw HTTP or GraphQL errors themselves.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  // two-step sign-in (docs/access-control.md)
  | 'SECOND_STEP_NEEDED'
  | 'SECOND_STEP_REQUIRED'
  | 'WRONG_SECOND_STEP_CODE'
  | 'SIGN_IN_AGAIN';

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

/** Used for things that do not exist and for things the person may not see: the two must look the same. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} was not found.`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You do not have permission to do that.') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super('UNAUTHENTICATED', message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses an id that is not a UUID before it reaches PostgreSQL (which would fail with an internal error). */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw new BadUserInputError(`"${field}" is not a valid id.`, field);
  return value.toLowerCase();
}
