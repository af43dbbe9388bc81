import { emailProblem, nameProblem, type Role } from '@idt/domain';
import type { FormError } from '../../../lib/form-errors';
import { grantRoleProblems, type GrantRoleValues } from './grant-role-form';

/** The ids of the invite form's inputs, by the API's field names. "role" is the first radio. */
export const INVITE_FIELDS = {
  name: 'invite-name',
  email: 'invite-email',
  role: 'role',
  systemId: 'role-system',
  cohortId: 'role-cohort',
  singleSignOn: 'invite-single-sign-on',
} as const;

export interface InviteValues extends GrantRoleValues {
  readonly name: string;
  readonly email: string;
  readonly singleSignOn: boolean;
}

/** The domain's rules for an invitation, checked before anything is sent: a name, an email and one role. */
export function inviteProblems(values: InviteValues): FormError[] {
  const problems: FormError[] = [];
  const nameIssue = nameProblem(values.name, 'Full name');
  if (nameIssue) problems.push({ fieldId: INVITE_FIELDS.name, message: nameIssue });
  const emailIssue = emailProblem(values.email.trim());
  if (emailIssue) problems.push({ fieldId: INVITE_FIELDS.email, message: emailIssue });
  return [...problems, ...grantRoleProblems(values)];
}

/** The `inviteUser` input: trimmed, with the one role chosen (an ICS only for an ICS lead, a cohort only for a coach). */
export function inviteInput(values: InviteValues & { role: Role }) {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    singleSignOn: values.singleSignOn,
    roles: [
      {
        role: values.role,
        ...(values.role === 'ICS_LEAD' ? { systemId: values.systemId } : {}),
        ...(values.role === 'COACH' ? { cohortId: values.cohortId } : {}),
      },
    ],
  };
}

/** "Expires on 13 December 2026", or that it has expired. */
export function expiryInWords(expiresAt: string, expired: boolean): string {
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(
    new Date(expiresAt),
  );
  return expired ? `Link expired on ${date}` : `Link expires on ${date}`;
}
