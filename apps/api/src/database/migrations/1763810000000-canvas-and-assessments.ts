import { MigrationInterface, QueryRunner } from 'typeorm';
import { CANVAS_V1_AS_PUBLISHED as CANVAS_V1 } from './frozen/canvas-v1-as-published';

/**
 * The canvas and its assessments. A framework version is one JSON document (validated by the domain package's
 * `frameworkProblems`), immutable once published: responses refer to criteria by their stable keys, which is how
 * scores are compared across versions. Canvas v1 is published here, as it was when this migration was released
 * (frozen beside it in `frozen/canvas-v1-as-published.ts`; `CanvasV1Wording1763900000000` later corrects its wording).
 */
export class CanvasAndAssessments1763810000000 implements MigrationInterface {
  name = 'CanvasAndAssessments1763810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE canvas_framework (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        title text NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        UNIQUE (key, version)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION canvas_framework_published_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'canvas framework % v% is published and cannot change', OLD.key, OLD.version
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER canvas_framework_immutable BEFORE UPDATE OR DELETE ON canvas_framework
      FOR EACH ROW EXECUTE FUNCTION canvas_framework_published_is_immutable()`);

    await queryRunner.query(`
      CREATE TABLE assessment_cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        framework_id uuid NOT NULL REFERENCES canvas_framework (id),
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        cohort_id uuid REFERENCES cohort (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_on >= opens_on)
      )`);

    await queryRunner.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle (id),
        system_id uuid NOT NULL REFERENCES integrated_care_system (id),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'VALIDATED')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cycle_id, system_id)
      )`);
    await queryRunner.query(`CREATE INDEX assessment_system_id_idx ON assessment (system_id)`);

    await queryRunner.query(`
      CREATE TABLE assessment_transition (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        transition text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text,
        actor_user_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX assessment_transition_assessment_idx ON assessment_transition (assessment_id, id)`);

    await queryRunner.query(`
      CREATE TABLE assessment_response (
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        criterion_key text NOT NULL,
        self_score smallint CHECK (self_score BETWEEN 1 AND 5),
        not_assessed boolean NOT NULL DEFAULT false,
        target_level smallint CHECK (target_level BETWEEN 1 AND 5),
        target_date date,
        evidence text NOT NULL DEFAULT '' CHECK (char_length(evidence) <= 5000),
        links text[] NOT NULL DEFAULT '{}',
        confidence text CHECK (confidence IN ('LOW', 'MEDIUM', 'HIGH')),
        moderated_score smallint CHECK (moderated_score BETWEEN 1 AND 5),
        moderator_comment text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        PRIMARY KEY (assessment_id, criterion_key),
        CHECK (NOT (not_assessed AND self_score IS NOT NULL))
      )`);

    await queryRunner.query(`
      CREATE TABLE quick_check_answer (
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        question_key text NOT NULL,
        answer text NOT NULL CHECK (answer IN ('AGREE', 'PARTIALLY_AGREE', 'DISAGREE')),
        PRIMARY KEY (assessment_id, question_key)
      )`);

    await queryRunner.query(`
      CREATE TABLE action_plan_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        system_id uuid NOT NULL REFERENCES integrated_care_system (id),
        domain_key text NOT NULL,
        action text NOT NULL CHECK (char_length(action) BETWEEN 1 AND 1000),
        owner text NOT NULL DEFAULT '' CHECK (char_length(owner) <= 200),
        due_on date,
        status text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
        created_in_cycle_id uuid REFERENCES assessment_cycle (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX action_plan_item_system_idx ON action_plan_item (system_id)`);

    await queryRunner.query(
      `INSERT INTO canvas_framework (key, version, title, status, definition, published_at)
       VALUES ($1, $2, $3, 'PUBLISHED', $4, now())`,
      [CANVAS_V1.key, CANVAS_V1.version, CANVAS_V1.title, JSON.stringify(CANVAS_V1)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'action_plan_item',
      'quick_check_answer',
      'assessment_response',
      'assessment_transition',
      'assessment',
      'assessment_cycle',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP TRIGGER canvas_framework_immutable ON canvas_framework`);
    await queryRunner.query(`DROP TABLE canvas_framework`);
    await queryRunner.query(`DROP FUNCTION canvas_framework_published_is_immutable`);
  }
}
