#!/usr/bin/env node
// `npm start`: builds if needed, starts PostgreSQL (embedded, unless DATABASE_URL is set), then the API, which
// migrates the database and serves the web app and /graphql on one port (PORT, default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const say = (message) => console.log(`[idt-canvas] ${message}`);

const apiEntry = join(root, 'apps/api/dist/main.js');
const webEntry = join(root, 'apps/web/dist/index.html');
const sourceDirs = ['apps/api/src', 'apps/web/src', 'apps/web/index.html', 'packages/domain/src', 'packages/maturity/src'];

/** Newest modification time under a file or folder, in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

function buildIfNeeded() {
  const builtAt = Math.min(newest(apiEntry), newest(webEntry));
  const changedAt = Math.max(...sourceDirs.map((dir) => newest(join(root, dir))));
  if (builtAt > 0 && builtAt >= changedAt) return;
  say(builtAt === 0 ? 'First run: building the API and the web app (about a minute)…' : 'Sources changed: rebuilding…');
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
  if (result.status !== 0) {
    console.error('[idt-canvas] The build failed; see above.');
    process.exit(result.status ?? 1);
  }
  say(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function main() {
  buildIfNeeded();

  const port = process.env.PORT ?? '3000';
  let databaseUrl = process.env.DATABASE_URL;
  let postgres;
  if (databaseUrl) {
    say('Using the PostgreSQL server in DATABASE_URL.');
  } else {
    const dataDir = resolve(root, process.env.IDT_DATA_DIR ?? '.data/postgres');
    mkdirSync(dirname(dataDir), { recursive: true });
    say(`Starting the embedded PostgreSQL (data in ${dataDir})…`);
    postgres = await startEmbeddedPostgres({ dataDir, database: 'idt_canvas', log: (m) => say(m) });
    databaseUrl = postgres.url;
  }

  const api = spawn(process.execPath, [apiEntry], {
    cwd: root,
    stdio: 'inherit',
    // Demo accounts only ever go into the embedded database, never into a DATABASE_URL server; there alone the demo
    // admin and national viewer may sign in without the second step their roles otherwise require.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: port,
      SEED_DEMO_DATA: postgres ? 'true' : 'false',
      DEMO_SKIP_SECOND_STEP: postgres ? 'true' : 'false',
    },
  });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (postgres) await postgres.stop().catch(() => {});
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      say('Stopping…');
      api.kill('SIGTERM');
    });
  }
  api.on('exit', (code, signal) => stop(code ?? (signal ? 0 : 1)));

  await waitUntilReady(`http://127.0.0.1:${port}/readyz`, api);
  if (postgres) printDemoAccounts();
  say(`Ready: open http://localhost:${port}/ (GraphQL at http://localhost:${port}/graphql). Ctrl+C stops.`);
}

/** The demo accounts (from the built domain package), so a newcomer can try every role. */
function printDemoAccounts() {
  const { DEMO_ACCOUNTS, DEMO_PASSWORD, ROLE_LABELS } = createRequire(import.meta.url)(
    join(root, 'packages/domain/dist/index.js'),
  );
  say(`Demo accounts (illustrative; all with the password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS) {
    const scope = account.systemName ? ` (${account.systemName})` : account.role === 'COACH' ? ' (Pioneers cohort)' : '';
    say(`  ${ROLE_LABELS[account.role].padEnd(16)} ${account.email}${scope}`);
  }
}

async function waitUntilReady(url, child) {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

main().catch((error) => {
  console.error('[idt-canvas]', error);
  process.exit(1);
});
