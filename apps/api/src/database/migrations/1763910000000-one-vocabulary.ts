import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One vocabulary (ADR 0016): a 1–5 answer is a level, a 0–100 figure is a score, and an ICS is a system in code and
 * database. So `integrated_care_system` becomes `system`, and an answer's `self_score` and `moderated_score` become
 * `self_level` and `moderated_level`. Renaming keeps every row, key and reference as it was: foreign keys point at the
 * table, not its name, and check constraints follow their column. The names PostgreSQL gave the table's index and
 * constraints, and the columns' check constraints, are renamed with them so that nothing in the catalogue keeps the
 * old words. No function, trigger or view names these tables' old names (the placement trigger watches
 * `assessment.status` only). The audit trail's payloads are left as they were written: it is append-only and nothing
 * reads them back; entries from now on say `selfLevel` and `moderatedLevel`.
 */
export class OneVocabulary1763910000000 implements MigrationInterface {
  name = 'OneVocabulary1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE integrated_care_system RENAME TO system`);
    await queryRunner.query(`ALTER INDEX integrated_care_system_region_id_idx RENAME TO system_region_id_idx`);
    await renameConstraints(queryRunner, 'system', 'integrated_care_system_', 'system_');
    await queryRunner.query(`ALTER TABLE assessment_response RENAME COLUMN self_score TO self_level`);
    await queryRunner.query(`ALTER TABLE assessment_response RENAME COLUMN moderated_score TO moderated_level`);
    await renameConstraints(queryRunner, 'assessment_response', '_self_score_', '_self_level_');
    await renameConstraints(queryRunner, 'assessment_response', '_moderated_score_', '_moderated_level_');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await renameConstraints(queryRunner, 'assessment_response', '_moderated_level_', '_moderated_score_');
    await renameConstraints(queryRunner, 'assessment_response', '_self_level_', '_self_score_');
    await queryRunner.query(`ALTER TABLE assessment_response RENAME COLUMN moderated_level TO moderated_score`);
    await queryRunner.query(`ALTER TABLE assessment_response RENAME COLUMN self_level TO self_score`);
    await renameConstraints(queryRunner, 'system', 'system_', 'integrated_care_system_');
    await queryRunner.query(`ALTER INDEX system_region_id_idx RENAME TO integrated_care_system_region_id_idx`);
    await queryRunner.query(`ALTER TABLE system RENAME TO integrated_care_system`);
  }
}

/** Renames each constraint of `table` whose name contains `from` (the first occurrence) to say `to` instead. */
async function renameConstraints(queryRunner: QueryRunner, table: string, from: string, to: string): Promise<void> {
  const rows: { name: string }[] = await queryRunner.query(
    `SELECT c.conname AS name FROM pg_constraint c
     WHERE c.conrelid = to_regclass($1) AND position($2 IN c.conname) > 0 ORDER BY c.conname`,
    [table, from],
  );
  for (const { name } of rows) {
    const renamed = name.replace(from, to);
    await queryRunner.query(`ALTER TABLE ${table} RENAME CONSTRAINT "${name}" TO "${renamed}"`);
  }
}
