import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-step sign-in (docs/decisions/0032-two-step-sign-in.md):
 *
 * - `second_step`: a person's authenticator (TOTP) secret, encrypted (AES-256-GCM, key from TOTP_ENCRYPTION_KEY);
 *   `confirmed_at` is null while enrolment waits for the first code; `last_used_step` is the 30-second step of the last
 *   code accepted, so a code is never accepted twice (replay).
 * - `recovery_code`: ten single-use codes per person, SHA-256 hashes only; `used_at` once used.
 * - `pending_sign_in`: a correct password waiting for its second step (5 minutes, 5 wrong codes), bound to the browser
 *   by an httpOnly cookie whose SHA-256 hash is kept here; never a session.
 * - `user_session.must_enrol_second_step`: a session opened for someone whose role requires a second step they have
 *   not set up: it may only set one up (or sign out).
 */
export class TwoStepSignIn1764001300000 implements MigrationInterface {
  name = 'TwoStepSignIn1764001300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE second_step (
        user_id uuid PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
        secret_encrypted bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        last_used_step bigint
      )`);
    await queryRunner.query(`
      CREATE TABLE recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        CONSTRAINT recovery_code_unique UNIQUE (user_id, code_hash)
      )`);
    await queryRunner.query(`
      CREATE TABLE pending_sign_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        failed_attempts int NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX pending_sign_in_user_id_idx ON pending_sign_in (user_id)`);
    await queryRunner.query(`ALTER TABLE user_session ADD COLUMN must_enrol_second_step boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE user_session DROP COLUMN must_enrol_second_step`);
    await queryRunner.query(`DROP TABLE pending_sign_in`);
    await queryRunner.query(`DROP TABLE recovery_code`);
    await queryRunner.query(`DROP TABLE second_step`);
  }
}
