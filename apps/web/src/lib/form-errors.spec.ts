import { errorFor, formErrorsFrom } from './form-errors';
import { GraphQLRequestError } from './graphql-client';

const FIELDS = { email: 'email', name: 'full-name' };

describe('formErrorsFrom', () => {
  it('puts a BAD_USER_INPUT error beside the input its field names', () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'Enter a name', [
      { code: 'BAD_USER_INPUT', message: 'Enter a name', field: 'name' },
    ]);
    expect(formErrorsFrom(error, FIELDS)).toEqual([{ fieldId: 'full-name', message: 'Enter a name' }]);
  });

  it('keeps every field error, one per field', () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'x', [
      { code: 'BAD_USER_INPUT', message: 'Enter an email address', field: 'email' },
      { code: 'BAD_USER_INPUT', message: 'Email address is too long', field: 'email' },
      { code: 'BAD_USER_INPUT', message: 'Enter a name', field: 'name' },
    ]);
    expect(formErrorsFrom(error, FIELDS)).toEqual([
      { fieldId: 'email', message: 'Enter an email address' },
      { fieldId: 'full-name', message: 'Enter a name' },
    ]);
  });

  it("puts an error naming the field by its path in the mutation's input beside that input; a path into a list in the summary", () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'x', [
      { code: 'BAD_USER_INPUT', message: 'Name contains a character that cannot be stored', field: 'input.name' },
      { code: 'BAD_USER_INPUT', message: 'Evidence contains a character that cannot be stored', field: 'input.responses[2].email' },
    ]);
    expect(formErrorsFrom(error, FIELDS)).toEqual([
      { fieldId: 'full-name', message: 'Name contains a character that cannot be stored' },
      { message: 'Evidence contains a character that cannot be stored' },
    ]);
  });

  it('shows an error about a field this form does not have in the summary only', () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', '"userId" is not a valid id.', [
      { code: 'BAD_USER_INPUT', message: '"userId" is not a valid id.', field: 'userId' },
    ]);
    expect(formErrorsFrom(error, FIELDS)).toEqual([{ message: '"userId" is not a valid id.' }]);
  });

  it('never maps a field from the prototype chain', () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'odd', [
      { code: 'BAD_USER_INPUT', message: 'odd', field: 'constructor' },
    ]);
    expect(formErrorsFrom(error, FIELDS)).toEqual([{ message: 'odd' }]);
  });

  it('does not place errors of other codes beside a field, even when they name one', () => {
    const error = new GraphQLRequestError('FORBIDDEN', 'You do not have permission to do that.', [
      { code: 'FORBIDDEN', message: 'You do not have permission to do that.', field: 'email' },
    ]);
    expect(formErrorsFrom(error, FIELDS)).toEqual([{ message: 'You do not have permission to do that.' }]);
  });

  it('uses the error itself when it carries no list (e.g. a network failure)', () => {
    const error = new GraphQLRequestError('BAD_RESPONSE', 'IDT Canvas sent an unexpected answer (HTTP 502).');
    expect(formErrorsFrom(error, FIELDS)).toEqual([{ message: 'IDT Canvas sent an unexpected answer (HTTP 502).' }]);
  });

  it('gives a plain message for anything that is not an API error', () => {
    expect(formErrorsFrom(new TypeError('x is undefined'), FIELDS)).toEqual([{ message: 'Something went wrong. Try again.' }]);
  });

  it('drops the same summary message given twice', () => {
    const error = new GraphQLRequestError('INTERNAL_SERVER_ERROR', 'boom', [
      { code: 'INTERNAL_SERVER_ERROR', message: 'boom' },
      { code: 'INTERNAL_SERVER_ERROR', message: 'boom' },
    ]);
    expect(formErrorsFrom(error, FIELDS)).toEqual([{ message: 'boom' }]);
  });
});

describe('errorFor', () => {
  it("finds a field's message, or nothing", () => {
    const errors = [{ message: 'general' }, { fieldId: 'email', message: 'Enter an email address' }];
    expect(errorFor(errors, 'email')).toBe('Enter an email address');
    expect(errorFor(errors, 'full-name')).toBeUndefined();
  });
});
