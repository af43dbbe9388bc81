import { dropTestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

describe('health endpoints', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('/healthz says the process is alive', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('/readyz says ready while PostgreSQL answers, and not ready once it cannot be reached', async () => {
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });

    await dropTestDatabase(api.databaseName); // ends every connection, and new ones fail
    const notReady = await fetch(`${api.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
  });
});
