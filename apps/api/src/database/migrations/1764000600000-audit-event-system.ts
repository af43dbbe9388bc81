import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's ICS filter, served by an index (issue 13: paging stays fast with a million events). Which ICS an
 * event concerns was worked out at read time from its subject (an assessment's or action plan item's ICS, a sharing
 * choice, a lead's role, a cohort membership), row by row, so filtering by ICS read the whole trail newest first until
 * a page was full: for an ICS with few events, the whole table. Now it is worked out once, when the event is appended:
 *
 * - `audit_event_system_of(subject_type, subject_id, before, after)` is the one place that rule is written (STABLE,
 *   SECURITY DEFINER so the app's role `idt_app`, which may only read and append to the trail, can still append: it
 *   reads the subject's ICS from `assessment` and `action_plan_item`; a subject id that is not a UUID gives none);
 * - a BEFORE INSERT trigger stores it in the new column `audit_event.system_id`, only for the subject kinds that have an
 *   ICS (sign-ins and the rest do not call it at all);
 * - the events already there get it here, once (the append-only trigger is switched off for this one UPDATE of a
 *   derived column, inside this migration's transaction, and back on; no recorded fact changes);
 * - `audit_event_system_newest_first_idx (system_id, occurred_at DESC, id DESC)` serves "this ICS, newest first, after
 *   this cursor" as an index range, like `audit_event_actor_newest_first_idx` does for a person.
 */
export class AuditEventSystem1764000600000 implements MigrationInterface {
  name = 'AuditEventSystem1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_event ADD COLUMN system_id uuid`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_system_of(subject_type text, subject_id text, before jsonb, after jsonb) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT CASE subject_type
          WHEN 'peer_sharing' THEN ids.subject
          WHEN 'assessment' THEN (SELECT a.system_id FROM assessment a WHERE a.id = ids.subject)
          WHEN 'action_plan_item' THEN COALESCE((SELECT i.system_id FROM action_plan_item i WHERE i.id = ids.subject), ids.before_system, ids.after_system)
          WHEN 'role_grant' THEN COALESCE(ids.after_system, ids.before_system)
          WHEN 'cohort' THEN COALESCE(ids.after_system, ids.before_system)
        END
        FROM (SELECT
          CASE WHEN subject_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN subject_id::uuid END AS subject,
          CASE WHEN before->>'systemId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (before->>'systemId')::uuid END AS before_system,
          CASE WHEN after->>'systemId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (after->>'systemId')::uuid END AS after_system
        ) ids
      $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION audit_event_system_of(text, text, jsonb, jsonb) IS 'The ICS an audit event concerns, from its subject: the one place this rule is written.'`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_event_note_system() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.system_id := audit_event_system_of(NEW.subject_type, NEW.subject_id, NEW.before, NEW.after);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_system BEFORE INSERT ON audit_event FOR EACH ROW
      WHEN (NEW.subject_type IN ('peer_sharing', 'assessment', 'action_plan_item', 'role_grant', 'cohort'))
      EXECUTE FUNCTION audit_event_note_system()`);
    await queryRunner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await queryRunner.query(`
      UPDATE audit_event SET system_id = audit_event_system_of(subject_type, subject_id, before, after)
      WHERE subject_type IN ('peer_sharing', 'assessment', 'action_plan_item', 'role_grant', 'cohort')`);
    await queryRunner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await queryRunner.query(
      `CREATE INDEX audit_event_system_newest_first_idx ON audit_event (system_id, occurred_at DESC, id DESC) WHERE system_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_event_system_newest_first_idx`);
    await queryRunner.query(`DROP TRIGGER audit_event_system ON audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_note_system()`);
    await queryRunner.query(`DROP FUNCTION audit_event_system_of(text, text, jsonb, jsonb)`);
    await queryRunner.query(`ALTER TABLE audit_event DROP COLUMN system_id`);
  }
}
