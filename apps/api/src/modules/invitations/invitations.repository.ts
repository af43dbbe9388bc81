import { Role } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { SystemsRepository } from '../systems/systems.repository';
import { InvitationEntity } from './invitation.entity';
import { INVITATION_LIFETIME_DAYS, InvitationForInvitee, InvitedRole, PendingInvitationRecord } from './invitations.types';

type Audit = Pick<AuditEvent, 'actorUserId' | 'ip'>;

/** Pending, with a link, and not past its expiry by the database's clock. */
const VALID = `accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`;

const LIST_PENDING = defineQuery()({
  name: 'invitations.listPending',
  text: `SELECT i.id, i.email, i.name, i.single_sign_on, i.created_at, i.sent_at, i.expires_at,
      i.expires_at <= now() AS expired,
      COALESCE((
        SELECT json_agg(json_build_object(
          'role', e.r->>'role', 'systemId', e.r->>'systemId',
          'cohort', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END
        ) ORDER BY e.n)
        FROM jsonb_array_elements(i.roles) WITH ORDINALITY AS e(r, n)
        LEFT JOIN cohort c ON c.id = (e.r->>'cohortId')::uuid
      ), '[]') AS roles
    FROM invitation i
    WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL
    ORDER BY i.created_at, i.id`,
  columns: {
    id: col.uuid,
    email: col.text,
    name: col.text,
    single_sign_on: col.bool,
    created_at: col.timestamptz,
    sent_at: col.timestamptz.orNull,
    expires_at: col.timestamptz,
    expired: col.bool,
    roles: col.json<{ role: Role; systemId: string | null; cohort: { id: string; name: string } | null }[]>(),
  },
});

/** Gives the invitation its link (the hash of a token the email carries), unless it already has one or has ended. */
const ISSUE_LINK = defineQuery<[id: string, sendNumber: number, tokenHash: Buffer]>()({
  name: 'invitations.issueLink',
  text: `UPDATE invitation SET token_hash = $3, sent_at = now()
    WHERE id = $1 AND send_number = $2 AND token_hash IS NULL AND ${VALID}
    RETURNING email, name, single_sign_on, expires_at`,
  columns: { email: col.text, name: col.text, single_sign_on: col.bool, expires_at: col.timestamptz },
});

const WITHDRAW_LINK = defineQuery<[id: string, tokenHash: Buffer]>()({
  name: 'invitations.withdrawLink',
  text: `UPDATE invitation SET token_hash = NULL, sent_at = NULL WHERE id = $1 AND token_hash = $2 RETURNING id`,
  columns: { id: col.uuid },
});

const FIND_VALID = defineQuery<[tokenHash: Buffer]>()({
  name: 'invitations.findValid',
  text: `SELECT id, email, name, single_sign_on FROM invitation WHERE token_hash = $1 AND ${VALID}`,
  columns: { id: col.uuid, email: col.text, name: col.text, single_sign_on: col.bool },
});

const LOCK_VALID = defineQuery<[tokenHash: Buffer]>()({
  name: 'invitations.lockValid',
  text: `SELECT id, email, name, roles, single_sign_on, invited_by FROM invitation WHERE token_hash = $1 AND ${VALID} FOR UPDATE`,
  columns: {
    id: col.uuid,
    email: col.text,
    name: col.text,
    roles: col.json<InvitedRole[]>(),
    single_sign_on: col.bool,
    invited_by: col.uuid.orNull,
  },
});

const LOCK_ACCOUNT_BY_EMAIL = defineQuery<[email: string]>()({
  name: 'invitations.lockAccountByEmail',
  text: `SELECT id, deactivated_at IS NOT NULL AS deactivated FROM user_account WHERE email = $1 FOR UPDATE`,
  columns: { id: col.uuid, deactivated: col.bool },
});

