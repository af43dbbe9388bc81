import { emailProblem, nameProblem, newPasswordProblem } from '@idt/domain';
import type { FormError } from '../../../lib/form-errors';

/** The ids of the create-account form's inputs, by the API's field names. */
export const NEW_ACCOUNT_FIELDS = { name: 'name', email: 'email', password: 'password' } as const;

export interface NewAccountValues {
  readonly name: string;
  readonly email: string;
  /** Empty for someone who will sign in only with NHS single sign-on. */
  readonly password: string;
}

/** The domain's rules for a new account, checked before anything is sent. */
export function newAccountProblems({ name, email, password }: NewAccountValues): FormError[] {
  const problems: FormError[] = [];
  const nameIssue = nameProblem(name, 'Full name');
  if (nameIssue) problems.push({ fieldId: NEW_ACCOUNT_FIELDS.name, message: nameIssue });
  const emailIssue = emailProblem(email);
  if (emailIssue) problems.push({ fieldId: NEW_ACCOUNT_FIELDS.email, message: emailIssue });
  const passwordIssue = password === '' ? null : newPasswordProblem(password);
  if (passwordIssue) problems.push({ fieldId: NEW_ACCOUNT_FIELDS.password, message: passwordIssue });
  return problems;
}

/** The `createUser` input: trimmed, and no password at all rather than an empty one. */
export function newAccountInput({ name, email, password }: NewAccountValues) {
  return { name: name.trim(), email: email.trim(), ...(password === '' ? {} : { password }) };
}
