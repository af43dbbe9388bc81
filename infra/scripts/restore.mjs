#!/usr/bin/env node
// Restores a backup into a NEW database on the service's PostgreSQL server (never over an existing one):
//   node infra/scripts/restore.mjs <file> <new database name> [-- extra pg_restore options, e.g. --no-owner]
// The server is DATABASE_URL's, else `npm start`'s embedded one. All or nothing: if any part fails, the new database
// is dropped again. Then start the service on it with DATABASE_URL. See docs/backups.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { findTool, run, serverMajor, serviceDatabaseUrl, UsageError, withDatabase } from './postgres-tools.mjs';

run(async () => {
  const separator = process.argv.indexOf('--');
  const args = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
  const extra = separator === -1 ? [] : process.argv.slice(separator + 1);
  const [file, name] = args;
  if (!file || !name || args.length > 2) {
    throw new UsageError('Usage: node infra/scripts/restore.mjs <backup file> <new database name> [-- pg_restore options]');
  }
  if (!existsSync(file)) throw new UsageError(`There is no backup file ${file}.`);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new UsageError(`"${name}" cannot be the new database's name: use lower-case letters, digits and _ (up to 63), starting with a letter.`);
  }

  const serviceUrl = serviceDatabaseUrl();
  const pgRestore = findTool('pg_restore', await serverMajor(serviceUrl));
  const admin = new pg.Client({ connectionString: withDatabase(serviceUrl, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) throw new UsageError(`A database called "${name}" already exists: a backup is only restored into a new one. Choose another name.`);
    await admin.query(`CREATE DATABASE "${name}"`);

    const target = new URL(withDatabase(serviceUrl, name));
    const password = decodeURIComponent(target.password);
    target.password = '';
    const result = spawnSync(pgRestore, ['--exit-on-error', '--single-transaction', '--no-password', `--dbname=${target}`, ...extra, file], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    });
    if (result.status !== 0) {
      await admin.query(`DROP DATABASE "${name}"`);
      console.error(`The restore failed (pg_restore exit code ${result.status}); see above. The new database was removed again.`);
      return 1;
    }
    console.log(`Restored ${file} into the new database "${name}". To run the service on it, give it DATABASE_URL=${target} (with the password, if the server needs one).`);
    return 0;
  } finally {
    await admin.end();
  }
});
