import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Raw SQL goes through a declared query (`defineQuery`, run by `run`/`runOne` in typed-sql.ts), whose row type a test
 * checks against the database; single-table work goes through TypeORM repositories. A `.query(` anywhere else returns
 * `any` again, so this test fails when one creeps back into the API's code.
 */
const src = join(__dirname, '..');

/**
 * Where `.query(` belongs for good: the one place that runs declared queries, the migrations, the one `LISTEN` on the
 * listening connection, and giving the app's role its login at start-up (commands, not queries: they return no rows).
 */
const EXEMPT = [
  /^database\/typed-sql\.ts$/,
  /^database\/migrations\//,
  /^database\/database-notifications\.ts$/,
  /^database\/app-role\.ts$/,
];

/** The lines of some TypeScript that call `.query` on anything directly: `x.query(`, `x.query.bind(x)`, `.call`, `.apply`. */
export function rawQueryLines(source: string): number[] {
  const lines: number[] = [];
  source.split('\n').forEach((line, index) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/^\s*\*/.test(code)) return; // a doc comment's line
    if (/\.query\s*(?:<[^>]*>)?\s*(?:\(|\.\s*(?:bind|call|apply)\b)/.test(code)) lines.push(index + 1);
  });
  return lines;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = typeScriptFiles(src).map((path) => ({
  name: relative(src, path).split(sep).join('/'),
  lines: rawQueryLines(readFileSync(path, 'utf8')),
}));

describe('raw SQL only as declared queries', () => {
  it('finds the calls it is looking for, and not declared queries or query builders', () => {
    const sample = [
      'const rows = await this.dataSource.query(`SELECT 1`);',
      '  const [row] = await tx.query(',
      'await upsert(tx.query.bind(tx), email);',
      'const n = await db.query<{ n: number }>(`SELECT 1 AS n`);',
      'const row = await runOne(this.dataSource, FIND_USER, [id]);',
      "const q = this.users.createQueryBuilder('u').where('u.id = :id', { id });",
      ' * Runs a declared query: never `db.query(text)` directly.',
      '// tx.query(`SELECT 1`) was here',
    ].join('\n');
    expect(rawQueryLines(sample)).toEqual([1, 2, 3, 4]);
  });

  it('the API calls `.query` only in typed-sql.ts, the migrations and the listening connection', () => {
    const offenders = files
      .filter((f) => f.lines.length > 0)
      .filter((f) => !EXEMPT.some((pattern) => pattern.test(f.name)))
      .map((f) => `${f.name}: line ${f.lines.join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('typed-sql.ts itself is where declared queries run', () => {
    expect(files.find((f) => f.name === 'database/typed-sql.ts')?.lines.length).toBeGreaterThan(0);
  });
});
