import { GraphQLRequestError } from '../../../lib/graphql-client';
import { signInErrorsFrom, signInProblems } from './sign-in-form';

describe('signInProblems', () => {
  it('asks for both fields when both are empty', () => {
    expect(signInProblems({ email: '  ', password: '' })).toEqual([
      { fieldId: 'email', message: 'Enter your email address' },
      { fieldId: 'password', message: 'Enter your password' },
    ]);
  });

  it('checks the email format with the domain rule', () => {
    expect(signInProblems({ email: 'not-an-email', password: 'x' })).toEqual([
      { fieldId: 'email', message: 'Enter an email address in the correct format, like name@example.nhs.uk' },
    ]);
  });

  it('accepts an address with spaces round it and any non-empty password', () => {
    expect(signInProblems({ email: ' Admin@IDT-Canvas.test ', password: ' ' })).toEqual([]);
  });
});

describe('signInErrorsFrom', () => {
  it('links a wrong email or password to the email field', () => {
    const error = new GraphQLRequestError('UNAUTHENTICATED', 'Enter a correct email address and password.');
    expect(signInErrorsFrom(error)).toEqual([{ fieldId: 'email', message: 'Enter a correct email address and password.' }]);
  });

  it('links too many attempts to the email field too', () => {
    const error = new GraphQLRequestError('TOO_MANY_REQUESTS', 'There have been too many attempts to sign in.');
    expect(signInErrorsFrom(error)).toEqual([{ fieldId: 'email', message: 'There have been too many attempts to sign in.' }]);
  });

  it('puts a BAD_USER_INPUT error beside its field and anything else in the summary', () => {
    const badInput = new GraphQLRequestError('BAD_USER_INPUT', 'Password is too long', [
      { code: 'BAD_USER_INPUT', message: 'Password is too long', field: 'password' },
    ]);
    expect(signInErrorsFrom(badInput)).toEqual([{ fieldId: 'password', message: 'Password is too long' }]);
    const offline = new GraphQLRequestError('NETWORK_ERROR', 'We could not reach IDT Canvas.');
    expect(signInErrorsFrom(offline)).toEqual([{ message: 'We could not reach IDT Canvas.' }]);
  });
});
