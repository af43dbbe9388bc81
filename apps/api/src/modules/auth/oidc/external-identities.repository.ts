import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExternalIdentityEntity } from './external-identity.entity';
import { SignInAttemptEntity } from './sign-in-attempt.entity';
import { col, defineQuery, runOne } from '../../../database/typed-sql';
import { appendAuditEvent } from '../../audit/audit-event';

export const SIGN_IN_ATTEMPT_MINUTES = 10;

const TAKE_ATTEMPT = defineQuery<[stateHash: Buffer, minutes: number]>()({
  name: 'externalIdentities.takeAttempt',
  text: `DELETE FROM sign_in_attempt WHERE state_hash = $1
         RETURNING nonce, code_verifier, return_to, created_at > now() - make_interval(mins => $2) AS fresh`,
  columns: { nonce: col.text, code_verifier: col.text, return_to: col.text, fresh: col.bool },
});

const UNLINKED_USER_BY_EMAIL = defineQuery<[email: string, issuer: string]>()({
  name: 'externalIdentities.unlinkedUserByEmail',
  text: `SELECT u.id FROM user_account u
         WHERE u.email = $1 AND u.deactivated_at IS NULL AND NOT EXISTS (SELECT 1 FROM external_identity e WHERE e.user_id = u.id AND e.issuer = $2)`,
  columns: { id: col.uuid },
});

const LINKED_ACTIVE_USER = defineQuery<[issuer: string, subject: string]>()({
  name: 'externalIdentities.linkedActiveUser',
  text: `SELECT u.id FROM external_identity e JOIN user_account u ON u.id = e.user_id
         WHERE e.issuer = $1 AND e.subject = $2 AND u.deactivated_at IS NULL`,
  columns: { id: col.uuid },
});

/** Identities from an OpenID provider (keyed by issuer and subject, never by email) and logins in flight. */
@Injectable()
export class ExternalIdentitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async saveAttempt(attempt: { stateHash: Buffer; nonce: string; codeVerifier: string; returnTo: string }): Promise<void> {
    const attempts = this.dataSource.getRepository(SignInAttemptEntity);
    await attempts
      .createQueryBuilder()
      .delete()
      .where('created_at < now() - make_interval(mins => :minutes)', { minutes: SIGN_IN_ATTEMPT_MINUTES })
      .execute();
    await attempts.insert(attempt);
  }

  /** Takes a login in flight (single use): null if unknown, already used or too old. */
  async takeAttempt(stateHash: Buffer): Promise<{ nonce: string; codeVerifier: string; returnTo: string } | null> {
    const row = await runOne(this.dataSource, TAKE_ATTEMPT, [stateHash, SIGN_IN_ATTEMPT_MINUTES]);
    return row?.fresh ? { nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to } : null;
  }

  /** The active account linked to this identity (none for a deactivated account). */
  async findUserId(issuer: string, subject: string): Promise<string | null> {
    const row = await runOne(this.dataSource, LINKED_ACTIVE_USER, [issuer, subject]);
    return row?.id ?? null;
  }

  /**
   * Links an identity to the account with this (provider-verified) email, if there is one and it has no identity
   * from this issuer yet; returns the account's id, or null.
   */
  async linkByEmail(issuer: string, subject: string, email: string): Promise<string | null> {
    return this.dataSource.transaction(async (tx) => {
      const user = await runOne(tx, UNLINKED_USER_BY_EMAIL, [email, issuer]);
      if (!user) return null;
      await tx.getRepository(ExternalIdentityEntity).insert({ issuer, subject, userId: user.id });
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
