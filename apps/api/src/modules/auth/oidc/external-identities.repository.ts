import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../../database/typed-sql';
import { appendAuditEvent } from '../../audit/audit-event';

export const SIGN_IN_ATTEMPT_MINUTES = 10;

const FORGET_OLD_ATTEMPTS = defineQuery<[minutes: number]>()({
  name: 'externalIdentities.forgetOldAttempts',
  text: `DELETE FROM sign_in_attempt WHERE created_at < now() - make_interval(mins => $1)`,
  columns: {},
});

const SAVE_ATTEMPT = defineQuery<[stateHash: Buffer, nonce: string, codeVerifier: string, returnTo: string]>()({
  name: 'externalIdentities.saveAttempt',
  text: `INSERT INTO sign_in_attempt (state_hash, nonce, code_verifier, return_to) VALUES ($1, $2, $3, $4)`,
  columns: {},
});

const TAKE_ATTEMPT = defineQuery<[stateHash: Buffer, minutes: number]>()({
  name: 'externalIdentities.takeAttempt',
  text: `DELETE FROM sign_in_attempt WHERE state_hash = $1
         RETURNING nonce, code_verifier, return_to, created_at > now() - make_interval(mins => $2) AS fresh`,
  columns: { nonce: col.text, code_verifier: col.text, return_to: col.text, fresh: col.bool },
});

const FIND_USER_ID = defineQuery<[issuer: string, subject: string]>()({
  name: 'externalIdentities.findUserId',
  text: `SELECT user_id FROM external_identity WHERE issuer = $1 AND subject = $2`,
  columns: { user_id: col.uuid },
});

const UNLINKED_USER_BY_EMAIL = defineQuery<[email: string, issuer: string]>()({
  name: 'externalIdentities.unlinkedUserByEmail',
  text: `SELECT u.id FROM user_account u
         WHERE u.email = $1 AND NOT EXISTS (SELECT 1 FROM external_identity e WHERE e.user_id = u.id AND e.issuer = $2)`,
  columns: { id: col.uuid },
});

const LINK = defineQuery<[issuer: string, subject: string, userId: string]>()({
  name: 'externalIdentities.link',
  text: `INSERT INTO external_identity (issuer, subject, user_id) VALUES ($1, $2, $3)`,
  columns: {},
});

/** Identities from an OpenID provider (keyed by issuer and subject, never by email) and logins in flight. */
@Injectable()
export class ExternalIdentitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async saveAttempt(attempt: { stateHash: Buffer; nonce: string; codeVerifier: string; returnTo: string }): Promise<void> {
    await run(this.dataSource, FORGET_OLD_ATTEMPTS, [SIGN_IN_ATTEMPT_MINUTES]);
    await run(this.dataSource, SAVE_ATTEMPT, [attempt.stateHash, attempt.nonce, attempt.codeVerifier, attempt.returnTo]);
  }

  /** Takes a login in flight (single use): null if unknown, already used or too old. */
  async takeAttempt(stateHash: Buffer): Promise<{ nonce: string; codeVerifier: string; returnTo: string } | null> {
    const row = await runOne(this.dataSource, TAKE_ATTEMPT, [stateHash, SIGN_IN_ATTEMPT_MINUTES]);
    return row?.fresh ? { nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to } : null;
  }

  async findUserId(issuer: string, subject: string): Promise<string | null> {
    const row = await runOne(this.dataSource, FIND_USER_ID, [issuer, subject]);
    return row?.user_id ?? null;
  }

  /**
   * Links an identity to the account with this (provider-verified) email, if there is one and it has no identity
   * from this issuer yet; returns the account's id, or null.
   */
  async linkByEmail(issuer: string, subject: string, email: string): Promise<string | null> {
    return this.dataSource.transaction(async (tx) => {
      const user = await runOne(tx, UNLINKED_USER_BY_EMAIL, [email, issuer]);
      if (!user) return null;
      await run(tx, LINK, [issuer, subject, user.id]);
      await appendAuditEvent(tx, {
        actorUserId: user.id,
        action: 'EXTERNAL_IDENTITY_LINKED',
        subjectType: 'user_account',
        subjectId: user.id,
        after: { issuer, subject },
      });
      return user.id;
    });
  }
}
