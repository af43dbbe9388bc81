import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Published answers (landscapes, profiles and movements of published cycles) are cached in each API replica's memory
 * (docs/decisions/0019-published-answers-cache.md). Every change that can alter one sends a notification on the channel
 * `idt_published_changed`, from a trigger, in the same transaction as the change, so no code path can forget it; each
 * replica listens and empties its cache. (PostgreSQL delivers a notification at commit, and folds identical ones sent
 * in one transaction into one.) The payload names the table, for whoever reads the logs; listeners ignore it.
 *
 * What can change a published answer: a cycle opened, renamed or published (`assessment_cycle`); an assessment added,
 * removed or moved between statuses, which decides what counts (`assessment`; a draft's autosave only bumps its version
 * and sends nothing); an answer changed in a published cycle (`assessment_response`: a correction; autosaves in an open
 * cycle send nothing); an ICS choosing to be named or not (`peer_sharing`); a cohort renamed or its members changed
 * (`cohort`, `cohort_member`: cohort figures, and what its coaches see by name).
 * This migration names only columns that no later migration renames (ids, `status`, `published_at`).
 */
export class PublishedAnswersChanged1763930000000 implements MigrationInterface {
  name = 'PublishedAnswersChanged1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_published_answers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('idt_published_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of ['assessment_cycle', 'peer_sharing', 'cohort', 'cohort_member']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_published_answers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_published_answers_changed()`);
    }
    await queryRunner.query(`
      CREATE TRIGGER assessment_published_answers_added AFTER INSERT OR DELETE OR TRUNCATE ON assessment
      FOR EACH STATEMENT EXECUTE FUNCTION notify_published_answers_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_published_answers_status AFTER UPDATE ON assessment FOR EACH ROW
      WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.cycle_id IS DISTINCT FROM NEW.cycle_id OR OLD.system_id IS DISTINCT FROM NEW.system_id)
      EXECUTE FUNCTION notify_published_answers_changed()`);

    // Answers: only those of assessments in a published cycle (one look-up per statement, not per row).
    await queryRunner.query(`
      CREATE FUNCTION notify_published_responses_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM changed_rows r JOIN assessment a ON a.id = r.assessment_id JOIN assessment_cycle c ON c.id = a.cycle_id
          WHERE c.published_at IS NOT NULL
        ) THEN
          PERFORM pg_notify('idt_published_changed', TG_TABLE_NAME);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_response_published_insert AFTER INSERT ON assessment_response REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_published_responses_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_response_published_update AFTER UPDATE ON assessment_response REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_published_responses_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_response_published_delete AFTER DELETE ON assessment_response REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION notify_published_responses_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER assessment_response_published_${event} ON assessment_response`);
    }
    await queryRunner.query(`DROP FUNCTION notify_published_responses_changed()`);
    await queryRunner.query(`DROP TRIGGER assessment_published_answers_status ON assessment`);
    await queryRunner.query(`DROP TRIGGER assessment_published_answers_added ON assessment`);
    for (const table of ['assessment_cycle', 'peer_sharing', 'cohort', 'cohort_member']) {
      await queryRunner.query(`DROP TRIGGER ${table}_published_answers ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION notify_published_answers_changed()`);
  }
}
