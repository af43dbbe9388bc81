/**
 * Rules for what people type about an account. Pure, shared by the API (which enforces them) and the web app
 * (which explains them before a round trip).
 */

export const ACCOUNT_LIMITS = {
  emailMaxLength: 254,
  nameMaxLength: 120,
  passwordMinLength: 12,
  passwordMaxLength: 128,
  cohortNameMaxLength: 120,
  cohortDescriptionMaxLength: 2000,
} as const;

/** A deliberately plain address check: something@domain.tld, no spaces, no angle brackets or quotes. */
const EMAIL = /^[^\s@<>"'()[\]\\,;:]+@[^\s@<>"'()[\]\\,;:]+\.[^\s@<>"'()[\]\\,;:]{2,}$/;

/** Emails are compared and stored trimmed and in lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** `null` when the address is acceptable, else what is wrong, in plain English. */
export function emailProblem(email: string): string | null {
  const value = normaliseEmail(email);
  if (value === '') return 'Enter an email address';
  if (value.length > ACCOUNT_LIMITS.emailMaxLength) {
    return `Email address must be ${ACCOUNT_LIMITS.emailMaxLength} characters or fewer`;
  }
  if (!EMAIL.test(value)) return 'Enter an email address in the correct format, like name@example.nhs.uk';
  return null;
}

export function nameProblem(name: string, what = 'Name', max: number = ACCOUNT_LIMITS.nameMaxLength): string | null {
  const value = name.trim();
  if (value === '') return `Enter a ${what.toLowerCase()}`;
  if (value.length > max) return `${what} must be ${max} characters or fewer`;
  // Control characters never belong in a name (they break exports and screen readers), nor do angle brackets.
  if (/\p{Cc}/u.test(value)) return `${what} must not contain control characters`;
  if (/[<>]/.test(value)) return `${what} must not contain < or >`;
  return null;
}

export function newPasswordProblem(password: string): string | null {
  if (password.length < ACCOUNT_LIMITS.passwordMinLength) {
    return `Password must be at least ${ACCOUNT_LIMITS.passwordMinLength} characters`;
  }
  if (password.length > ACCOUNT_LIMITS.passwordMaxLength) {
    return `Password must be ${ACCOUNT_LIMITS.passwordMaxLength} characters or fewer`;
  }
  return null;
}
