import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, gql, Person, systemId } from './support/world';

/** PostgreSQL in a child process on a fixed data folder and port, so it can be stopped and started again. */
function startPostgres(dataDir: string, port: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, 'support/postgres-process.mjs'), dataDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready (\S+)/.exec(out);
      if (ready) resolve({ url: ready[1], child });
    });
    child.on('exit', (code) => reject(new Error(`PostgreSQL exited early (${code})`)));
  });
}

const stopPostgres = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const readiness = async (api: TestApp) => (await fetch(`${api.url}/readyz`)).status;

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('PostgreSQL restarted under load', () => {
  jest.setTimeout(90_000);
  let postgres: { url: string; child: ChildProcess };
  let api: TestApp;
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'idt-restart-'));
    chmodSync(folder, 0o755); // PostgreSQL runs as its own user when we are root
    dataDir = join(folder, 'postgres');
    port = await freePort();
    postgres = await startPostgres(dataDir, port);
    api = await startTestApp({ databaseUrl: postgres.url });
  });
  afterAll(async () => {
    await api?.close();
    if (postgres?.child.exitCode === null) await stopPostgres(postgres.child);
  });

  it('reports not ready while it is down, recovers by itself, and keeps every write it acknowledged', async () => {
    const devon = await systemId(api.database, 'Devon');
    const lead: Person = await createPerson(api.database, 'Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    const acknowledged: string[] = [];
    let failed = 0;
    let running = true;
    // Eight writers adding actions to Devon's plan as fast as they can, through the API.
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; running; i++) {
        try {
          const { body } = await gql(api, lead.token, 'mutation ($s: ID!, $a: String!) { addAction(systemId: $s, input: { domainKey: "access", action: $a }) { id } }', {
            s: devon,
            a: `Writer ${w}, action ${i}`,
          });
          const id = (body.data?.['addAction'] as { id: string } | undefined)?.id;
          if (id) acknowledged.push(id);
          else failed++;
        } catch {
          failed++;
        }
      }
    });

    await waitFor(async () => acknowledged.length >= 50, 20_000);
    const beforeRestart = acknowledged.length;
    await stopPostgres(postgres.child);
    expect(await waitFor(async () => (await readiness(api)) === 503, 10_000)).toBe(true);

    postgres = await startPostgres(dataDir, port);
    expect(await waitFor(async () => (await readiness(api)) === 200, 30_000)).toBe(true);
    // And writes are acknowledged again, without restarting the API.
    const afterRecovery = acknowledged.length;
    expect(await waitFor(async () => acknowledged.length >= afterRecovery + 50, 20_000)).toBe(true);
    running = false;
    await Promise.all(writers);

    expect(beforeRestart).toBeGreaterThanOrEqual(50);
    expect(failed).toBeGreaterThan(0); // the outage was real: some writes were refused while it lasted
    const stored = await api.database.query(`SELECT id FROM action_plan_item WHERE id = ANY($1::uuid[])`, [acknowledged]);
    expect(stored).toHaveLength(acknowledged.length);
  });
});
