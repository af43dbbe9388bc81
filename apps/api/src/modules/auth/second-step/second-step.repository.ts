import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../../audit/audit-event';
import { insertSession, revokeSessions } from '../sessions.repository';

const STATE = defineQuery<[userId: string]>()({
  name: 'secondStep.state',
  text: `SELECT u.email, u.password_hash IS NOT NULL AS has_password,
      COALESCE((SELECT array_agg(DISTINCT g.role) FROM role_grant g WHERE g.user_id = u.id), '{}') AS roles,
      s.secret_encrypted, s.confirmed_at IS NOT NULL AS enrolled, s.last_used_step,
      (SELECT count(*) FROM recovery_code r WHERE r.user_id = u.id AND r.used_at IS NULL)::int AS recovery_codes_left
    FROM user_account u LEFT JOIN second_step s ON s.user_id = u.id
    WHERE u.id = $1`,
  columns: {
    email: col.text,
    has_password: col.bool,
    roles: col.textArray,
    secret_encrypted: col.bytea.orNull,
    enrolled: col.bool,
    last_used_step: col.bigint.orNull,
    recovery_codes_left: col.int,
  },
});

const REPLACE_RECOVERY_CODES = defineQuery<[userId: string, codeHashes: readonly Buffer[]]>()({
  name: 'secondStep.replaceRecoveryCodes',
  text: `WITH gone AS (DELETE FROM recovery_code WHERE user_id = $1)
    INSERT INTO recovery_code (user_id, code_hash) SELECT $1, h FROM unnest($2::bytea[]) AS h`,
  columns: {},
});

/** Ends the session that could only enrol; answers its device, for the full session that takes its place. */
const END_SESSION = defineQuery<[sessionId: string]>()({
  name: 'secondStep.endSession',
  text: `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING user_agent`,
  columns: { user_agent: col.text.orNull },
});

const REMOVE_SECOND_STEP = defineQuery<[userId: string]>()({
  name: 'secondStep.remove',
  text: `WITH codes AS (DELETE FROM recovery_code WHERE user_id = $1), pending AS (DELETE FROM pending_sign_in WHERE user_id = $1)
    DELETE FROM second_step WHERE user_id = $1 RETURNING user_id`,
  columns: { user_id: col.uuid },
});

const SAVE_UNCONFIRMED = defineQuery<[userId: string, sealed: Buffer]>()({
  name: 'secondStep.saveUnconfirmed',
  text: `INSERT INTO second_step (user_id, secret_encrypted) VALUES ($1, $2)
    ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, created_at = now(), last_used_step = NULL
    WHERE second_step.confirmed_at IS NULL
    RETURNING user_id`,
  columns: { user_id: col.uuid },
});

const CONFIRM = defineQuery<[userId: string, step: string]>()({
  name: 'secondStep.confirm',
  text: `UPDATE second_step SET confirmed_at = now(), last_used_step = $2
    WHERE user_id = $1 AND confirmed_at IS NULL AND created_at > now() - interval '1 hour'
    RETURNING user_id`,
  columns: { user_id: col.uuid },
});

const USE_STEP = defineQuery<[userId: string, step: string]>()({
  name: 'secondStep.useStep',
  text: `UPDATE second_step SET last_used_step = $2
    WHERE user_id = $1 AND confirmed_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < $2)
    RETURNING user_id`,
  columns: { user_id: col.uuid },
});

const USE_RECOVERY_CODE = defineQuery<[userId: string, codeHash: Buffer]>()({
  name: 'secondStep.useRecoveryCode',
  text: `WITH used AS (
      UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id
    )
    SELECT (SELECT count(*) FROM used)::int AS used,
      (SELECT count(*) FROM recovery_code r WHERE r.user_id = $1 AND r.used_at IS NULL)::int - (SELECT count(*) FROM used)::int AS left`,
  columns: { used: col.int, left: col.int },
});

const OPEN_PENDING = defineQuery<[userId: string, tokenHash: Buffer, minutes: number]>()({
  name: 'secondStep.openPending',
  text: `INSERT INTO pending_sign_in (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))
    RETURNING id`,
  columns: { id: col.uuid },
});

const FIND_PENDING = defineQuery<[tokenHash: Buffer, maxAttempts: number]>()({
  name: 'secondStep.findPending',
  text: `SELECT id, user_id FROM pending_sign_in WHERE token_hash = $1 AND expires_at > now() AND failed_attempts < $2`,
  columns: { id: col.uuid, user_id: col.uuid },
});

const PENDING_FAILED = defineQuery<[id: string]>()({
  name: 'secondStep.pendingFailed',
  text: `UPDATE pending_sign_in SET failed_attempts = failed_attempts + 1 WHERE id = $1 RETURNING failed_attempts`,
  columns: { failed_attempts: col.int },
});

