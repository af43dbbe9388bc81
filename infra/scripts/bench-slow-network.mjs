#!/usr/bin/env node
// `npm run bench:slow-network`: how long the landscape page takes to become readable on a simulated slow mobile
// connection (QUALITY.md: within 3 s at 1.6 Mbps down, 750 kbps up, 150 ms round trip), in Debian's Chromium with
// its network throttled through the DevTools protocol and its cache off (a cold visit by someone signed in).
// Prints the figures against the budget; it does not fail on a slow machine. Needs a built checkout.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { freePort } from './embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const BUDGET_MS = 3000;
const SLOW_MOBILE = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = createRequire(import.meta.url)(join(root, 'packages/domain/dist/index.js'));

const folder = mkdtempSync(join(tmpdir(), 'idt-bench-'));
chmodSync(folder, 0o755);
const port = await freePort();
const app = spawn(process.execPath, [join(root, 'infra/scripts/start.mjs')], {
  cwd: root,
  env: { ...process.env, PORT: String(port), IDT_DATA_DIR: join(folder, 'postgres'), LOG_LEVEL: 'warn', DATABASE_URL: '' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});

try {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const national = DEMO_ACCOUNTS.find((a) => a.role === 'NATIONAL');
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  // Sign in at full speed: what is measured is a visit to the landscape by someone signed in.
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(national.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Integrated Care Systems' }).waitFor();

  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_MOBILE);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));

  const times = [];
  for (let i = 0; i < runs; i++) {
    bytes = 0;
    const start = Date.now();
    await page.goto('/landscape', { waitUntil: 'commit' });
    // Readable: the heading, the chart's text summary and the first row of the table are on screen.
    await page.getByRole('heading', { level: 1, name: /landscape/i }).waitFor({ timeout: 60_000 });
    await page.getByTestId('chart-summary').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('landscape-row').first().waitFor({ timeout: 60_000 });
    times.push(Date.now() - start);
    console.log(`run ${i + 1}: readable after ${(times.at(-1) / 1000).toFixed(2)} s, ${(bytes / 1024).toFixed(0)} KB transferred`);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  console.log(`landscape on a slow mobile connection (1.6 Mbps, 150 ms RTT, no cache): median ${(median / 1000).toFixed(2)} s ` +
    `= ${(median / BUDGET_MS).toFixed(2)} × the 3 s budget (bar ≤ 1)`);
} finally {
  await browser.close();
  const exited = new Promise((r) => app.once('exit', r));
  app.kill('SIGTERM');
  await exited;
  rmSync(folder, { recursive: true, force: true });
}
