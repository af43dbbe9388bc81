import { GraphQLRequestError } from '../../../lib/graphql-client';
import {
  CHANGE_PASSWORD_FIELDS,
  changePasswordProblems,
  forgotPasswordErrorsFrom,
  forgotPasswordProblems,
  isDeadResetLink,
  resetPasswordProblems,
} from './password-forms';

describe('password forms', () => {
  it('asks for each empty field, by the id of its input', () => {
    expect(changePasswordProblems({ currentPassword: '', newPassword: '' })).toEqual([
      { fieldId: CHANGE_PASSWORD_FIELDS.currentPassword, message: 'Enter your current password' },
      { fieldId: CHANGE_PASSWORD_FIELDS.newPassword, message: 'Enter a new password' },
    ]);
    expect(changePasswordProblems({ currentPassword: 'x', newPassword: 'y' })).toEqual([]);
    expect(resetPasswordProblems('')).toEqual([{ fieldId: 'new-password', message: 'Enter a new password' }]);
    expect(resetPasswordProblems('anything')).toEqual([]);
  });

  it('checks an email address before asking for a link', () => {
    expect(forgotPasswordProblems(' ')).toEqual([{ fieldId: 'email', message: 'Enter your email address' }]);
    expect(forgotPasswordProblems('not an address')[0]?.message).toMatch(/correct format/);
    expect(forgotPasswordProblems('sam@example.nhs.uk')).toEqual([]);
  });

  it('shows too many requests beside the email field, and knows a dead reset link', () => {
    const limited = new GraphQLRequestError('TOO_MANY_REQUESTS', 'Wait an hour.', [{ code: 'TOO_MANY_REQUESTS', message: 'Wait an hour.' }]);
    expect(forgotPasswordErrorsFrom(limited)).toEqual([{ fieldId: 'email', message: 'Wait an hour.' }]);
    const dead = new GraphQLRequestError('BAD_USER_INPUT', 'Expired.', [{ code: 'BAD_USER_INPUT', message: 'Expired.', field: 'token' }]);
    expect(isDeadResetLink(dead)).toBe(true);
    const weak = new GraphQLRequestError('BAD_USER_INPUT', 'Too easy.', [{ code: 'BAD_USER_INPUT', message: 'Too easy.', field: 'newPassword' }]);
    expect(isDeadResetLink(weak)).toBe(false);
  });
});
