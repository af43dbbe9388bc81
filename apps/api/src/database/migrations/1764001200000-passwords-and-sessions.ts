import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset links and the device of each session (ADR 0031, docs/access-control.md "Passwords and sessions").
 *
 * - `password_reset`: one emailed link to set a new password. Only a SHA-256 hash of its token is kept; it is used
 *   once (`used_at`) and only before `expires_at` (an hour after it was made, by the database's clock).
 * - `user_session.user_agent`: what the browser said it was at sign-in, capped, so a person can tell their sessions
 *   apart ("Chrome on Windows").
 */
export class PasswordsAndSessions1764001200000 implements MigrationInterface {
  name = 'PasswordsAndSessions1764001200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await queryRunner.query(`CREATE INDEX password_reset_user_id_idx ON password_reset (user_id)`);
    await queryRunner.query(`ALTER TABLE user_session ADD COLUMN user_agent text CHECK (char_length(user_agent) <= 512)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_session DROP COLUMN user_agent`);
    await queryRunner.query(`DROP TABLE password_reset`);
  }
}
