import { Role } from '@idt/domain';
import { SystemRecord } from '../systems/systems.types';

export interface RoleGrantRecord {
  readonly id: string;
  readonly role: Role;
  readonly system: SystemRecord | null;
  readonly cohort: { readonly id: string; readonly name: string } | null;
  readonly grantedAt: Date;
}

export interface UserAccountRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: Date;
  /** Set while the account is deactivated (a leaver): it cannot sign in. */
  readonly deactivatedAt: Date | null;
  readonly roleGrants: readonly RoleGrantRecord[];
}

export interface NewRoleGrant {
  readonly userId: string;
  readonly role: Role;
  readonly systemId: string | null;
  readonly cohortId: string | null;
}
