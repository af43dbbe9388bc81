import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sign-off answer (`CYCLE_SIGN_OFF_ANSWERED`) and a correction of published figures (`CYCLE_FIGURES_REVISED`) are
 * about one ICS, but their subject is the cycle (`assessment_cycle`), which migration 1764000600000's rule did not
 * look at: their `system_id` stayed empty, so the audit trail showed no ICS for them and its ICS filter did not find
 * them. Both rows carry their ICS in `after.systemId` (the domain's event), so:
 *
 * - `audit_event_system_of` (still the one place the rule is written) also gives an `assessment_cycle` event the ICS
 *   its `after` (or `before`) names; a cycle event about every ICS (opened, closed, published) names none and gets none;
 * - the BEFORE INSERT trigger runs for `assessment_cycle` events too;
 * - the events already there get it here, once, as 1764000600000 did (append-only trigger off for this one UPDATE of
 *   a derived column inside this migration's transaction, then on again; no recorded fact changes).
 */
export class AuditEventCycleSystem1764001000000 implements MigrationInterface {
  name = 'AuditEventCycleSystem1764001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(functionSql(`WHEN 'assessment_cycle' THEN COALESCE(ids.after_system, ids.before_system)`));
    await queryRunner.query(`DROP TRIGGER audit_event_system ON audit_event`);
    await queryRunner.query(triggerSql(`'peer_sharing', 'assessment', 'action_plan_item', 'role_grant', 'cohort', 'assessment_cycle'`));
    await queryRunner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await queryRunner.query(`
      UPDATE audit_event SET system_id = audit_event_system_of(subject_type, subject_id, before, after)
      WHERE subject_type = 'assessment_cycle' AND (after ? 'systemId' OR before ? 'systemId')`);
    await queryRunner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await queryRunner.query(`UPDATE audit_event SET system_id = NULL WHERE subject_type = 'assessment_cycle' AND system_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await queryRunner.query(`DROP TRIGGER audit_event_system ON audit_event`);
    await queryRunner.query(triggerSql(`'peer_sharing', 'assessment', 'action_plan_item', 'role_grant', 'cohort'`));
    await queryRunner.query(functionSql(''));
  }
}

const UUID = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/** `audit_event_system_of` as 1764000600000 wrote it, with `extra` cases. */
const functionSql = (extra: string) => `
  CREATE OR REPLACE FUNCTION audit_event_system_of(subject_type text, subject_id text, before jsonb, after jsonb) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE subject_type
      WHEN 'peer_sharing' THEN ids.subject
      WHEN 'assessment' THEN (SELECT a.system_id FROM assessment a WHERE a.id = ids.subject)
      WHEN 'action_plan_item' THEN COALESCE((SELECT i.system_id FROM action_plan_item i WHERE i.id = ids.subject), ids.before_system, ids.after_system)
      WHEN 'role_grant' THEN COALESCE(ids.after_system, ids.before_system)
      WHEN 'cohort' THEN COALESCE(ids.after_system, ids.before_system)
      ${extra}
    END
    FROM (SELECT
      CASE WHEN subject_id ~* ${UUID} THEN subject_id::uuid END AS subject,
      CASE WHEN before->>'systemId' ~* ${UUID} THEN (before->>'systemId')::uuid END AS before_system,
      CASE WHEN after->>'systemId' ~* ${UUID} THEN (after->>'systemId')::uuid END AS after_system
    ) ids
  $$`;

const triggerSql = (subjectTypes: string) => `
  CREATE TRIGGER audit_event_system BEFORE INSERT ON audit_event FOR EACH ROW
  WHEN (NEW.subject_type IN (${subjectTypes}))
  EXECUTE FUNCTION audit_event_note_system()`;
