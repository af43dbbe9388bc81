import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { systemJson } from '../systems/system-json.sql';
import { NewRoleGrant, RoleGrantRecord, UserAccountRecord } from './users.types';

type Audit = Omit<AuditEvent, 'subjectId' | 'before' | 'after'>;

const USER_SELECT = `
  SELECT u.id, u.email, u.name, u.created_at,
    COALESCE((
      SELECT json_agg(json_build_object(
        'id', g.id, 'role', g.role, 'grantedAt', g.granted_at,
        'system', CASE WHEN s.id IS NULL THEN NULL ELSE ${systemJson('s', 'r')} END,
        'cohort', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END
      ) ORDER BY g.granted_at, g.id)
      FROM role_grant g
      LEFT JOIN system s ON s.id = g.system_id
      LEFT JOIN region r ON r.id = s.region_id
      LEFT JOIN cohort c ON c.id = g.cohort_id
      WHERE g.user_id = u.id
    ), '[]') AS role_grants
  FROM user_account u`;

/** User accounts and their role grants. Every change is written with its audit event, in one transaction. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<UserAccountRecord[]> {
    const rows = await this.dataSource.query(`${USER_SELECT} ORDER BY u.name, u.email`);
    return rows.map(toUser);
  }

  async findById(id: string, db: EntityManager | DataSource = this.dataSource): Promise<UserAccountRecord | null> {
    const [row] = await db.query(`${USER_SELECT} WHERE u.id = $1`, [id]);
    return row ? toUser(row) : null;
  }

  async findCredentials(email: string): Promise<{ id: string; passwordHash: string | null } | null> {
    const [row] = await this.dataSource.query(`SELECT id, password_hash FROM user_account WHERE email = $1`, [email]);
    return row ? { id: row.id, passwordHash: row.password_hash } : null;
  }

  async emailTaken(email: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM user_account WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async adminExists(): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM role_grant WHERE role = 'ADMIN' LIMIT 1`);
    return rows.length > 0;
  }

  async create(
    user: { email: string; name: string; passwordHash: string | null },
    audit: Audit,
  ): Promise<UserAccountRecord> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO user_account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [user.email, user.name, user.passwordHash],
      );
      await appendAuditEvent(tx, {
        ...audit,
        subjectId: row.id,
        after: { email: user.email, name: user.name, hasPassword: user.passwordHash !== null },
      });
      return (await this.findById(row.id, tx)) as UserAccountRecord;
    });
  }

  /** Adds a grant; returns false (and changes nothing) when the person already holds exactly that grant. */
  async grant(grant: NewRoleGrant, grantedBy: string | null, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.query(
        `INSERT INTO role_grant (user_id, role, system_id, cohort_id, granted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [grant.userId, grant.role, grant.systemId, grant.cohortId, grantedBy],
      );
      if (rows.length === 0) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'role_grant', subjectId: rows[0].id, after: grant });
      return true;
    });
  }

  async findGrant(grantId: string): Promise<(NewRoleGrant & { id: string }) | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, user_id, role, system_id, cohort_id FROM role_grant WHERE id = $1`,
      [grantId],
    );
    return row
      ? { id: row.id, userId: row.user_id, role: row.role, systemId: row.system_id, cohortId: row.cohort_id }
      : null;
  }

  async revoke(grant: NewRoleGrant & { id: string }, audit: Audit): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM role_grant WHERE id = $1`, [grant.id]);
      await appendAuditEvent(tx, { ...audit, subjectType: 'role_grant', subjectId: grant.id, before: grant });
    });
  }
}

function toUser(row: {
  id: string;
  email: string;
  name: string;
  created_at: Date;
  role_grants: (Omit<RoleGrantRecord, 'grantedAt'> & { grantedAt: string })[];
}): UserAccountRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    createdAt: row.created_at,
    roleGrants: row.role_grants.map((g) => ({ ...g, grantedAt: new Date(g.grantedAt) })),
  };
}
