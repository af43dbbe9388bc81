import { primaryRole, ROLE_LABELS, type Role, type RoleGrant } from '@idt/domain';

/** A role grant as the API returns it: the role, and the ICS or cohort it is for. */
export interface ApiRoleGrant {
  readonly role: Role;
  readonly system?: { readonly id: string } | null;
  readonly cohort?: { readonly id: string } | null;
}

/** The signed-in person as the rest of the app needs them. */
export interface Account {
  readonly id: string;
  readonly name: string;
  /** Every role they hold, each once, widest first. */
  readonly roles: readonly Role[];
  readonly primaryRole: Role | null;
  /** The ICSs they lead (their ICS_LEAD grants): their assessments are theirs, whoever records the answers. */
  readonly leadsSystems: readonly string[];
  /** How the header names them, with every role they hold, widest first: "Lee Lead (Programme coach, ICS lead)". */
  readonly label: string;
  /** Signed in with a password, but their role requires a second step they have not set up: they must do that first. */
  readonly mustEnrolSecondStep: boolean;
}

/** The API's grants as the domain's: an ICS lead's ICS, a coach's cohort (a grant missing its scope is dropped). */
export function toRoleGrants(grants: readonly ApiRoleGrant[]): RoleGrant[] {
  return grants.flatMap((grant): RoleGrant[] => {
    switch (grant.role) {
      case 'ICS_LEAD':
        return grant.system ? [{ role: 'ICS_LEAD', systemId: grant.system.id }] : [];
      case 'COACH':
        return grant.cohort ? [{ role: 'COACH', cohortId: grant.cohort.id }] : [];
      default:
        return [{ role: grant.role }];
    }
  });
}

const WIDEST_FIRST: readonly Role[] = ['ADMIN', 'NATIONAL', 'COACH', 'ICS_LEAD'];

export function describeAccount(me: {
  id: string;
  name: string;
  roleGrants: readonly ApiRoleGrant[];
  secondStep?: { readonly mustEnrolBeforeContinuing: boolean } | null;
}): Account {
  const grants = toRoleGrants(me.roleGrants);
  const role = primaryRole({ grants });
  const roles = WIDEST_FIRST.filter((r) => grants.some((g) => g.role === r));
  return {
    id: me.id,
    name: me.name,
    roles,
    primaryRole: role,
    leadsSystems: grants.flatMap((g) => (g.role === 'ICS_LEAD' ? [g.systemId] : [])),
    label: roles.length > 0 ? `${me.name} (${roles.map((r) => ROLE_LABELS[r]).join(', ')})` : me.name,
    mustEnrolSecondStep: me.secondStep?.mustEnrolBeforeContinuing === true,
  };
}
