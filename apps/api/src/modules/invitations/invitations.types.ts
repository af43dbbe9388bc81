import { Role } from '@idt/domain';
import { SystemRecord } from '../systems/systems.types';

/** How long an invitation link lives (docs/decisions/0030-invitations.md). */
export const INVITATION_LIFETIME_DAYS = 7;

/** The one answer for a link that is used, expired, revoked or unknown: the page says nothing more. */
export const INVITATION_LINK_DEAD = 'This invitation link has expired or has already been used. Ask your administrator to send a new one.';

/** A role the invited person will hold once they accept (the same choices as a role grant). */
export interface InvitedRole {
  readonly role: Role;
  readonly systemId: string | null;
  readonly cohortId: string | null;
}

/** A pending invitation as the admin users page lists it. */
export interface PendingInvitationRecord {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly singleSignOn: boolean;
  readonly roles: readonly {
    readonly role: Role;
    readonly system: SystemRecord | null;
    readonly cohort: { readonly id: string; readonly name: string } | null;
  }[];
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  readonly expiresAt: Date;
  readonly expired: boolean;
}

/** What a valid link shows the person it was sent to: their own name and email, nothing else. */
export interface InvitationForInvitee {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly singleSignOn: boolean;
}
