import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling that a stranger cannot turn into a lockout (ADR 0033):
 * - `known_device`: a browser a person has signed in with (only the SHA-256 hash of its cookie's token is kept), with
 *   its own count of recent failed sign-ins; a known device is not held back by anyone else's failures;
 * - two partial indexes so the failed sign-ins counted on every attempt (per account, per address) are read as index
 *   ranges, not by scanning every failure of the last day.
 */
export class KnownDevices1764001400000 implements MigrationInterface {
  name = 'KnownDevices1764001400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE known_device (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_signed_in_at timestamptz NOT NULL DEFAULT now(),
        failed_count int NOT NULL DEFAULT 0,
        last_failed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX known_device_user_idx ON known_device (user_id, last_signed_in_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX audit_event_failed_sign_in_subject_idx ON audit_event (subject_id, occurred_at) WHERE action = 'SIGN_IN_FAILED'`,
    );
    await queryRunner.query(`CREATE INDEX audit_event_failed_sign_in_ip_idx ON audit_event (ip, occurred_at) WHERE action = 'SIGN_IN_FAILED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_event_failed_sign_in_ip_idx`);
    await queryRunner.query(`DROP INDEX audit_event_failed_sign_in_subject_idx`);
    await queryRunner.query(`DROP TABLE known_device`);
  }
}
