import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored placements: each cycle's scores, adopter categories (Rogers) and peer figures, computed once by the maturity
 * engine and read by the ICS profile, which otherwise re-aggregated every cycle's whole landscape on every request
 * (27 s for one ICS at 10,000 organisations × 20 cycles; the bar is 50 ms).
 *
 * `cycle_placement_state.counted_changes` counts changes to which assessments of a cycle count (a status change into,
 * out of or between SUBMITTED, IN_REVIEW and VALIDATED, or such an assessment added or removed). Triggers keep it, in
 * the same transaction as the change, so no code path can forget. `placed_changes` is its value when the stored
 * placement was computed: when the two differ, the placement is stale and is computed again before it is read. The
 * answers of a counted assessment cannot change (only drafts and returned assessments are edited; a coach's
 * moderated score counts from validation, itself a status change), so the status is all the triggers need to watch.
 */
export class StoredPlacements1763860000000 implements MigrationInterface {
  name = 'StoredPlacements1763860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cycle_placement_state (
        cycle_id uuid PRIMARY KEY REFERENCES assessment_cycle (id) ON DELETE CASCADE,
        counted_changes bigint NOT NULL DEFAULT 0,
        placed_changes bigint
      )`);
    await queryRunner.query(`
      CREATE TABLE cycle_placement (
        cycle_id uuid NOT NULL REFERENCES assessment_cycle (id) ON DELETE CASCADE,
        system_id uuid NOT NULL REFERENCES integrated_care_system (id) ON DELETE CASCADE,
        basis text NOT NULL,
        overall_score double precision,
        category text,
        domain_scores jsonb NOT NULL,
        profile jsonb NOT NULL,
        peer_ranks jsonb NOT NULL,
        PRIMARY KEY (cycle_id, system_id)
      )`);
    await queryRunner.query(`CREATE INDEX cycle_placement_system_idx ON cycle_placement (system_id)`);
    // Each placed ICS's complete domain scores, one row each, so "the strongest in this domain, further along the
    // curve" is read from the top of an index (score, then category, then id: the engine's own order), not by scoring
    // a whole cycle's profiles. Derived from cycle_placement in the same transaction that writes it.
    await queryRunner.query(`
      CREATE TABLE cycle_placement_domain (
        cycle_id uuid NOT NULL REFERENCES assessment_cycle (id) ON DELETE CASCADE,
        domain_key text NOT NULL,
        system_id uuid NOT NULL,
        score double precision NOT NULL,
        category_rank smallint NOT NULL,
        PRIMARY KEY (cycle_id, domain_key, system_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX cycle_placement_domain_strongest_idx ON cycle_placement_domain (cycle_id, domain_key, score DESC, category_rank, system_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE cycle_peer_group (
        cycle_id uuid NOT NULL REFERENCES assessment_cycle (id) ON DELETE CASCADE,
        group_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('NATIONAL', 'REGION', 'CATEGORY')),
        name text NOT NULL,
        statistics jsonb NOT NULL,
        PRIMARY KEY (cycle_id, group_key)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION note_counted_assessment_changes() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(`
      CREATE TRIGGER assessment_counted_insert AFTER INSERT ON assessment REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION note_counted_assessment_changes()`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_counted_update AFTER UPDATE ON assessment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION note_counted_assessment_changes()`);
    await queryRunner.query(`
      CREATE TRIGGER assessment_counted_delete AFTER DELETE ON assessment REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION note_counted_assessment_changes()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER assessment_counted_delete ON assessment`);
    await queryRunner.query(`DROP TRIGGER assessment_counted_update ON assessment`);
    await queryRunner.query(`DROP TRIGGER assessment_counted_insert ON assessment`);
    await queryRunner.query(`DROP FUNCTION note_counted_assessment_changes()`);
    await queryRunner.query(`DROP TABLE cycle_peer_group`);
    await queryRunner.query(`DROP TABLE cycle_placement_domain`);
    await queryRunner.query(`DROP TABLE cycle_placement`);
    await queryRunner.query(`DROP TABLE cycle_placement_state`);
  }
}
