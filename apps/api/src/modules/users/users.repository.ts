import { Role } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, RowOf, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { revokeSessions } from '../auth/sessions.repository';
import { RoleGrantEntity } from './role-grant.entity';
import { UserAccountEntity } from './user-account.entity';
import { SystemsRepository } from '../systems/systems.repository';
import { NewRoleGrant, UserAccountRecord } from './users.types';

type Audit = Omit<AuditEvent, 'subjectId' | 'before' | 'after'>;

/** A role grant as the user query builds it: its ICS by id (the systems repository gives its shape). */
interface GrantJson {
  readonly id: string;
  readonly role: Role;
  readonly grantedAt: string;
  readonly systemId: string | null;
  readonly cohort: { readonly id: string; readonly name: string } | null;
}

const USER_SELECT = `
  SELECT u.id, u.email, u.name, u.created_at, u.deactivated_at,
    COALESCE((
      SELECT json_agg(json_build_object(
        'id', g.id, 'role', g.role, 'grantedAt', g.granted_at, 'systemId', g.system_id,
        'cohort', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END
      ) ORDER BY g.granted_at, g.id)
      FROM role_grant g
      LEFT JOIN cohort c ON c.id = g.cohort_id
      WHERE g.user_id = u.id
    ), '[]') AS role_grants
  FROM user_account u`;

const USER_COLUMNS = {
  id: col.uuid,
  email: col.text,
  name: col.text,
  created_at: col.timestamptz,
  deactivated_at: col.timestamptz.orNull,
  role_grants: col.json<GrantJson[]>(),
};

const LIST_USERS = defineQuery()({
  name: 'users.list',
  text: `${USER_SELECT} ORDER BY u.name, u.email`,
  columns: USER_COLUMNS,
});

const FIND_USER = defineQuery<[id: string]>()({
  name: 'users.findById',
  text: `${USER_SELECT} WHERE u.id = $1`,
  columns: USER_COLUMNS,
});

const INSERT_GRANT = defineQuery<
  [userId: string, role: Role, systemId: string | null, cohortId: string | null, grantedBy: string | null]
