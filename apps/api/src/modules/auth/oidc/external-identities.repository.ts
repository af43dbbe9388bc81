import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-event';

export const SIGN_IN_ATTEMPT_MINUTES = 10;

/** Identities from an OpenID provider (keyed by issuer and subject, never by email) and logins in flight. */
@Injectable()
export class ExternalIdentitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async saveAttempt(attempt: { stateHash: Buffer; nonce: string; codeVerifier: string; returnTo: string }): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sign_in_attempt WHERE created_at < now() - make_interval(mins => $1)`,
      [SIGN_IN_ATTEMPT_MINUTES],
    );
    await this.dataSource.query(
      `INSERT INTO sign_in_attempt (state_hash, nonce, code_verifier, return_to) VALUES ($1, $2, $3, $4)`,
      [attempt.stateHash, attempt.nonce, attempt.codeVerifier, attempt.returnTo],
    );
  }

  /** Takes a login in flight (single use): null if unknown, already used or too old. */
  async takeAttempt(stateHash: Buffer): Promise<{ nonce: string; codeVerifier: string; returnTo: string } | null> {
    // TypeORM answers a DELETE with [rows, count].
    const [rows] = await this.dataSource.query(
      `DELETE FROM sign_in_attempt WHERE state_hash = $1 RETURNING nonce, code_verifier, return_to,
         created_at > now() - make_interval(mins => $2) AS fresh`,
      [stateHash, SIGN_IN_ATTEMPT_MINUTES],
    );
    const row = rows[0];
    return row?.fresh ? { nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to } : null;
  }

  async findUserId(issuer: string, subject: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT user_id FROM external_identity WHERE issuer = $1 AND subject = $2`, [
      issuer,
      subject,
    ]);
    return row?.user_id ?? null;
  }

  /**
   * Links an identity to the account with this (provider-verified) email, if there is one and it has no identity
   * from this issuer yet; returns the account's id, or null.
   */
  async linkByEmail(issuer: string, subject: string, email: string): Promise<string | null> {
    return this.dataSource.transaction(async (tx) => {
      const [user] = await tx.query(
        `SELECT u.id FROM user_account u
         WHERE u.email = $1 AND NOT EXISTS (SELECT 1 FROM external_identity e WHERE e.user_id = u.id AND e.issuer = $2)`,
        [email, issuer],
      );
      if (!user) return null;
      await tx.query(`INSERT INTO external_identity (issuer, subject, user_id) VALUES ($1, $2, $3)`, [issuer, subject, user.id]);
      await appendAuditEvent(tx, {
        actorUserId: user.id,
        action: 'EXTERNAL_IDENTITY_LINKED',
        subjectType: 'user_account',
        subjectId: user.id,
        after: { issuer, subject },
      });
      return user.id as string;
    });
  }
}