const CREATE_ACCOUNT = defineQuery<[email: string, name: string, passwordHash: string | null]>()({
  name: 'invitations.createAccount',
  text: `INSERT INTO user_account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
  columns: { id: col.uuid },
});

const REACTIVATE_ACCOUNT = defineQuery<[id: string, name: string, passwordHash: string | null]>()({
  name: 'invitations.reactivateAccount',
  text: `UPDATE user_account SET deactivated_at = NULL, name = $2, password_hash = $3 WHERE id = $1 RETURNING id`,
  columns: { id: col.uuid },
});

const GRANT_INVITED_ROLES = defineQuery<[userId: string, roles: string, grantedBy: string | null]>()({
  name: 'invitations.grantRoles',
  text: `INSERT INTO role_grant (user_id, role, system_id, cohort_id, granted_by)
    SELECT $1, r.role, r."systemId", r."cohortId", $3
    FROM jsonb_to_recordset($2::jsonb) AS r(role text, "systemId" uuid, "cohortId" uuid)
    ON CONFLICT DO NOTHING RETURNING id`,
  columns: { id: col.uuid },
});

const MARK_ACCEPTED = defineQuery<[id: string, userId: string]>()({
  name: 'invitations.markAccepted',
  text: `UPDATE invitation SET accepted_at = now(), accepted_user_id = $2, token_hash = NULL WHERE id = $1 RETURNING id`,
  columns: { id: col.uuid },
});

const RENEW = defineQuery<[id: string, days: number]>()({
  name: 'invitations.renew',
  text: `UPDATE invitation SET token_hash = NULL, sent_at = NULL, send_number = send_number + 1,
      expires_at = now() + make_interval(days => $2)
    WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL
    RETURNING email, send_number`,
  columns: { email: col.text, send_number: col.int },
});

const REVOKE = defineQuery<[id: string]>()({
  name: 'invitations.revoke',
  text: `UPDATE invitation SET revoked_at = now(), token_hash = NULL
    WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING email`,
  columns: { email: col.text },
});

const HAS_PENDING = defineQuery<[email: string]>()({
  name: 'invitations.hasPending',
  text: `SELECT id FROM invitation WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
  columns: { id: col.uuid },
});

/** Why an acceptance changed nothing. */
export type AcceptRefusal = 'LINK_DEAD' | 'ACCOUNT_ACTIVE';

