import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API's own database role, and row-level security on an ICS's data (issue 14, ADR 0034).
 *
 * `idt_app` (created NOLOGIN by 1764000400000) is the role the API's pool connects as from now on. It owns nothing:
 * it may read and write the rows of the tables the API uses, use their sequences and run their functions, and on
 * `audit_event` only read and append. As a non-owner it can run no DDL (CREATE, ALTER, DROP), cannot switch a trigger
 * off and cannot TRUNCATE. The grants cover every table that exists when this runs (this migration is deliberately
 * the newest of its release, after every table it added), and `ALTER DEFAULT PRIVILEGES` grants the same on tables
 * and sequences the owner creates later, so a new table is usable by the API without a grant of its own. A table
 * that must be append-only revokes UPDATE and DELETE in its own migration, as here for `audit_event`.
 *
 * Row-level security on the tables that hold an ICS's data: `assessment` and `action_plan_item` (by `system_id`),
 * and by their assessment `assessment_response`, `quick_check_answer`, `assessment_transition` and `review_comment`.
 * The scope is the setting `idt.scope`, set per transaction (or per connection between transactions) by the API
 * (`database/database-scope.ts`): `all` for the service's own work (start-up, jobs) and for queries that are meant to
 * run over every ICS (the landscape, placement), `user:<id>` for a signed-in person, anything else (unset, `none`)
 * for nobody. A person sees the ICSs they lead, those of the cohorts they coach, or all of them when they hold the
 * national or admin role. It is defence in depth behind the services' checks, which stay the rule (a draft is still
 * private to its ICS; the services decide that). The owner (migrations) is not subject to it.
 *
 * Roles belong to the whole cluster: the role is not dropped by `down`.
 */
export class AppRoleAndRowSecurity1764001900000 implements MigrationInterface {
  name = 'AppRoleAndRowSecurity1764001900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'idt_app') THEN CREATE ROLE idt_app NOLOGIN; END IF;
      END $$`);
    // Before PostgreSQL 15 every role may create tables in `public`: nobody but the owner may.
    await queryRunner.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO idt_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO idt_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO idt_app`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO idt_app`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM idt_app`);
    // Which migrations ran is the owner's record: the app reads it, never writes it.
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM idt_app`);
    // Tables, sequences and functions the owner (whoever runs the migrations) creates from now on.
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO idt_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO idt_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO idt_app`);

    // The caller's scope, read from `idt.scope`. SECURITY DEFINER: they read role grants whatever the caller's rights.
    await queryRunner.query(`
      CREATE FUNCTION idt_scope_user() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN s ~ '^user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN substr(s, 6)::uuid END
          FROM (SELECT current_setting('idt.scope', true) AS s) AS setting
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION idt_scope_sees_every_system() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public AS $$
        SELECT coalesce(current_setting('idt.scope', true) = 'all', false)
            OR EXISTS (SELECT 1 FROM role_grant WHERE user_id = idt_scope_user() AND role IN ('NATIONAL', 'ADMIN'))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION idt_scope_systems() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(DISTINCT system_id), '{}') FROM (
          SELECT g.system_id FROM role_grant g WHERE g.user_id = idt_scope_user() AND g.role = 'ICS_LEAD'
          UNION ALL
          SELECT m.system_id FROM role_grant g JOIN cohort_member m ON m.cohort_id = g.cohort_id
           WHERE g.user_id = idt_scope_user() AND g.role = 'COACH'
        ) AS visible
      $$`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION idt_scope_user(), idt_scope_sees_every_system(), idt_scope_systems() TO idt_app`);

    // `(SELECT f())` makes each an InitPlan: worked out once per statement, not once per row.
    const bySystem = `(SELECT idt_scope_sees_every_system()) OR system_id = ANY ((SELECT idt_scope_systems())::uuid[])`;
    const byAssessment = `(SELECT idt_scope_sees_every_system()) OR assessment_id IN (SELECT id FROM assessment)`;
    for (const [table, rule] of [
      ['assessment', bySystem],
      ['action_plan_item', bySystem],
      ['assessment_response', byAssessment],
      ['quick_check_answer', byAssessment],
      ['assessment_transition', byAssessment],
      ['review_comment', byAssessment],
    ] as const) {
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_in_scope ON ${table} USING (${rule}) WITH CHECK (${rule})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['review_comment', 'assessment_transition', 'quick_check_answer', 'assessment_response', 'action_plan_item', 'assessment']) {
      await queryRunner.query(`DROP POLICY ${table}_in_scope ON ${table}`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION idt_scope_systems()`);
    await queryRunner.query(`DROP FUNCTION idt_scope_sees_every_system()`);
    await queryRunner.query(`DROP FUNCTION idt_scope_user()`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM idt_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM idt_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM idt_app`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM idt_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM idt_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM idt_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM idt_app`);
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_event TO idt_app`);
  }
}
