import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database.options';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The one-vocabulary migration (ADR 0016) renames the ICS table to `system` and an answer's 1–5 columns to levels.
 * An answer written under the old names reads back under the new ones with the same values, and down restores them.
 */
describe('one vocabulary migration', () => {
  let api: TestApp;
  /** Migrations run as the database's owner (the API's own role owns nothing: ADR 0034). */
  let owner: DataSource;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await new DataSource(databaseOptions(api.databaseUrl)).initialize();
  });
  afterAll(async () => {
    await owner.destroy();
    await api.close();
  });

  const columns = async (table: string): Promise<string[]> =>
    (
      await owner.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`, [
        table,
      ])
    ).map((c: { column_name: string }) => c.column_name);
  const tableExists = async (table: string): Promise<boolean> =>
    (await owner.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [table]))[0].present;

  /** Undoes the migrations after the rename, so that the rename is the last one run. */
  const backToTheRename = async () => {
    for (;;) {
      const [last] = await owner.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
      if (last.name === 'OneVocabulary1763910000000') return;
      await owner.undoLastMigration();
    }
  };

  it('keeps an answer written under the old names, with the same levels, and its ICS', async () => {
    await backToTheRename();
    await owner.undoLastMigration();

    // The schema as the previous migration left it: the old names.
    expect(await tableExists('integrated_care_system')).toBe(true);
    expect(await tableExists('system')).toBe(false);
    expect(await columns('assessment_response')).toEqual(expect.arrayContaining(['self_score', 'moderated_score']));

    const [cycle] = await owner.query(
      `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on)
       SELECT 'Vocabulary check', id, '2026-01-01', '2026-03-31' FROM canvas_framework ORDER BY version LIMIT 1 RETURNING id`,
    );
    const [ics] = await owner.query(`SELECT id, name FROM integrated_care_system WHERE name = 'Devon'`);
    const [assessment] = await owner.query(`INSERT INTO assessment (cycle_id, system_id) VALUES ($1, $2) RETURNING id`, [cycle.id, ics.id]);
    await owner.query(
      `INSERT INTO assessment_response (assessment_id, criterion_key, self_score, moderated_score, evidence)
       VALUES ($1, 'a.one', 4, 2, 'Written before the rename'), ($1, 'a.two', 1, NULL, '')`,
      [assessment.id],
    );

    await owner.runMigrations();

    expect(await tableExists('integrated_care_system')).toBe(false);
    const answers = await owner.query(
      `SELECT r.criterion_key, r.self_level, r.moderated_level, r.evidence, s.name
       FROM assessment_response r JOIN assessment a ON a.id = r.assessment_id JOIN system s ON s.id = a.system_id
       WHERE r.assessment_id = $1 ORDER BY r.criterion_key`,
      [assessment.id],
    );
    expect(answers).toEqual([
      { criterion_key: 'a.one', self_level: 4, moderated_level: 2, evidence: 'Written before the rename', name: 'Devon' },
      { criterion_key: 'a.two', self_level: 1, moderated_level: null, evidence: '', name: 'Devon' },
    ]);
    // The renamed columns keep their rules: a level is still 1 to 5.
    await expect(
      owner.query(`UPDATE assessment_response SET self_level = 6 WHERE assessment_id = $1`, [assessment.id]),
    ).rejects.toThrow(/assessment_response_self_level_check/);
    await expect(
      owner.query(`UPDATE assessment_response SET moderated_level = 0 WHERE assessment_id = $1`, [assessment.id]),
    ).rejects.toThrow(/assessment_response_moderated_level_check/);
  });

  it('leaves no column named "score" holding a 1–5 level, and no catalogue name with the old words', async () => {
    const scoreColumns: { table_name: string; column_name: string; data_type: string }[] = await owner.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name LIKE '%score%' ORDER BY table_name, column_name`,
    );
    // What is still called a score is a 0–100 figure (a number, or figures in JSON), never a whole-number level.
    expect(scoreColumns.map((c) => c.column_name)).toEqual(expect.arrayContaining(['overall_score', 'score']));
    expect(scoreColumns.filter((c) => !['double precision', 'jsonb'].includes(c.data_type))).toEqual([]);
    expect(await columns('assessment_response')).toEqual(expect.arrayContaining(['self_level', 'moderated_level']));

    const oldNames = await owner.query(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname ~ '(integrated_care_system|self_score|moderated_score)'
       UNION ALL
       SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname ~ '(integrated_care_system|self_score|moderated_score)'`,
    );
    expect(oldNames).toEqual([]);
  });

  it('goes down to the old names with the same values, and up again', async () => {
    const read = (table: string, self: string, moderated: string) =>
      owner.query(
        `SELECT r.criterion_key, r.${self} AS self, r.${moderated} AS moderated, s.name FROM assessment_response r
         JOIN assessment a ON a.id = r.assessment_id JOIN ${table} s ON s.id = a.system_id
         WHERE r.evidence = 'Written before the rename'`,
      );
    const before = await read('system', 'self_level', 'moderated_level');
    expect(before).toEqual([{ criterion_key: 'a.one', self: 4, moderated: 2, name: 'Devon' }]);
    await backToTheRename();
    await owner.undoLastMigration();
    expect(await read('integrated_care_system', 'self_score', 'moderated_score')).toEqual(before);
    const [{ n }] = await owner.query(`SELECT count(*)::int AS n FROM pg_constraint WHERE conname LIKE 'integrated_care_system_%'`);
    expect(n).toBeGreaterThanOrEqual(5);
    await owner.runMigrations();
    expect(await read('system', 'self_level', 'moderated_level')).toEqual(before);
  });
});
