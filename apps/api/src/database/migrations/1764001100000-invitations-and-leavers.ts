import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations and leavers (docs/decisions/0030-invitations.md).
 *
 * - `invitation`: an admin's invitation of a person (email, name, the roles they will hold, whether they sign in with
 *   NHS single sign-on). Its link's token is never stored: only its SHA-256 hash, written by the job that emails it
 *   (null until then, and again after a resend, which kills the old link). Pending means not accepted, not revoked;
 *   valid means pending, with a link, and `expires_at > now()` by the database's clock. One pending invitation per
 *   email address.
 * - `user_account.deactivated_at`: a leaver. A deactivated account cannot sign in by any route, and its sessions are
 *   revoked when it is deactivated (the existing `user_account_changed` trigger tells every replica to forget it).
 */
export class InvitationsAndLeavers1764001100000 implements MigrationInterface {
  name = 'InvitationsAndLeavers1764001100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_account ADD COLUMN deactivated_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT invitation_email_lower CHECK (email = lower(email)),
        name text NOT NULL,
        roles jsonb NOT NULL DEFAULT '[]',
        single_sign_on boolean NOT NULL DEFAULT false,
        token_hash bytea UNIQUE,
        send_number int NOT NULL DEFAULT 1,
        invited_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_user_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitation_pending_email ON invitation (email) WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invitation`);
    await queryRunner.query(`ALTER TABLE user_account DROP COLUMN deactivated_at`);
  }
}