const DELETE_PENDING = defineQuery<[id: string]>()({
  name: 'secondStep.deletePending',
  text: `DELETE FROM pending_sign_in WHERE id = $1 OR expires_at < now() - interval '1 day' RETURNING id`,
  columns: { id: col.uuid },
});

/** A person's second step as stored: roles and whether they have a password, to know whether it is required. */
export interface SecondStepState {
  readonly email: string;
  readonly hasPassword: boolean;
  readonly roles: readonly string[];
  readonly secretEncrypted: Buffer | null;
  readonly enrolled: boolean;
  readonly lastUsedStep: number | null;
  readonly recoveryCodesLeft: number;
}

/** The second step's rows: secrets, recovery codes and sign-ins waiting for their second step. */
@Injectable()
export class SecondStepRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async state(userId: string): Promise<SecondStepState | null> {
    const row = await runOne(this.dataSource, STATE, [userId]);
    if (!row) return null;
    return {
      email: row.email,
      hasPassword: row.has_password,
      roles: row.roles,
      secretEncrypted: row.secret_encrypted,
      enrolled: row.enrolled,
      lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
      recoveryCodesLeft: row.recovery_codes_left,
    };
  }

  /** Keeps a new, unconfirmed secret (replacing an earlier unconfirmed one); false when one is already confirmed. */
  async saveUnconfirmed(userId: string, sealed: Buffer): Promise<boolean> {
    return (await run(this.dataSource, SAVE_UNCONFIRMED, [userId, sealed])).length > 0;
  }

  /**
   * Confirms the secret with the step of its first code, stores the recovery codes' hashes (replacing any) and audits,
   * in one transaction. When `replaceSession` is given (a session that could only enrol), it ends and a full one
   * opens in its place. False (nothing changed) when there was no unconfirmed secret from the last hour.
   */
  async confirm(
    userId: string,
    step: number,
    codeHashes: readonly Buffer[],
    audit: AuditEvent,
    replaceSession?: { sessionId: string; newTokenHash: Buffer },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if ((await run(tx, CONFIRM, [userId, String(step)])).length === 0) return false;
      await run(tx, REPLACE_RECOVERY_CODES, [userId, codeHashes]);
      if (replaceSession) {
        const ended = await runOne(tx, END_SESSION, [replaceSession.sessionId]);
        await insertSession(tx, {
          userId,
          tokenHash: replaceSession.newTokenHash,
          userAgent: ended?.user_agent ?? null,
          mustEnrolSecondStep: false,
        });
      }
      await appendAuditEvent(tx, audit);
      return true;
    });
  }

  /** Records the step of an accepted code, unless that step (or a later one) was used already: false then (replay). */
  async useStep(userId: string, step: number): Promise<boolean> {
    return (await run(this.dataSource, USE_STEP, [userId, String(step)])).length > 0;
  }

  /** Uses up a recovery code if it is one of this person's unused ones; says how many are left. */
  async useRecoveryCode(userId: string, codeHash: Buffer): Promise<{ used: boolean; left: number }> {
    const row = await runOne(this.dataSource, USE_RECOVERY_CODE, [userId, codeHash]);
    return { used: (row?.used ?? 0) > 0, left: row?.left ?? 0 };
  }

  /** Removes the second step and its recovery codes (and audits), in one transaction; optionally ends every session. */
  async remove(userId: string, audit: AuditEvent, options: { endSessions: boolean }): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const removed = await run(tx, REMOVE_SECOND_STEP, [userId]);
      if (options.endSessions) await revokeSessions(tx, userId);
      await appendAuditEvent(tx, audit);
      return removed.length > 0;
    });
  }

  async openPending(userId: string, tokenHash: Buffer, minutes: number): Promise<void> {
    await run(this.dataSource, OPEN_PENDING, [userId, tokenHash, minutes]);
  }

  /** A live pending sign-in with attempts left, or null. */
  async findPending(tokenHash: Buffer, maxAttempts: number): Promise<{ id: string; userId: string } | null> {
    const row = await runOne(this.dataSource, FIND_PENDING, [tokenHash, maxAttempts]);
    return row ? { id: row.id, userId: row.user_id } : null;
  }

  /** Counts a wrong code against a pending sign-in; returns how many there have been. */
  async pendingFailed(id: string): Promise<number> {
    return (await runOne(this.dataSource, PENDING_FAILED, [id]))?.failed_attempts ?? Number.MAX_SAFE_INTEGER;
  }

  /** Ends a pending sign-in (and any long expired); true only for the call that ended it (single use). */
  async deletePending(id: string): Promise<boolean> {
    return (await run(this.dataSource, DELETE_PENDING, [id])).some((row) => row.id === id);
  }
}
