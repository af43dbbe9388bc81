import { emailProblem } from '@idt/domain';
import { formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';

/** The ids of the forms' inputs, by the API's field names. */
export const CHANGE_PASSWORD_FIELDS = { currentPassword: 'current-password', newPassword: 'new-password' } as const;
export const RESET_PASSWORD_FIELDS = { newPassword: 'new-password' } as const;
export const FORGOT_PASSWORD_FIELDS = { email: 'email' } as const;

/** What is wrong with the change-password form before anything is sent. */
export function changePasswordProblems(values: { currentPassword: string; newPassword: string }): FormError[] {
  const problems: FormError[] = [];
  if (values.currentPassword === '') problems.push({ fieldId: CHANGE_PASSWORD_FIELDS.currentPassword, message: 'Enter your current password' });
  if (values.newPassword === '') problems.push({ fieldId: CHANGE_PASSWORD_FIELDS.newPassword, message: 'Enter a new password' });
  return problems;
}

export function resetPasswordProblems(newPassword: string): FormError[] {
  return newPassword === '' ? [{ fieldId: RESET_PASSWORD_FIELDS.newPassword, message: 'Enter a new password' }] : [];
}

export function forgotPasswordProblems(email: string): FormError[] {
  const problem = email.trim() === '' ? 'Enter your email address' : emailProblem(email);
  return problem ? [{ fieldId: FORGOT_PASSWORD_FIELDS.email, message: problem }] : [];
}

/** Too many requests is about the address typed: shown beside it. */
export function forgotPasswordErrorsFrom(error: unknown): FormError[] {
  if (error instanceof GraphQLRequestError && error.code === 'TOO_MANY_REQUESTS') {
    return [{ fieldId: FORGOT_PASSWORD_FIELDS.email, message: error.message }];
  }
  return formErrorsFrom(error, FORGOT_PASSWORD_FIELDS);
}

/** True when the API says the reset link no longer works (used, expired or unknown). */
export function isDeadResetLink(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.field === 'token';
}
