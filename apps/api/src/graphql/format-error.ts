import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/app-error';

/** Codes that graphql-js, Apollo Server and graphql-armor give to a request that is itself wrong. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Try again later.';

/**
 * Shapes every error a client sees: our own `AppError`s keep their code, message and safe details; errors in the
 * request itself keep their code and message; anything else (a bug, a database failure) becomes a plain
 * INTERNAL_SERVER_ERROR. No stack, no SQL and no exception internals ever leave the server. In production the
 * internal message is replaced too; in development it is kept to help debugging.
 */
export function createErrorFormatter(options: { production: boolean; onUnexpected?: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { ...original.details, code: original.code },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    options.onUnexpected?.(original);
    return {
      message: options.production ? INTERNAL_ERROR_MESSAGE : formatted.message,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
