import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-off and corrections (docs/decisions/0023-cycle-states.md). `cycle_sign_off` holds each ICS's current answer to
 * its provisional figures in a closed cycle (one per cycle and ICS; every answer, with the one before it, is in the
 * audit trail). `cycle_figures_revision` holds the corrections of an ICS's published figures, numbered from 1 per ICS
 * per cycle, never changed afterwards. A revision changes what a published landscape shows, so it tells the published
 * answers cache (migration 1763930000000). New notification kinds: a cycle published, a query raised, figures revised.
 */
export class SignOffAndRevisions1764000300000 implements MigrationInterface {
  name = 'SignOffAndRevisions1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cycle_sign_off (
        cycle_id uuid NOT NULL REFERENCES assessment_cycle (id),
        system_id uuid NOT NULL REFERENCES system (id),
        answer text NOT NULL CHECK (answer IN ('CONFIRMED', 'QUERIED')),
        comment text CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 2000),
        answered_by uuid NOT NULL REFERENCES user_account (id),
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (cycle_id, system_id),
        CONSTRAINT cycle_sign_off_query_has_comment CHECK ((answer = 'QUERIED') = (comment IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE cycle_figures_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle (id),
        system_id uuid NOT NULL REFERENCES system (id),
        number integer NOT NULL CHECK (number >= 1),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        revised_by uuid NOT NULL REFERENCES user_account (id),
        revised_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cycle_figures_revision_number UNIQUE (cycle_id, system_id, number)
      )`);
    await queryRunner.query(`
      CREATE TRIGGER cycle_figures_revision_published_answers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cycle_figures_revision
      FOR EACH STATEMENT EXECUTE FUNCTION notify_published_answers_changed()`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_AFTER}))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification WHERE kind IN ('CYCLE_PUBLISHED', 'SIGN_OFF_QUERIED', 'FIGURES_REVISED')`);
    await queryRunner.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await queryRunner.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
    await queryRunner.query(`DROP TABLE cycle_figures_revision`);
    await queryRunner.query(`DROP TABLE cycle_sign_off`);
  }
}

const KINDS_BEFORE = `'ASSESSMENT_SUBMITTED', 'ASSESSMENT_RETURNED', 'ASSESSMENT_VALIDATED', 'CYCLE_CLOSING', 'COMMENT_FROM_ICS',
  'COMMENT_FROM_REVIEWER', 'RECORDING_ON_BEHALF_STARTED', 'ASSESSMENT_SUBMITTED_ON_BEHALF',
  'CYCLE_CLOSING_DATE_CHANGED', 'CYCLE_CLOSED'`;
const KINDS_AFTER = `${KINDS_BEFORE}, 'CYCLE_PUBLISHED', 'SIGN_OFF_QUERIED', 'FIGURES_REVISED'`;
