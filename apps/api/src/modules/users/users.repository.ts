import { Role } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, RowOf, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
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
  SELECT u.id, u.email, u.name, u.created_at,
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

const FIND_CREDENTIALS = defineQuery<[email: string]>()({
  name: 'users.findCredentials',
  text: `SELECT id, password_hash FROM user_account WHERE email = $1`,
  columns: { id: col.uuid, password_hash: col.text.orNull },
});

const EMAIL_TAKEN = defineQuery<[email: string]>()({
  name: 'users.emailTaken',
  text: `SELECT 1 AS taken FROM user_account WHERE email = $1`,
  columns: { taken: col.int },
});

const ADMIN_EXISTS = defineQuery()({
  name: 'users.adminExists',
  text: `SELECT 1 AS found FROM role_grant WHERE role = 'ADMIN' LIMIT 1`,
  columns: { found: col.int },
});

const INSERT_USER = defineQuery<[email: string, name: string, passwordHash: string | null]>()({
  name: 'users.insert',
  text: `INSERT INTO user_account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
  columns: { id: col.uuid },
});

const INSERT_GRANT = defineQuery<
  [userId: string, role: Role, systemId: string | null, cohortId: string | null, grantedBy: string | null]
>()({
  name: 'users.grant',
  text: `INSERT INTO role_grant (user_id, role, system_id, cohort_id, granted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
  columns: { id: col.uuid },
});

const FIND_GRANT = defineQuery<[grantId: string]>()({
  name: 'users.findGrant',
  text: `SELECT id, user_id, role, system_id, cohort_id FROM role_grant WHERE id = $1`,
  columns: { id: col.uuid, user_id: col.uuid, role: col.textOf<Role>(), system_id: col.uuid.orNull, cohort_id: col.uuid.orNull },
});

const DELETE_GRANT = defineQuery<[grantId: string]>()({
  name: 'users.revoke',
  text: `DELETE FROM role_grant WHERE id = $1`,
  columns: {},
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

  async findCredentials(email: string): Promise<{ id: string; passwordHash: string | null } | null> {
    const row = await runOne(this.dataSource, FIND_CREDENTIALS, [email]);
    return row ? { id: row.id, passwordHash: row.password_hash } : null;
  }

  async emailTaken(email: string): Promise<boolean> {
    return (await run(this.dataSource, EMAIL_TAKEN, [email])).length > 0;
  }

  async adminExists(): Promise<boolean> {
    return (await run(this.dataSource, ADMIN_EXISTS)).length > 0;
  }

  async create(
    user: { email: string; name: string; passwordHash: string | null },
    audit: Audit,
  ): Promise<UserAccountRecord> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await run(tx, INSERT_USER, [user.email, user.name, user.passwordHash]);
      await appendAuditEvent(tx, {
        ...audit,
        subjectId: row.id,
        after: { email: user.email, name: user.name, hasPassword: user.passwordHash !== null },
      });
      const created = await this.findById(row.id, tx);
      if (!created) throw new Error(`The account ${row.id} just created was not found.`);
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
    const row = await runOne(this.dataSource, FIND_GRANT, [grantId]);
    return row
      ? { id: row.id, userId: row.user_id, role: row.role, systemId: row.system_id, cohortId: row.cohort_id }
      : null;
  }

  async revoke(grant: NewRoleGrant & { id: string }, audit: Audit): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await run(tx, DELETE_GRANT, [grant.id]);
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
