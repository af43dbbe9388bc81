import { Role } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, RowOf, run } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
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

const INSERT_GRANT = defineQuery<
  [userId: string, role: Role, systemId: string | null, cohortId: string | null, grantedBy: string | null]
>()({
  name: 'users.grant',
  text: `INSERT INTO role_grant (user_id, role, system_id, cohort_id, granted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
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

  async findCredentials(email: string): Promise<{ id: string; passwordHash: string | null } | null> {
    const row = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOne({ select: { id: true, passwordHash: true }, where: { email } });
    return row ? { id: row.id, passwordHash: row.passwordHash } : null;
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
