import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database.options';
import { MIGRATIONS } from '../src/database/migrations';
import { startTestApp, TestApp } from './support/test-app';

describe('migrations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const count = async (table: string) => Number((await api.database.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it('run forward from an empty database at start-up and load the reference data', async () => {
    const applied = await api.database.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((m: { name: string }) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await count('region')).toBe(7);
    expect(await count('system')).toBe(42);
  });

  it('go back down to an empty schema and forward again to the same data (as the owner, who runs migrations)', async () => {
    const owner = await new DataSource(databaseOptions(api.databaseUrl)).initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await owner.undoLastMigration();
      const tables = await owner.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
      );
      expect(tables).toEqual([]);

      await owner.runMigrations();
    } finally {
      await owner.destroy();
    }
    expect(await count('system')).toBe(42);
  });

  it('refuse a second ICS with the same code (the database enforces the reference data)', async () => {
    await expect(
      api.database.query(
        "INSERT INTO system (ons_code, ods_code, name, region_id) SELECT 'E54000050', 'QZZ', 'Copy', id FROM region LIMIT 1",
      ),
    ).rejects.toThrow(/duplicate key/);
    expect(await count('system')).toBe(42);
  });
});
