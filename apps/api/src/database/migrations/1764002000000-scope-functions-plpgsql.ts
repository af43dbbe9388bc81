import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security at less cost per statement (issue 12: `saveAnswers` p95 ≤ 3× a bare UPDATE), in two changes.
 *
 * 1. The scope functions in PL/pgSQL. 1764001900000 wrote `idt_scope_user`, `idt_scope_sees_every_system` and `idt_scope_systems` as SQL functions. Two of
 * them cannot be inlined (SECURITY DEFINER with their own `search_path`), and PostgreSQL plans such a function's query
 * afresh on every call; every statement on a table under row-level security calls them once per table it reads or
 * writes. On this machine that was about 3.1 ms of the one-statement save's 3.7 ms as `idt_app` (0.65 ms as the
 * owner, who is not subject to the policies). In PL/pgSQL their queries are planned once per connection and kept: the
 * same statement took about 1.25 ms, and about 1.1 ms with change 2 (measured by running the save's statement 500 times
 * as `idt_app` with a lead's scope, against the demo data). (The same finding as 1764001050000, for the audit trail's ICS rule.)
 *
 * Each function answers exactly what it answered before, and is still written only here.
 *
 * 2. The policies of the tables under an assessment (its answers, quick-check answers, transitions and review
 * comments) ask whether the row's own assessment is visible (`EXISTS`, one index look-up per row read) instead of
 * listing every visible assessment (`IN (SELECT id FROM assessment)`: a scan of every assessment, with its policy, for
 * each time a statement names the table; a save names `assessment_response` four times). Same rule: a row is visible
 * when its assessment is, and the assessment's own policy decides that.
 *
 * `test/database-roles.spec.ts` checks what each scope sees and may write.
 */
export class ScopeFunctionsPlpgsql1764002000000 implements MigrationInterface {
  name = 'ScopeFunctionsPlpgsql1764002000000';

  private static readonly UNDER_AN_ASSESSMENT = ['assessment_response', 'quick_check_answer', 'assessment_transition', 'review_comment'];

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION idt_scope_user() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
      DECLARE
        setting CONSTANT text := current_setting('idt.scope', true);
      BEGIN
        IF setting ~ '^user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
          RETURN substr(setting, 6)::uuid;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION idt_scope_sees_every_system() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public AS $$
      BEGIN
        RETURN coalesce(current_setting('idt.scope', true) = 'all', false)
            OR EXISTS (SELECT 1 FROM role_grant WHERE user_id = idt_scope_user() AND role IN ('NATIONAL', 'ADMIN'));
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION idt_scope_systems() RETURNS uuid[] LANGUAGE plpgsql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public AS $$
      DECLARE
        person CONSTANT uuid := idt_scope_user();
      BEGIN
        RETURN (SELECT coalesce(array_agg(DISTINCT system_id), '{}') FROM (
          SELECT g.system_id FROM role_grant g WHERE g.user_id = person AND g.role = 'ICS_LEAD'
          UNION ALL
          SELECT m.system_id FROM role_grant g JOIN cohort_member m ON m.cohort_id = g.cohort_id
           WHERE g.user_id = person AND g.role = 'COACH'
        ) AS visible);
      END $$`);
    await this.underAnAssessment(queryRunner, `EXISTS (SELECT 1 FROM assessment a WHERE a.id = assessment_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.underAnAssessment(queryRunner, `assessment_id IN (SELECT id FROM assessment)`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION idt_scope_user() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN s ~ '^user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN substr(s, 6)::uuid END
          FROM (SELECT current_setting('idt.scope', true) AS s) AS setting
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION idt_scope_sees_every_system() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public AS $$
        SELECT coalesce(current_setting('idt.scope', true) = 'all', false)
            OR EXISTS (SELECT 1 FROM role_grant WHERE user_id = idt_scope_user() AND role IN ('NATIONAL', 'ADMIN'))
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION idt_scope_systems() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(DISTINCT system_id), '{}') FROM (
          SELECT g.system_id FROM role_grant g WHERE g.user_id = idt_scope_user() AND g.role = 'ICS_LEAD'
          UNION ALL
          SELECT m.system_id FROM role_grant g JOIN cohort_member m ON m.cohort_id = g.cohort_id
           WHERE g.user_id = idt_scope_user() AND g.role = 'COACH'
        ) AS visible
      $$`);
  }

  /** The policy of each table under an assessment: visible to all-seeing scopes, else when `assessmentVisible`. */
  private async underAnAssessment(queryRunner: QueryRunner, assessmentVisible: string): Promise<void> {
    const rule = `(SELECT idt_scope_sees_every_system()) OR ${assessmentVisible}`;
    for (const table of ScopeFunctionsPlpgsql1764002000000.UNDER_AN_ASSESSMENT) {
      await queryRunner.query(`ALTER POLICY ${table}_in_scope ON ${table} USING (${rule}) WITH CHECK (${rule})`);
    }
  }
}