>()({
  name: 'users.grant',
  text: `INSERT INTO role_grant (user_id, role, system_id, cohort_id, granted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
  columns: { id: col.uuid },
});

const FIND_CREDENTIALS = defineQuery<[email: string]>()({
  name: 'users.findCredentials',
  text: `SELECT id, password_hash FROM user_account WHERE email = $1 AND deactivated_at IS NULL`,
  columns: { id: col.uuid, password_hash: col.text.orNull },
});

const CREDENTIALS_OF = defineQuery<[userId: string]>()({
  name: 'users.credentialsOf',
  text: `SELECT email, name, password_hash FROM user_account WHERE id = $1`,
  columns: { email: col.text, name: col.text, password_hash: col.text.orNull },
});

const ACCOUNT_STATUS = defineQuery<[email: string]>()({
  name: 'users.accountStatus',
  text: `SELECT deactivated_at IS NOT NULL AS deactivated FROM user_account WHERE email = $1`,
  columns: { deactivated: col.bool },
});

/** The active admins, locked, so two admins deactivating each other at once cannot leave none. */
const LOCK_ACTIVE_ADMINS = defineQuery()({
  name: 'users.lockActiveAdmins',
  text: `SELECT u.id FROM user_account u
    WHERE u.deactivated_at IS NULL AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = 'ADMIN')
    ORDER BY u.id FOR UPDATE OF u`,
  columns: { id: col.uuid },
});

const DEACTIVATE = defineQuery<[id: string]>()({
  name: 'users.deactivate',
  text: `UPDATE user_account SET deactivated_at = now() WHERE id = $1 AND deactivated_at IS NULL RETURNING email`,
  columns: { email: col.text },
});

const REVOKE_INVITATIONS = defineQuery<[email: string]>()({
  name: 'users.revokeInvitations',
  text: `UPDATE invitation SET revoked_at = now(), token_hash = NULL
    WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING id`,
  columns: { id: col.uuid },
});

const REACTIVATE = defineQuery<[id: string]>()({
  name: 'users.reactivate',
  text: `UPDATE user_account SET deactivated_at = NULL WHERE id = $1 AND deactivated_at IS NOT NULL RETURNING id`,
  columns: { id: col.uuid },
});

/** User accounts and their role grants. Every change is written with its audit event, in one transaction. */
@Injectable()
export class UsersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly systems: SystemsRepository,
  ) {}

  async list(): Promise<UserAccountRecord[]> {
    return this.toUsers(await run(this.dataSource, LIST_USERS));
  }

  async findById(id: string, db: EntityManager | DataSource = this.dataSource): Promise<UserAccountRecord | null> {
    const [user] = await this.toUsers(await run(db, FIND_USER, [id]));
    return user ?? null;
  }

  /**
   * The account a password sign-in (or a password reset) may use: none for an unknown email or a deactivated account.
   * The one place that says a deactivated account has no credentials.
   */
  async findCredentials(email: string): Promise<{ id: string; passwordHash: string | null } | null> {
    const row = await runOne(this.dataSource, FIND_CREDENTIALS, [email]);
    return row ? { id: row.id, passwordHash: row.password_hash } : null;
  }

  /** A signed-in person's own email, name and password hash (changing their password, turning off the second step). */
  async credentialsOf(userId: string): Promise<{ email: string; name: string; passwordHash: string | null } | null> {
    const row = await runOne(this.dataSource, CREDENTIALS_OF, [userId]);
    return row ? { email: row.email, name: row.name, passwordHash: row.password_hash } : null;
  }

  /** Whether this email has an account, and whether it is active. */
  async accountStatus(email: string): Promise<'none' | 'active' | 'deactivated'> {
    const row = await runOne(this.dataSource, ACCOUNT_STATUS, [email]);
    return row ? (row.deactivated ? 'deactivated' : 'active') : 'none';
  }

  /**
   * Deactivates a leaver's account, revokes all its sessions and its pending invitations, with its audit event, in one
   * transaction (the database's triggers tell every replica to forget the sessions). 'LAST_ADMIN' (nothing changed)
   * when it is the last active admin; false when it was already deactivated or does not exist.
   */
  async deactivate(id: string, audit: Omit<Audit, 'action' | 'subjectType'>): Promise<boolean | 'LAST_ADMIN'> {
    return this.dataSource.transaction(async (tx) => {
      const admins = await run(tx, LOCK_ACTIVE_ADMINS);
      if (admins.length <= 1 && admins.some((admin) => admin.id === id)) return 'LAST_ADMIN';
      const row = await runOne(tx, DEACTIVATE, [id]);
      if (!row) return false;
      const sessionsEnded = await revokeSessions(tx, id);
      const invitations = await run(tx, REVOKE_INVITATIONS, [row.email]);
      await appendAuditEvent(tx, {
        ...audit,
        action: 'ACCOUNT_DEACTIVATED',
        subjectType: 'user_account',
        subjectId: id,
        after: { sessionsEnded, invitationsWithdrawn: invitations.length },
      });
      return true;
    });
  }

  /** Lets a deactivated account sign in again (its old sessions stay ended); false if it was not deactivated. */
  async reactivate(id: string, audit: Omit<Audit, 'action' | 'subjectType'>): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await runOne(tx, REACTIVATE, [id]))) return false;
      await appendAuditEvent(tx, { ...audit, action: 'ACCOUNT_REACTIVATED', subjectType: 'user_account', subjectId: id });
      return true;
    });
  }

  async emailTaken(email: string): Promise<boolean> {
    return this.dataSource.getRepository(UserAccountEntity).exists({ where: { email } });
  }

  async adminExists(): Promise<boolean> {
    return this.dataSource.getRepository(RoleGrantEntity).exists({ where: { role: 'ADMIN' } });
  }

  async create(
    user: { email: string; name: string; passwordHash: string | null },
    audit: Audit,
  ): Promise<UserAccountRecord> {
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .getRepository(UserAccountEntity)
        .insert({ email: user.email, name: user.name, passwordHash: user.passwordHash });
      const id: string = inserted.identifiers[0]['id'];
      await appendAuditEvent(tx, {
        ...audit,
        subjectId: id,
        after: { email: user.email, name: user.name, hasPassword: user.passwordHash !== null },
      });
      const created = await this.findById(id, tx);
      if (!created) throw new Error(`The account ${id} just created was not found.`);
      return created;
    });
  }

  /** Adds a grant; returns false (and changes nothing) when the person already holds exactly that grant. */
  async grant(grant: NewRoleGrant, grantedBy: string | null, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await run(tx, INSERT_GRANT, [grant.userId, grant.role, grant.systemId, grant.cohortId, grantedBy]);
      if (!row) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'role_grant', subjectId: row.id, after: grant });
      return true;
    });
  }

  async findGrant(grantId: string): Promise<(NewRoleGrant & { id: string }) | null> {
    const row = await this.dataSource.getRepository(RoleGrantEntity).findOne({ where: { id: grantId } });
    return row ? { id: row.id, userId: row.userId, role: row.role, systemId: row.systemId, cohortId: row.cohortId } : null;
  }

  async revoke(grant: NewRoleGrant & { id: string }, audit: Audit): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(RoleGrantEntity).delete({ id: grant.id });
      await appendAuditEvent(tx, { ...audit, subjectType: 'role_grant', subjectId: grant.id, before: grant });
    });
  }

  /** Maps user rows to records, with each grant's ICS (every ICS read in one statement). */
  private async toUsers(rows: readonly UserRow[]): Promise<UserAccountRecord[]> {
    const systemIds = rows.flatMap((row) => row.role_grants.flatMap((g) => (g.systemId ? [g.systemId] : [])));
    const systems = await this.systems.findSystemsByIds(systemIds);
    return rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      createdAt: row.created_at,
      deactivatedAt: row.deactivated_at,
      roleGrants: row.role_grants.map((g) => ({
        id: g.id,
        role: g.role,
        grantedAt: new Date(g.grantedAt),
        system: g.systemId ? (systems.get(g.systemId) ?? null) : null,
        cohort: g.cohort,
      })),
    }));
  }
}

type UserRow = RowOf<typeof USER_COLUMNS>;
