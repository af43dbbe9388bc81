import { emailProblem } from '@idt/domain';
import { formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';

/** The ids of the sign-in form's inputs, by the API's field names. */
export const SIGN_IN_FIELDS = { email: 'email', password: 'password' } as const;

export interface SignInValues {
  readonly email: string;
  readonly password: string;
}

/** What is wrong before anything is sent: empty fields, an address that cannot be one. */
export function signInProblems({ email, password }: SignInValues): FormError[] {
  const problems: FormError[] = [];
  const emailIssue = email.trim() === '' ? 'Enter your email address' : emailProblem(email);
  if (emailIssue) problems.push({ fieldId: SIGN_IN_FIELDS.email, message: emailIssue });
  if (password === '') problems.push({ fieldId: SIGN_IN_FIELDS.password, message: 'Enter your password' });
  return problems;
}

/**
 * What the API's refusal means on this form. A wrong email or password, or too many attempts, is about the
 * credentials as a whole: the summary links to the email field, where someone would start again.
 */
export function signInErrorsFrom(error: unknown): FormError[] {
  if (error instanceof GraphQLRequestError && (error.code === 'UNAUTHENTICATED' || error.code === 'TOO_MANY_REQUESTS')) {
    return [{ fieldId: SIGN_IN_FIELDS.email, message: error.message }];
  }
  return formErrorsFrom(error, SIGN_IN_FIELDS);
}
