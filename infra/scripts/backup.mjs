#!/usr/bin/env node
// Backs up the running service's database: `node infra/scripts/backup.mjs [file]`.
// pg_dump in its custom format (compressed; pg_restore can restore all or part of it), one consistent snapshot taken
// while the service keeps running. The database is DATABASE_URL's, else `npm start`'s embedded one. The file holds
// personal data: it is readable by its owner only. See docs/backups.md.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findTool, root, run, serverMajor, serviceDatabaseUrl } from './postgres-tools.mjs';

run(async () => {
  const url = serviceDatabaseUrl();
  const pgDump = findTool('pg_dump', await serverMajor(url));
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const file = resolve(process.argv[2] ?? join(root, '.data/backups', `idt-canvas-${stamp}.dump`));
  mkdirSync(dirname(file), { recursive: true });

  // The password goes by the environment, not the command line (which other users of the machine can see).
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  const partial = `${file}.partial`;
  const result = spawnSync(pgDump, ['--format=custom', '--no-password', `--file=${partial}`, `--dbname=${target}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    umask: 0o077,
  });
  if (result.status !== 0) {
    rmSync(partial, { force: true });
    console.error(`The backup failed (pg_dump exit code ${result.status}); see above. No file was written.`);
    return 1;
  }
  chmodSync(partial, 0o600);
  renameSync(partial, file); // a file under its final name is always a whole backup
  console.log(`Backed up database "${decodeURIComponent(target.pathname.slice(1))}" to ${file} (${Math.ceil(statSync(file).size / 1024)} KB).`);
  return 0;
});
