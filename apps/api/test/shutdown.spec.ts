import { Client } from 'pg';
import { startTestApp } from './support/test-app';

describe('graceful shutdown', () => {
  it('lets an in-flight request finish before the server and the database pool close', async () => {
    const api = await startTestApp();
    // Hold a lock so the next query waits inside PostgreSQL: a request that is truly in flight.
    const blocker = new Client({ connectionString: api.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN; LOCK TABLE region IN ACCESS EXCLUSIVE MODE');

    const inFlight = api.graphql<{ regions: { name: string }[] }>('{ regions { name } }');
    await waitFor(async () => (await lockWaiters(blocker)) > 0);

    let closed = false;
    const closing = api.app.close().then(() => (closed = true)); // what SIGTERM triggers (enableShutdownHooks)
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toBe(false); // still waiting for the request

    await blocker.query('COMMIT');
    const { status, body } = await inFlight;
    expect(status).toBe(200);
    expect(body.data?.regions).toHaveLength(7);
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow(); // no longer listening

    await blocker.end();
    await api.close().catch(() => undefined); // drops the test database
  });
});

async function lockWaiters(client: Client): Promise<number> {
  const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND locktype = 'relation'");
  return rows[0].n as number;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((r) => setTimeout(r, 20));
  }
}
