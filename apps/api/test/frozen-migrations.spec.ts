import { CANVAS_V1, parseReferenceCsv } from '@idt/domain';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database.options';
import { CANVAS_V1_AS_PUBLISHED } from '../src/database/migrations/frozen/canvas-v1-as-published';
import { CANVAS_V1_CORRECTED_WORDING } from '../src/database/migrations/frozen/canvas-v1-corrected-wording';
import { wordingErratumProblems } from '../src/database/migrations/frozen/wording-erratum';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

const MIGRATIONS_DIR = resolve(__dirname, '../src/database/migrations');

/** Every module a TypeScript file imports or requires (static, side-effect, dynamic, `export … from`). */
export function importedModules(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire(?:\.resolve)?\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]));
}

/**
 * Why a file under `migrations/` may not import what it imports: only `typeorm` and files inside `migrations/`
 * (the migrations themselves, for the list in index.ts, and the data frozen beside them in `frozen/`).
 */
export function importProblems(file: string, source: string): string[] {
  return importedModules(source).flatMap((module) => {
    if (module === 'typeorm') return [];
    if (module.startsWith('.')) {
      const target = resolve(dirname(file), module);
      if (target.startsWith(MIGRATIONS_DIR + '/')) return [];
    }
    return [`${relative(MIGRATIONS_DIR, file)} imports "${module}"`];
  }).concat(
    /\breadFileSync\b|\breadFile\b|\bprocess\.env\b/.test(source) ? [`${relative(MIGRATIONS_DIR, file)} reads files or the environment at run time`] : [],
  );
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

describe('released migrations never import live code', () => {
  it('every file under migrations/ imports only typeorm and files under migrations/ (its frozen data)', () => {
    const files = filesUnder(MIGRATIONS_DIR);
    expect(files.some((f) => f.includes('/frozen/'))).toBe(true);
    expect(files.every((f) => f.endsWith('.ts'))).toBe(true);
    const problems = files.flatMap((file) => importProblems(file, readFileSync(file, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('the check finds live code, Node I/O and the environment, however imported', () => {
    const file = join(MIGRATIONS_DIR, '1763999999999-example.ts');
    const source = [
      `import { CANVAS_V1 } from '@idt/domain';`,
      `import type { Thing } from '@idt/maturity';`,
      `import * as fs from 'node:fs';`,
      `import '../../modules/systems/system.entity';`,
      `export { x } from '../typed-sql';`,
      `const y = require('../../modules/cohorts/cohorts.repository');`,
      `const z = await import('pg');`,
      `import { MigrationInterface } from 'typeorm';`,
      `import { SYSTEMS_2022 } from './frozen/ics-2022';`,
      `const text = fs.readFileSync('x.csv', 'utf8');`,
    ].join('\n');
    expect(importProblems(file, source)).toEqual([
      '1763999999999-example.ts imports "@idt/domain"',
      '1763999999999-example.ts imports "@idt/maturity"',
      '1763999999999-example.ts imports "node:fs"',
      '1763999999999-example.ts imports "../../modules/systems/system.entity"',
      '1763999999999-example.ts imports "../typed-sql"',
      '1763999999999-example.ts imports "pg"',
      '1763999999999-example.ts imports "../../modules/cohorts/cohorts.repository"',
      '1763999999999-example.ts reads files or the environment at run time',
    ]);
  });

  it('the frozen canvas documents are the published v1 and its wording erratum: the same meaning, other words', () => {
    expect(wordingErratumProblems(CANVAS_V1_AS_PUBLISHED, CANVAS_V1_CORRECTED_WORDING)).toEqual([]);
    expect(JSON.stringify(CANVAS_V1_AS_PUBLISHED)).toMatch(/[Ss]eed 003/);
    expect(JSON.stringify(CANVAS_V1_CORRECTED_WORDING)).not.toMatch(/\bseed 0/i);
  });
});

/**
 * A database migrated from empty holds what the live code says: the domain package's canvas v1 and ICS list. A change
 * to either in the domain without a migration that brings the database along fails here.
 */
describe('a database migrated from empty matches the live domain package', () => {
  let database: { name: string; url: string };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(databaseOptions(database.url));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    if (database) await dropTestDatabase(database.name);
  });

  it('stores the live canvas v1 document, published', async () => {
    const rows = await dataSource.query(`SELECT key, version, title, status, definition FROM canvas_framework`);
    expect(rows).toEqual([
      {
        key: CANVAS_V1.key,
        version: CANVAS_V1.version,
        title: CANVAS_V1.title,
        status: 'PUBLISHED',
        definition: JSON.parse(JSON.stringify(CANVAS_V1)),
      },
    ]);
  });

  it('stores the live regions and ICSs (ics-2022.csv), exactly', async () => {
    const live = parseReferenceCsv(readFileSync(join(dirname(require.resolve('@idt/domain/package.json')), 'data', 'ics-2022.csv'), 'utf8'));
    const regions = await dataSource.query(`SELECT ods_code AS "odsCode", ons_code AS "onsCode", name FROM region ORDER BY ods_code`);
    expect(regions).toEqual([...live.regions].sort((a, b) => a.odsCode.localeCompare(b.odsCode)));
    const systems = await dataSource.query(
      `SELECT s.ons_code AS "onsCode", s.ods_code AS "odsCode", s.name, r.ods_code AS "regionOdsCode"
       FROM system s JOIN region r ON r.id = s.region_id ORDER BY s.ons_code`,
    );
    expect(systems).toEqual([...live.systems].sort((a, b) => a.onsCode.localeCompare(b.onsCode)));
  });
});
