import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { appUnderTest } from './app-under-test';

/**
 * The app's embedded database, for set-up that no screen does yet (e.g. closing a cycle in the past). Only when the
 * tests started the app themselves (the global set-up, or the suite's own app): its data folder's postmaster.pid says
 * the port (line 4).
 */
export async function withDatabase<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const { dataDir } = appUnderTest();
  if (!dataDir) throw new Error('This test needs an app the tests started (E2E_DATA_DIR is not set)');
  const port = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'idt_canvas' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
