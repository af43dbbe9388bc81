import { Client } from 'pg';
import { col, declaredQueries, defineQuery } from '../src/database/typed-sql';
import { rowTypeProblems } from './support/describe-query';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every raw query the API declares (`defineQuery`) is described by the real, migrated database, and its declared
 * columns must match what PostgreSQL says the statement returns: names and types. Nothing runs.
 */
describe('declared row types match the database', () => {
  let api: TestApp;
  let client: Client;

  beforeAll(async () => {
    // Starting the app loads every module, so every query is declared by then; the app migrates its database.
    api = await startTestApp();
    client = new Client({ connectionString: api.databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  it('declares queries (the check below has something to check)', () => {
    expect(declaredQueries().length).toBeGreaterThan(0);
  });

  it('every declared query returns exactly its declared columns, with their declared types', async () => {
    const problems: string[] = [];
    for (const query of declaredQueries()) problems.push(...(await rowTypeProblems(client, query)));
    expect(problems).toEqual([]);
  });

  it('finds a typo in a column alias, a wrong type, an undeclared column and a statement that does not parse', async () => {
    const typo = defineQuery<[]>()({
      name: 'row-types.spec.typo',
      text: `SELECT id, name AS nmae, ons_code FROM region`,
      columns: { id: col.uuid, name: col.text },
    });
    expect(await rowTypeProblems(client, typo)).toEqual([
      'row-types.spec.typo: declares "name", which the statement does not return (it returns id, nmae, ons_code)',
      'row-types.spec.typo: returns "nmae", which is not declared',
      'row-types.spec.typo: returns "ons_code", which is not declared',
    ]);
    const wrongType = defineQuery<[name: string]>()({
      name: 'row-types.spec.wrong-type',
      text: `SELECT count(*) AS n FROM region WHERE name = $1`,
      columns: { n: col.int },
    });
    expect(await rowTypeProblems(client, wrongType)).toEqual([
      'row-types.spec.wrong-type: "n" is declared int but PostgreSQL returns type 20',
    ]);
    const broken = defineQuery<[]>()({ name: 'row-types.spec.broken', text: `SELECT nope FROM region`, columns: {} });
    const [problem] = await rowTypeProblems(client, broken);
    expect(problem).toMatch(/^row-types\.spec\.broken: PostgreSQL refuses the statement: column "nope" does not exist/);
  });
});
