import { ROLE_LABELS, ROLES, type Role } from '@idt/domain';
import type { FormError } from '../../../lib/form-errors';

/** The ids of the grant-role form's inputs, by the API's field names. "role" is the first radio. */
export const GRANT_ROLE_FIELDS = { role: 'role', systemId: 'role-system', cohortId: 'role-cohort' } as const;

/** The roles in the order the form offers them, each with what it lets someone do. */
export const ROLE_CHOICES: readonly { role: Role; label: string; hint: string }[] = ROLES.map((role) => ({
  role,
  label: ROLE_LABELS[role],
  hint: {
    ICS_LEAD: 'Completes the canvas for one ICS.',
    COACH: 'Reviews and supports the ICSs of one cohort.',
    NATIONAL: 'Reads the landscape of all 42 ICSs.',
    ADMIN: 'Manages accounts, roles, cohorts and cycles.',
  }[role],
}));

export interface GrantRoleValues {
  readonly role: Role | '';
  readonly systemId: string;
  readonly cohortId: string;
}

export function grantRoleProblems({ role, systemId, cohortId }: GrantRoleValues): FormError[] {
  if (role === '') return [{ fieldId: GRANT_ROLE_FIELDS.role, message: 'Select a role' }];
  if (role === 'ICS_LEAD' && systemId === '') {
    return [{ fieldId: GRANT_ROLE_FIELDS.systemId, message: 'Select the ICS this person leads' }];
  }
  if (role === 'COACH' && cohortId === '') {
    return [{ fieldId: GRANT_ROLE_FIELDS.cohortId, message: 'Select the cohort this person coaches' }];
  }
  return [];
}

/** The `grantRole` input: an ICS only for an ICS lead, a cohort only for a coach (what stayed selected is ignored). */
export function grantRoleInput(userId: string, { role, systemId, cohortId }: GrantRoleValues & { role: Role }) {
  return {
    userId,
    role,
    ...(role === 'ICS_LEAD' ? { systemId } : {}),
    ...(role === 'COACH' ? { cohortId } : {}),
  };
}

/** A role in words, with what it is for: "ICS lead for Devon", "Programme coach for Pioneers", "Admin". */
export function describeGrant(grant: {
  role: Role;
  system?: { name: string } | null;
  cohort?: { name: string } | null;
}): string {
  const label = ROLE_LABELS[grant.role];
  if (grant.role === 'ICS_LEAD' && grant.system) return `${label} for ${grant.system.name}`;
  if (grant.role === 'COACH' && grant.cohort) return `${label} for ${grant.cohort.name}`;
  return label;
}
