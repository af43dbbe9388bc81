#!/usr/bin/env node
// `npm run bench:startup`: how long `npm start` takes, on a built checkout, from launch to serving its first page —
// embedded PostgreSQL initialised in a new folder, migrations and demo seed included (QUALITY.md: ≤ 20 s). Prints
// the figures; it does not fail on a slow machine. Runs it three times: a cold data folder, then two warm restarts.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const folder = mkdtempSync(join(tmpdir(), 'idt-startup-'));
chmodSync(folder, 0o755);

async function startOnce(label) {
  const port = await freePort();
  const started = performance.now();
  const app = spawn(process.execPath, [join(root, 'infra/scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), IDT_DATA_DIR: join(folder, 'postgres'), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (app.exitCode !== null) throw new Error(`the app exited (${app.exitCode})`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok && (await response.text()).includes('<div id="root">')) break;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`${label.padEnd(28)} first page after ${seconds.toFixed(1)} s (bar: 20 s)`);
    return seconds;
  } finally {
    const exited = new Promise((r) => app.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  }
}

try {
  await startOnce('cold (new data folder)');
  await startOnce('warm restart 1');
  await startOnce('warm restart 2');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
