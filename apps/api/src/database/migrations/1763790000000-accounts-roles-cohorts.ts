import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and what they may do: user accounts, role grants (ICS lead for one ICS, coach for one cohort, national,
 * admin), cohorts of ICSs, sign-in sessions, external (OpenID Connect) identities, and the append-only audit trail.
 */
export class AccountsRolesCohorts1763790000000 implements MigrationInterface {
  name = 'AccountsRolesCohorts1763790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_account_email_lower CHECK (email = lower(email))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX user_account_email_key ON user_account (email)`);

    await queryRunner.query(`
      CREATE TABLE cohort (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE cohort_member (
        cohort_id uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
        system_id uuid NOT NULL REFERENCES integrated_care_system (id),
        PRIMARY KEY (cohort_id, system_id)
      )`);
    await queryRunner.query(`CREATE INDEX cohort_member_system_id_idx ON cohort_member (system_id)`);

    await queryRunner.query(`
      CREATE TABLE role_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('ICS_LEAD', 'COACH', 'NATIONAL', 'ADMIN')),
        system_id uuid REFERENCES integrated_care_system (id),
        cohort_id uuid REFERENCES cohort (id) ON DELETE CASCADE,
        granted_at timestamptz NOT NULL DEFAULT now(),
        granted_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT role_grant_scope CHECK (
          (role = 'ICS_LEAD' AND system_id IS NOT NULL AND cohort_id IS NULL) OR
          (role = 'COACH' AND cohort_id IS NOT NULL AND system_id IS NULL) OR
          (role IN ('NATIONAL', 'ADMIN') AND system_id IS NULL AND cohort_id IS NULL)
        )
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX role_grant_unique ON role_grant (user_id, role, system_id, cohort_id) NULLS NOT DISTINCT`,
    );

    await queryRunner.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX user_session_user_id_idx ON user_session (user_id)`);

    await queryRunner.query(`
      CREATE TABLE external_identity (
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      )`);

    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        before jsonb,
        after jsonb,
        ip text
      )`);
    await queryRunner.query(`CREATE INDEX audit_event_action_time_idx ON audit_event (action, occurred_at)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only`);
    await queryRunner.query(`DROP TABLE external_identity`);
    await queryRunner.query(`DROP TABLE user_session`);
    await queryRunner.query(`DROP TABLE role_grant`);
    await queryRunner.query(`DROP TABLE cohort_member`);
    await queryRunner.query(`DROP TABLE cohort`);
    await queryRunner.query(`DROP TABLE user_account`);
  }
}
