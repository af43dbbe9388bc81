// Starts the run's shared app (see own-app.ts) and hands its URL to the tests in E2E_BASE_URL.
import { existsSync } from 'node:fs';
import { RunningApp, startApp } from './own-app';

declare global {
  // The shared app, for the global teardown (Jest runs both in the same process).
  var __E2E_APP__: RunningApp | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (!existsSync('/usr/bin/chromium') && !process.env['CHROMIUM_PATH']) {
    throw new Error('Browser tests need Chromium: on Debian, `apt-get install -y chromium`.');
  }
  if (process.env['E2E_BASE_URL']) return; // testing an app that is already running
  const app = await startApp();
  globalThis.__E2E_APP__ = app;
  process.env['E2E_BASE_URL'] = app.url;
  // For set-up a browser test cannot do through the app (support/database.ts).
  process.env['E2E_DATA_DIR'] = app.dataDir;
}
