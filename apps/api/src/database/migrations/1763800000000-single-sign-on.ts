import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on attempts in flight: what an OpenID Connect login must prove on its way back (nonce, PKCE
 * verifier) and where to return to. Kept in the database, not in server memory, so any API replica can finish a
 * login that another started. Single use, and only valid for ten minutes.
 */
export class SingleSignOn1763800000000 implements MigrationInterface {
  name = 'SingleSignOn1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_attempt (
        state_hash bytea PRIMARY KEY,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_attempt`);
  }
}
