import { GraphQLError } from 'graphql';
import { AppError } from '../common/app-error';
import { createErrorFormatter, INTERNAL_ERROR_MESSAGE } from './format-error';

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['systems'], originalError: original });
}

describe('createErrorFormatter', () => {
  const production = createErrorFormatter({ production: true });
  const development = createErrorFormatter({ production: false });

  it('keeps an AppError code, message and safe details', () => {
    const error = resolverError(new AppError('BAD_USER_INPUT', 'No such region', { field: 'regionOdsCode' }));
    expect(production({ message: error.message, path: ['systems'] }, error)).toEqual({
      message: 'No such region',
      path: ['systems'],
      extensions: { field: 'regionOdsCode', code: 'BAD_USER_INPUT' },
    });
  });

  it('masks an unexpected error in production, with no stack or internals', () => {
    const error = resolverError(new Error('relation "secret_table" does not exist'));
    const formatted = production(
      { message: error.message, path: ['systems'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      path: ['systems'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the message of an unexpected error in development, but still no stack', () => {
    const error = resolverError(new Error('boom'));
    const formatted = development({ message: 'boom', extensions: { code: 'X', stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the code of an error in the request itself', () => {
    const error = new GraphQLError('Cannot query field "nope"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(
      production({ message: error.message, locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error),
    ).toEqual({
      message: 'Cannot query field "nope"',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('reports unexpected errors to the logger hook', () => {
    const onUnexpected = jest.fn();
    const original = new Error('boom');
    createErrorFormatter({ production: true, onUnexpected })({ message: 'boom' }, resolverError(original));
    expect(onUnexpected).toHaveBeenCalledWith(original);
  });
});
