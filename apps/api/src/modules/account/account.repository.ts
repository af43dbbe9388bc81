import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { SESSION_IDLE_MINUTES } from '../auth/session-cookie';
import { revokeSessions } from '../auth/sessions.repository';

type Audit = Omit<AuditEvent, 'subjectId' | 'subjectType'>;

/** How long an emailed reset link works. */
export const RESET_LINK_MINUTES = 60;

const LIVE_SESSIONS = defineQuery<[userId: string, idleMinutes: number]>()({
  name: 'account.liveSessions',
  text: `SELECT id, user_agent, created_at, last_seen_at FROM user_session
    WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(mins => $2)
    ORDER BY last_seen_at DESC, created_at DESC`,
  columns: { id: col.uuid, user_agent: col.text.orNull, created_at: col.timestamptz, last_seen_at: col.timestamptz },
});

/** Ends one live session of this person (or none: then it is someone else's, unknown or already over). */
const END_SESSION = defineQuery<[userId: string, sessionId: string]>()({
  name: 'account.endSession',
  text: `UPDATE user_session SET revoked_at = now()
    WHERE id = $2 AND user_id = $1 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
  columns: { id: col.uuid },
});

const SET_PASSWORD = defineQuery<[userId: string, passwordHash: string]>()({
  name: 'account.setPassword',
  text: `UPDATE user_account SET password_hash = $2 WHERE id = $1 RETURNING id`,
  columns: { id: col.uuid },
});

/** Every unused reset link of this person stops working. */
const CANCEL_RESETS = defineQuery<[userId: string]>()({
  name: 'account.cancelResets',
  text: `UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL RETURNING id`,
  columns: { id: col.uuid },
});

const CREATE_RESET = defineQuery<[userId: string, tokenHash: Buffer, minutes: number]>()({
  name: 'account.createReset',
  text: `INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3)) RETURNING id`,
  columns: { id: col.uuid },
});

const FIND_RESET = defineQuery<[tokenHash: Buffer]>()({
  name: 'account.findReset',
  text: `SELECT u.id AS user_id, u.email, u.name FROM password_reset r JOIN user_account u ON u.id = r.user_id
    WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.password_hash IS NOT NULL`,
  columns: { user_id: col.uuid, email: col.text, name: col.text },
});

/** Uses a link: at most once, however many requests race for it. */
const USE_RESET = defineQuery<[tokenHash: Buffer, userId: string]>()({
  name: 'account.useReset',
  text: `UPDATE password_reset SET used_at = now()
    WHERE token_hash = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING id`,
  columns: { id: col.uuid },
});

const RECENT_RESET_REQUESTS = defineQuery<[email: string, ip: string | null, minutes: number]>()({
  name: 'account.recentResetRequests',
  text: `SELECT count(*) FILTER (WHERE subject_id = $1)::int AS for_email,
                count(*) FILTER (WHERE ip = $2)::int AS from_ip
         FROM audit_event
         WHERE action = 'PASSWORD_RESET_REQUESTED' AND occurred_at > now() - make_interval(mins => $3)`,
  columns: { for_email: col.int, from_ip: col.int },
});

export interface SessionRow {
  readonly id: string;
  readonly userAgent: string | null;
  readonly signedInAt: Date;
  readonly lastUsedAt: Date;
}

/**
 * A person's own password, reset links and sessions. Every change is written with its audit event in one transaction;
 * ending a session fires the `user_session` trigger, which tells every replica to forget it (migration 1763920000000).
 */
@Injectable()
export class AccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async liveSessions(userId: string): Promise<SessionRow[]> {
    const rows = await run(this.dataSource, LIVE_SESSIONS, [userId, SESSION_IDLE_MINUTES]);
    return rows.map((r) => ({ id: r.id, userAgent: r.user_agent, signedInAt: r.created_at, lastUsedAt: r.last_seen_at }));
  }

  /** Ends one of this person's own sessions; false (and nothing changes) when it is not a live session of theirs. */
  async endSession(userId: string, sessionId: string, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const ended = await run(tx, END_SESSION, [userId, sessionId]);
      if (ended.length === 0) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'user_session', subjectId: sessionId });
      return true;
    });
  }

  /** Ends every live session of this person except `keepSessionId`; returns how many ended. */
  async endOtherSessions(userId: string, keepSessionId: string, audit: Audit): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const ended = await revokeSessions(tx, userId, { sessionId: keepSessionId });
      if (ended > 0) {
        await appendAuditEvent(tx, { ...audit, subjectType: 'user_account', subjectId: userId, after: { sessionsEnded: ended } });
      }
      return ended;
    });
  }

  /** Sets a new password; every other session ends (`keepSessionId` stays) and every unused reset link stops working. */
  async changePassword(userId: string, passwordHash: string, keepSessionId: string, audit: Audit): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await run(tx, SET_PASSWORD, [userId, passwordHash]);
      const ended = await revokeSessions(tx, userId, { sessionId: keepSessionId });
      await run(tx, CANCEL_RESETS, [userId]);
      await appendAuditEvent(tx, { ...audit, subjectType: 'user_account', subjectId: userId, after: { sessionsEnded: ended } });
      return ended;
    });
  }

  async createResetLink(userId: string, tokenHash: Buffer): Promise<void> {
    await run(this.dataSource, CREATE_RESET, [userId, tokenHash, RESET_LINK_MINUTES]);
  }

  /** The person a live (unused, unexpired) reset link is for, or null. */
  async findResetLink(tokenHash: Buffer): Promise<{ userId: string; email: string; name: string } | null> {
    const row = await runOne(this.dataSource, FIND_RESET, [tokenHash]);
    return row ? { userId: row.user_id, email: row.email, name: row.name } : null;
  }

  /**
   * Uses a reset link to set a new password: the link is used up (false, and nothing changes, when it is no longer
   * live), every session of the person ends, and every other link of theirs stops working.
   */
  async resetPassword(tokenHash: Buffer, userId: string, passwordHash: string, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const used = await run(tx, USE_RESET, [tokenHash, userId]);
      if (used.length === 0) return false;
      await run(tx, SET_PASSWORD, [userId, passwordHash]);
      const ended = await revokeSessions(tx, userId);
      await run(tx, CANCEL_RESETS, [userId]);
      await appendAuditEvent(tx, { ...audit, subjectType: 'user_account', subjectId: userId, after: { sessionsEnded: ended } });
      return true;
    });
  }

  /** Reset requests in the last `minutes` for this email address and from this IP address (from the audit trail). */
  async recentResetRequests(email: string, ip: string | null, minutes: number): Promise<{ forEmail: number; fromIp: number }> {
    const row = await runOne(this.dataSource, RECENT_RESET_REQUESTS, [email, ip, minutes]);
    return { forEmail: row?.for_email ?? 0, fromIp: row?.from_ip ?? 0 };
  }
}
