// Starts the built app exactly as `npm start` does, on a free port, with its embedded PostgreSQL in a new
// temporary folder, and hands its URL to the tests in E2E_BASE_URL.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../../../infra/scripts/embedded-postgres.mjs';

const root = resolve(import.meta.dirname, '../../../..');

export default async function globalSetup() {
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    throw new Error('Browser tests need Chromium: on Debian, `apt-get install -y chromium`.');
  }
  if (process.env.E2E_BASE_URL) return; // testing an app that is already running
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'idt-e2e-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
  const env = { ...process.env, PORT: String(port), IDT_DATA_DIR: join(dataDir, 'postgres'), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const app = spawn(process.execPath, [join(root, 'infra/scripts/start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  app.stdout.on('data', (chunk) => (output += chunk));
  globalThis.__E2E_APP__ = app;

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The app exited (${app.exitCode}) before it was ready:\n${output}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) {
        process.env.E2E_BASE_URL = url;
        // For set-up a browser test cannot do through the app (support/database.ts).
        process.env.E2E_DATA_DIR = env.IDT_DATA_DIR;
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  app.kill('SIGTERM');
  throw new Error(`The app was not ready within two minutes:\n${output}`);
}