/** Invitations: every change is written with its audit event, in one transaction. */
@Injectable()
export class InvitationsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly systems: SystemsRepository,
  ) {}

  /** Records an invitation (its link comes when the email job runs); null if the email already has a pending one. */
  async create(
    invitation: { email: string; name: string; roles: readonly InvitedRole[]; singleSignOn: boolean; invitedBy: string },
    audit: Audit,
  ): Promise<{ id: string; sendNumber: number } | null> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const { identifiers } = await tx.getRepository(InvitationEntity).insert({
          email: invitation.email,
          name: invitation.name,
          roles: [...invitation.roles],
          singleSignOn: invitation.singleSignOn,
          invitedBy: invitation.invitedBy,
          expiresAt: () => `now() + make_interval(days => ${INVITATION_LIFETIME_DAYS})`,
        });
        const id: unknown = identifiers[0]?.['id'];
        if (typeof id !== 'string') throw new Error('The new invitation has no id.');
        await appendAuditEvent(tx, {
          ...audit,
          action: 'INVITATION_SENT',
          subjectType: 'invitation',
          subjectId: id,
          after: { email: invitation.email, name: invitation.name, roles: invitation.roles, singleSignOn: invitation.singleSignOn },
        });
        return { id, sendNumber: 1 };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'invitation_pending_email')) return null;
      throw error;
    }
  }

  async hasPending(email: string): Promise<boolean> {
    return (await runOne(this.dataSource, HAS_PENDING, [email])) !== null;
  }

  async listPending(): Promise<PendingInvitationRecord[]> {
    const rows = await run(this.dataSource, LIST_PENDING);
    const systems = await this.systems.findSystemsByIds(rows.flatMap((r) => r.roles.flatMap((g) => (g.systemId ? [g.systemId] : []))));
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      singleSignOn: row.single_sign_on,
      createdAt: row.created_at,
      sentAt: row.sent_at,
      expiresAt: row.expires_at,
      expired: row.expired,
      roles: row.roles.map((g) => ({ role: g.role, system: g.systemId ? (systems.get(g.systemId) ?? null) : null, cohort: g.cohort })),
    }));
  }

  /** Gives send number `sendNumber` its link; null when it has one already, was renewed since, or has ended. */
  async issueLink(id: string, sendNumber: number, tokenHash: Buffer) {
    const row = await runOne(this.dataSource, ISSUE_LINK, [id, sendNumber, tokenHash]);
    return row ? { email: row.email, name: row.name, singleSignOn: row.single_sign_on, expiresAt: row.expires_at } : null;
  }

  /** Takes back a link whose email could not be sent, so the retried job issues a new one. */
  async withdrawLink(id: string, tokenHash: Buffer): Promise<void> {
    await run(this.dataSource, WITHDRAW_LINK, [id, tokenHash]);
  }

  async findValid(tokenHash: Buffer): Promise<InvitationForInvitee | null> {
    const row = await runOne(this.dataSource, FIND_VALID, [tokenHash]);
    return row ? { id: row.id, email: row.email, name: row.name, singleSignOn: row.single_sign_on } : null;
  }

  /**
   * Accepts a valid invitation, once: creates its account (or brings back a deactivated one), grants its roles, and
   * marks it used, with its audit event, in one transaction. The link is checked again under a row lock, so two
   * acceptances of one link cannot both succeed.
   */
  async accept(
    tokenHash: Buffer,
    passwordHash: string | null,
    ip: string | null,
  ): Promise<{ userId: string; singleSignOn: boolean } | AcceptRefusal> {
    return this.dataSource.transaction(async (tx) => {
      const invitation = await runOne(tx, LOCK_VALID, [tokenHash]);
      if (!invitation) return 'LINK_DEAD';
      if (!invitation.single_sign_on && passwordHash === null) throw new Error('A password invitation needs a password.');
      const account = await runOne(tx, LOCK_ACCOUNT_BY_EMAIL, [invitation.email]);
      if (account && !account.deactivated) return 'ACCOUNT_ACTIVE';
      const hash = invitation.single_sign_on ? null : passwordHash;
      const userId = account
        ? (await runOne(tx, REACTIVATE_ACCOUNT, [account.id, invitation.name, hash]))?.id
        : (await runOne(tx, CREATE_ACCOUNT, [invitation.email, invitation.name, hash]))?.id;
      if (!userId) throw new Error('The invited account was not written.');
      await run(tx, GRANT_INVITED_ROLES, [userId, JSON.stringify(invitation.roles), invitation.invited_by]);
      await run(tx, MARK_ACCEPTED, [invitation.id, userId]);
      await appendAuditEvent(tx, {
        actorUserId: userId,
        action: 'INVITATION_ACCEPTED',
        subjectType: 'invitation',
        subjectId: invitation.id,
        after: { userId, email: invitation.email, roles: invitation.roles, singleSignOn: invitation.single_sign_on },
        ip,
      });
      return { userId, singleSignOn: invitation.single_sign_on };
    });
  }

  /** A new link and a new expiry (the old link is dead from now); null if the invitation is no longer pending. */
  async renew(id: string, audit: Audit): Promise<{ sendNumber: number } | null> {
    return this.dataSource.transaction(async (tx) => {
      const row = await runOne(tx, RENEW, [id, INVITATION_LIFETIME_DAYS]);
      if (!row) return null;
      await appendAuditEvent(tx, { ...audit, action: 'INVITATION_RESENT', subjectType: 'invitation', subjectId: id, after: { email: row.email } });
      return { sendNumber: row.send_number };
    });
  }

  /** Ends a pending invitation (its link dies); false if it was not pending. */
  async revoke(id: string, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const row = await runOne(tx, REVOKE, [id]);
      if (!row) return false;
      await appendAuditEvent(tx, { ...audit, action: 'INVITATION_REVOKED', subjectType: 'invitation', subjectId: id, before: { email: row.email } });
      return true;
    });
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } };
  const code = e.driverError?.code ?? e.code;
  const name = e.driverError?.constraint ?? e.constraint;
  return code === '23505' && name === constraint;
}
