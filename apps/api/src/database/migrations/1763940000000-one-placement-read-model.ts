import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One placement read model (docs/decisions/0020): "which statuses count" is written once, as the SQL function
 * `assessment_status_counts(status)`. The trigger that counts changes to what counts (migration 1763860000000) and the
 * placement aggregate both call it; no TypeScript restates the list. Changing which statuses count is one
 * `CREATE OR REPLACE FUNCTION` in a new migration, and both follow.
 *
 * Self-contained: the statuses are written here, not imported, so what this migration creates never changes.
 */
export class OnePlacementReadModel1763940000000 implements MigrationInterface {
  name = 'OnePlacementReadModel1763940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION assessment_status_counts(status text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT status IN ('SUBMITTED', 'IN_REVIEW', 'VALIDATED')
      $$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION assessment_status_counts(text) IS 'Whether an assessment in this status counts in placements (landscapes, profiles, cohorts, movement): the one place this rule is written.'`,
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION note_counted_assessment_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO cycle_placement_state AS s (cycle_id, counted_changes)
            SELECT DISTINCT cycle_id, 1 FROM new_rows WHERE assessment_status_counts(status)
            ON CONFLICT (cycle_id) DO UPDATE SET counted_changes = s.counted_changes + 1;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO cycle_placement_state AS s (cycle_id, counted_changes)
            SELECT DISTINCT cycle_id, 1 FROM old_rows WHERE assessment_status_counts(status)
            ON CONFLICT (cycle_id) DO UPDATE SET counted_changes = s.counted_changes + 1;
        ELSE
          INSERT INTO cycle_placement_state AS s (cycle_id, counted_changes)
            SELECT DISTINCT n.cycle_id, 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.status IS DISTINCT FROM o.status AND (assessment_status_counts(n.status) OR assessment_status_counts(o.status))
            ON CONFLICT (cycle_id) DO UPDATE SET counted_changes = s.counted_changes + 1;
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION note_counted_assessment_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        counted CONSTANT text[] := ARRAY['SUBMITTED', 'IN_REVIEW', 'VALIDATED'];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO cycle_placement_state AS s (cycle_id, counted_changes)
            SELECT DISTINCT cycle_id, 1 FROM new_rows WHERE status = ANY (counted)
            ON CONFLICT (cycle_id) DO UPDATE SET counted_changes = s.counted_changes + 1;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO cycle_placement_state AS s (cycle_id, counted_changes)
            SELECT DISTINCT cycle_id, 1 FROM old_rows WHERE status = ANY (counted)
            ON CONFLICT (cycle_id) DO UPDATE SET counted_changes = s.counted_changes + 1;
        ELSE
          INSERT INTO cycle_placement_state AS s (cycle_id, counted_changes)
            SELECT DISTINCT n.cycle_id, 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.status IS DISTINCT FROM o.status AND (n.status = ANY (counted) OR o.status = ANY (counted))
            ON CONFLICT (cycle_id) DO UPDATE SET counted_changes = s.counted_changes + 1;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP FUNCTION assessment_status_counts(text)`);
  }
}
