import { formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { DEFAULT_RETURN_TO, safeReturnTo } from '../../../lib/return-to';

export const TWO_STEP_PAGE = '/account/two-step';

const withReturnTo = (path: string, returnTo: string) => {
  const safe = safeReturnTo(returnTo);
  return safe && safe !== DEFAULT_RETURN_TO ? `${path}?returnTo=${encodeURIComponent(safe)}` : path;
};

/** The page asking for the code after a correct password. */
export const secondStepSignInPath = (returnTo: string) => withReturnTo('/sign-in/second-step', returnTo);

/** Where a new session goes: to set up two-step sign-in first if their role requires it, else where they were going. */
export function afterSignInPath(account: { secondStep?: { mustEnrolBeforeContinuing: boolean } | null }, returnTo: string): string {
  return account.secondStep?.mustEnrolBeforeContinuing ? withReturnTo(TWO_STEP_PAGE, returnTo) : returnTo;
}

/**
 * What a person types, tidied for checking before it is sent: spaces and hyphens are allowed (codes are shown in
 * groups). Null when it cannot be a code: not six digits and not a sixteen-character recovery code.
 */
export function codeProblem(typed: string): string | null {
  const compact = typed.replace(/[\s-]/g, '');
  if (compact === '') return 'Enter the 6-digit code from your authenticator app';
  if (/^\d+$/.test(compact) && compact.length !== 6) return 'The code from your authenticator app has 6 digits';
  if (!/^\d{6}$/.test(compact) && !/^[a-z0-9]{16}$/i.test(compact)) {
    return 'Enter the 6 digits from your authenticator app, or a recovery code like abcd-efgh-jkmn-pqrs';
  }
  return null;
}

/** Only the authenticator app's code (enrolment and turning off take no recovery code). */
export function appCodeProblem(typed: string): string | null {
  const compact = typed.replace(/\s/g, '');
  if (compact === '') return 'Enter the 6-digit code from your authenticator app';
  if (!/^\d{6}$/.test(compact)) return 'The code from your authenticator app has 6 digits';
  return null;
}

/** The API's refusal of a code, beside the code field; anything else as the form errors say. */
export function codeErrorsFrom(error: unknown, fieldIds: Readonly<Record<string, string>> = { code: 'code' }): FormError[] {
  if (error instanceof GraphQLRequestError && (error.code === 'WRONG_SECOND_STEP_CODE' || error.code === 'TOO_MANY_REQUESTS')) {
    return [{ fieldId: fieldIds['code'] ?? 'code', message: error.message }];
  }
  return formErrorsFrom(error, fieldIds);
}
