import { MIGRATIONS } from '../src/database/migrations';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

/**
 * PRODUCT §6: the API scales as replicas behind a load balancer, every one of which migrates the database when it
 * starts. Started together on one empty database, they must migrate it once, one after another.
 */
describe('replicas starting together (real PostgreSQL)', () => {
  let database: { name: string; url: string };
  const apps: TestApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await dropTestDatabase(database.name);
  });

  it('migrate an empty database once, and all of them serve it', async () => {
    // TypeORM would retry a failed start after 3 s and hide a clash: each replica gets one try here.
    const started = await Promise.allSettled([1, 2, 3].map(() => startTestApp({ databaseUrl: database.url, databaseRetryAttempts: 0 })));
    for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);
    expect(started.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual(['started', 'started', 'started']);

    const applied: { name: string; n: number }[] = await apps[0].database.query('SELECT name, count(*)::int AS n FROM migrations GROUP BY name ORDER BY name');
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ name: m.name, n: 1 })).sort((a, b) => a.name.localeCompare(b.name)));
    for (const app of apps) {
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      const { body } = await app.graphql<{ systems: { id: string }[] }>('{ systems { id } }');
      expect(body.data?.systems).toHaveLength(42);
    }
  });
});
