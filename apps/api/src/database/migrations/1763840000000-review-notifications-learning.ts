import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The coach's side: the assisted route (who records an assessment on an ICS's behalf), comment threads per
 * criterion, in-app notifications (and whether each was emailed), and the learning programme a coach saves for a
 * cohort in a cycle.
 */
export class ReviewNotificationsLearning1763840000000 implements MigrationInterface {
  name = 'ReviewNotificationsLearning1763840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE assessment ADD COLUMN recorded_on_behalf_by uuid REFERENCES user_account (id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE assessment ADD COLUMN recorded_on_behalf_at timestamptz`);
    await queryRunner.query(`ALTER TABLE assessment_response ADD COLUMN moderated_by uuid REFERENCES user_account (id) ON DELETE SET NULL`);
    await queryRunner.query(`ALTER TABLE assessment_response ADD COLUMN moderated_at timestamptz`);

    await queryRunner.query(`
      CREATE TABLE review_comment (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        criterion_key text NOT NULL,
        author_user_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        author_side text NOT NULL CHECK (author_side IN ('ICS', 'REVIEWER')),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX review_comment_assessment_idx ON review_comment (assessment_id, criterion_key, id)`);
    // Comments are a record of the review: never changed or removed.
    await queryRunner.query(`
      CREATE FUNCTION review_comment_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_comment is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER review_comment_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON review_comment
      FOR EACH STATEMENT EXECUTE FUNCTION review_comment_is_append_only()`);

    await queryRunner.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recipient_user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ASSESSMENT_SUBMITTED', 'ASSESSMENT_RETURNED', 'ASSESSMENT_VALIDATED', 'CYCLE_CLOSING')),
        assessment_id uuid REFERENCES assessment (id),
        message text NOT NULL,
        dedupe_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        UNIQUE (recipient_user_id, dedupe_key)
      )`);
    await queryRunner.query(`CREATE INDEX notification_recipient_idx ON notification (recipient_user_id, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE learning_programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cohort_id uuid NOT NULL REFERENCES cohort (id),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle (id),
        plan jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        UNIQUE (cohort_id, cycle_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE learning_programme`);
    await queryRunner.query(`DROP TABLE notification`);
    await queryRunner.query(`DROP TABLE review_comment`);
    await queryRunner.query(`DROP FUNCTION review_comment_is_append_only`);
    await queryRunner.query(`ALTER TABLE assessment_response DROP COLUMN moderated_at`);
    await queryRunner.query(`ALTER TABLE assessment_response DROP COLUMN moderated_by`);
    await queryRunner.query(`ALTER TABLE assessment DROP COLUMN recorded_on_behalf_at`);
    await queryRunner.query(`ALTER TABLE assessment DROP COLUMN recorded_on_behalf_by`);
  }
}
