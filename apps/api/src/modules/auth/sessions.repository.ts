import { Actor, RoleGrant } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { col, defineQuery, Queryable, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { SESSION_IDLE_MINUTES, SESSION_LIFETIME_HOURS } from './session-cookie';
import { SignedIn } from './signed-in';
import { UserSessionEntity } from './user-session.entity';

type GrantJson = { role: string; systemId: string | null; cohortId: string | null };

const FIND_SIGNED_IN = defineQuery<[tokenHash: Buffer, idleMinutes: number]>()({
  name: 'sessions.findSignedIn',
  text: `WITH live AS (
      SELECT id, user_id, last_seen_at, expires_at, must_enrol_second_step FROM user_session
      WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
        AND last_seen_at > now() - make_interval(mins => $2)
    ), seen AS (
      UPDATE user_session s SET last_seen_at = now() FROM live
      WHERE s.id = live.id AND live.last_seen_at < now() - interval '1 minute'
      RETURNING s.id
    )
    SELECT live.id AS session_id, u.id, u.email, u.name, live.must_enrol_second_step,
      COALESCE((SELECT json_agg(json_build_object('role', g.role, 'systemId', g.system_id, 'cohortId', g.cohort_id))
                FROM role_grant g WHERE g.user_id = u.id), '[]') AS grants,
      COALESCE((SELECT array_agg(DISTINCT m.system_id)
                FROM role_grant g JOIN cohort_member m ON m.cohort_id = g.cohort_id
                WHERE g.user_id = u.id AND g.role = 'COACH'), '{}') AS coached_system_ids,
      extract(epoch FROM live.expires_at - now())::float8 AS seconds_left,
      extract(epoch FROM (CASE WHEN EXISTS (SELECT 1 FROM seen) THEN now() ELSE live.last_seen_at END)
        + make_interval(mins => $2) - now())::float8 AS idle_seconds_left
    FROM live JOIN user_account u ON u.id = live.user_id AND u.deactivated_at IS NULL`,
  columns: {
    session_id: col.uuid,
    id: col.uuid,
    email: col.text,
    name: col.text,
    grants: col.json<GrantJson[]>(),
    coached_system_ids: col.uuidArray,
    seconds_left: col.float,
    idle_seconds_left: col.float,
    must_enrol_second_step: col.bool,
  },
});

const TOUCH_SESSION = defineQuery<[sessionId: string, idleMinutes: number]>()({
  name: 'sessions.touch',
  text: `UPDATE user_session SET last_seen_at = now()
    WHERE id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
    RETURNING id`,
  columns: { id: col.uuid },
});

const REVOKE_SESSIONS = defineQuery<[userId: string, keepSessionId: string | null]>()({
  name: 'sessions.revokeSessions',
  text: `UPDATE user_session SET revoked_at = now()
    WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND id IS DISTINCT FROM $2::uuid RETURNING id`,
  columns: { id: col.uuid },
});

/**
 * Ends every live session of a person (but `keep`, when given: the one they are using), inside the caller's
 * transaction: deactivation, an admin's reset of their second step, changing or resetting their password, signing out
 * everywhere else. The `user_session` trigger tells every replica to forget them. Returns how many were ended.
 */
export async function revokeSessions(db: Queryable, userId: string, keep: { sessionId: string } | null = null): Promise<number> {
  return (await run(db, REVOKE_SESSIONS, [userId, keep?.sessionId ?? null])).length;
}

/** What a new session starts with. */
export interface NewSession {
  userId: string;
  tokenHash: Buffer;
  userAgent: string | null;
  mustEnrolSecondStep: boolean;
}

/**
 * Inserts a session inside the caller's transaction (signing in, and the full session that replaces one that could
 * only enrol a second step); returns its id. Its lifetime is counted by the database's clock, as every other session
 * time is (the lifetime is a constant, not input).
 */
export async function insertSession(db: EntityManager, session: NewSession): Promise<string> {
  const { identifiers } = await db.getRepository(UserSessionEntity).insert({
    ...session,
    expiresAt: () => `now() + make_interval(hours => ${SESSION_LIFETIME_HOURS})`,
  });
  const id: unknown = identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('The new session has no id.');
  return id;
}

/** Sessions are rows, so any API replica can check any cookie and signing out ends a session everywhere. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Opens a session (and audits it) in one transaction; returns its id. */
  async open(
    userId: string,
    tokenHash: Buffer,
    audit: Omit<AuditEvent, 'subjectId'>,
    options: { userAgent?: string | null; mustEnrolSecondStep?: boolean } = {},
  ): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const id = await insertSession(tx, {
        userId,
        tokenHash,
        userAgent: options.userAgent ?? null,
        mustEnrolSecondStep: options.mustEnrolSecondStep === true,
      });
      await appendAuditEvent(tx, { ...audit, subjectId: id });
      return id;
    });
  }

  /**
   * The person behind a live session, with their role grants and the ICSs of the cohorts they coach, in one
   * statement, and how long the session has left (to its end, and to its idle limit) as the database counts it. Marks
   * the session as seen at most once a minute: every other request only reads, so requests on one session never queue
   * on its row lock or wait for a commit to disk. (Most requests never get here: `SessionService` serves them from
   * memory.)
   */
  async findSignedIn(tokenHash: Buffer): Promise<{ signedIn: SignedIn; secondsLeft: number; idleSecondsLeft: number } | null> {
    const row = await runOne(this.dataSource, FIND_SIGNED_IN, [tokenHash, SESSION_IDLE_MINUTES]);
    if (!row) return null;
    const actor: Actor = {
      userId: row.id,
      grants: row.grants.map(toGrant),
      coachedSystemIds: row.coached_system_ids,
    };
    return {
      signedIn: {
        sessionId: row.session_id,
        user: { id: row.id, email: row.email, name: row.name },
        actor,
        ...(row.must_enrol_second_step ? { mustEnrolSecondStep: true } : {}),
      },
      secondsLeft: row.seconds_left,
      idleSecondsLeft: row.idle_seconds_left,
    };
  }

  /**
   * Records that a session was used now (its idle limit counts from here), unless it has ended meanwhile: false then.
   * Changes nothing any replica keeps in memory, so no notification follows.
   */
  async touch(sessionId: string): Promise<boolean> {
    const rows = await run(this.dataSource, TOUCH_SESSION, [sessionId, SESSION_IDLE_MINUTES]);
    return rows.length > 0;
  }

  /** Ends a session (and audits it) in one transaction. */
  async revoke(sessionId: string, audit: Omit<AuditEvent, 'subjectId'>): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(UserSessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      await appendAuditEvent(tx, { ...audit, subjectId: sessionId });
    });
  }
}

function toGrant(g: GrantJson): RoleGrant {
  switch (g.role) {
    case 'ICS_LEAD':
      return { role: 'ICS_LEAD', systemId: g.systemId as string };
    case 'COACH':
      return { role: 'COACH', cohortId: g.cohortId as string };
    case 'NATIONAL':
      return { role: 'NATIONAL' };
    default:
      return { role: 'ADMIN' };
  }
}
