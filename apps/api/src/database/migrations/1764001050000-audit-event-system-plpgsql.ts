import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saving answers spent most of its time in the audit trail's ICS trigger (issue 12: `saveAnswers` p95 ≤ 3× a bare
 * UPDATE). `audit_event_system_of` was a SQL function that cannot be inlined (SECURITY DEFINER with its own
 * `search_path`), and PostgreSQL plans such a function's query afresh on every call: about 3 ms of a save's 4 under
 * `auto_explain` on this machine, for one primary-key look-up. Written in PL/pgSQL, its queries are planned once per
 * connection and kept: about 0.3 ms.
 *
 * The rule itself is unchanged, case for case, and still written only here (1764000600000 and 1764001000000 wrote
 * the earlier form; the trigger that calls it is not touched). `test/audit-system-index.spec.ts` checks each case.
 */
export class AuditEventSystemPlpgsql1764001050000 implements MigrationInterface {
  name = 'AuditEventSystemPlpgsql1764001050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit_event_system_of(text, text, jsonb, jsonb)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_system_of(subject_type text, subject_id text, before jsonb, after jsonb) RETURNS uuid
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        uuid_pattern CONSTANT text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
        subject uuid := CASE WHEN subject_id ~* uuid_pattern THEN subject_id::uuid END;
        before_system uuid := CASE WHEN before->>'systemId' ~* uuid_pattern THEN (before->>'systemId')::uuid END;
        after_system uuid := CASE WHEN after->>'systemId' ~* uuid_pattern THEN (after->>'systemId')::uuid END;
      BEGIN
        RETURN CASE subject_type
          WHEN 'peer_sharing' THEN subject
          WHEN 'assessment' THEN (SELECT a.system_id FROM assessment a WHERE a.id = subject)
          WHEN 'action_plan_item' THEN COALESCE((SELECT i.system_id FROM action_plan_item i WHERE i.id = subject), before_system, after_system)
          WHEN 'role_grant' THEN COALESCE(after_system, before_system)
          WHEN 'cohort' THEN COALESCE(after_system, before_system)
          WHEN 'assessment_cycle' THEN COALESCE(after_system, before_system)
        END;
      END $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION audit_event_system_of(text, text, jsonb, jsonb) IS 'The ICS an audit event concerns, from its subject: the one place this rule is written.'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION audit_event_system_of(text, text, jsonb, jsonb)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_system_of(subject_type text, subject_id text, before jsonb, after jsonb) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT CASE subject_type
          WHEN 'peer_sharing' THEN ids.subject
          WHEN 'assessment' THEN (SELECT a.system_id FROM assessment a WHERE a.id = ids.subject)
          WHEN 'action_plan_item' THEN COALESCE((SELECT i.system_id FROM action_plan_item i WHERE i.id = ids.subject), ids.before_system, ids.after_system)
          WHEN 'role_grant' THEN COALESCE(ids.after_system, ids.before_system)
          WHEN 'cohort' THEN COALESCE(ids.after_system, ids.before_system)
          WHEN 'assessment_cycle' THEN COALESCE(ids.after_system, ids.before_system)
        END
        FROM (SELECT
          CASE WHEN subject_id ~* ${UUID} THEN subject_id::uuid END AS subject,
          CASE WHEN before->>'systemId' ~* ${UUID} THEN (before->>'systemId')::uuid END AS before_system,
          CASE WHEN after->>'systemId' ~* ${UUID} THEN (after->>'systemId')::uuid END AS after_system
        ) ids
      $$`);
  }
}

const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;
