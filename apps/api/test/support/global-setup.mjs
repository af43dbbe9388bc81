// One real PostgreSQL for the whole integration run, in a throwaway folder. Each test file then creates its own
// database in it (see test-app.ts), so files run in parallel without seeing each other's rows.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../../../infra/scripts/embedded-postgres.mjs';

export default async function globalSetup() {
  const folder = mkdtempSync(join(tmpdir(), 'idt-api-test-'));
  chmodSync(folder, 0o755); // PostgreSQL runs as its own user when we are root
  const postgres = await startEmbeddedPostgres({ dataDir: join(folder, 'postgres'), database: 'postgres' });
  globalThis.__TEST_POSTGRES__ = postgres;
  process.env.TEST_POSTGRES_ADMIN_URL = postgres.adminUrl;
}
