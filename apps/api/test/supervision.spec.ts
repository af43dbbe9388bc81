import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';

/**
 * `npm start` itself (infra/scripts/start.mjs, building first if the build is missing or stale): its embedded
 * PostgreSQL is supervised, and it says "Ready" only when the API really is.
 */
const root = resolve(__dirname, '../../..');

interface Service {
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<number | null>;
}

function startService(env: Record<string, string | undefined>): Service {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(root, 'infra/scripts/start.mjs')], {
    cwd: root,
    env: { ...inherited, LOG_LEVEL: 'warn', CLOSING_REMINDERS: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** PostgreSQL's own lock file names the running server's process id (line 1) and port (line 4). */
function postmaster(dataDir: string): { pid: number; port: number } {
  const lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

const readiness = (port: number) =>
  fetch(`http://127.0.0.1:${port}/readyz`).then(
    (response) => response.status,
    () => 0,
  );

describe('npm start supervises its embedded PostgreSQL', () => {
  // The first run in a fresh clone builds the API and the web app (about a minute, more on a busy machine).
  jest.setTimeout(8 * 60_000);
  let service: Service | undefined;
  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    service = undefined;
  });

  it('restarts the embedded PostgreSQL after kill -9, and the API recovers by itself with every acknowledged write kept', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'idt-supervision-'));
    chmodSync(folder, 0o755); // PostgreSQL runs as its own user when we are root
    const dataDir = join(folder, 'postgres');
    const port = await freePort();
    const running = startService({ PORT: String(port), IDT_DATA_DIR: dataDir });
    service = running;
    expect(await waitFor(() => /Ready: open/.test(running.output()) || running.child.exitCode !== null, 7 * 60_000)).toBe(true);
    expect(running.output()).toMatch(/Ready: open http:\/\/localhost:\d+\//);

    // A session for the demo ICS lead, straight into the embedded database (as `signIn` would make it).
    const database = `postgres://postgres:postgres@127.0.0.1:${postmaster(dataDir).port}/idt_canvas`;
    const setup = new Client({ connectionString: database });
    await setup.connect();
    const { rows: leads } = await setup.query<{ user_id: string; system_id: string }>(
      `SELECT g.user_id, g.system_id FROM role_grant g JOIN user_account u ON u.id = g.user_id
       WHERE g.role = 'ICS_LEAD' AND g.system_id IS NOT NULL ORDER BY u.email LIMIT 1`,
    );
    expect(leads).toHaveLength(1);
    const token = randomBytes(32).toString('base64url');
    await setup.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      createHash('sha256').update(token).digest(),
      leads[0].user_id,
    ]);
    await setup.end();

    // Four writers adding actions to the lead's plan through the API, as fast as it answers.
    const acknowledged: string[] = [];
    const refusals: string[] = [];
    let unanswered = 0;
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; writing; i++) {
        try {
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: `__Host-idt_session=${token}` },
            body: JSON.stringify({
              query: 'mutation ($s: ID!, $a: String!) { addAction(systemId: $s, input: { domainKey: "access", action: $a }) { id } }',
              variables: { s: leads[0].system_id, a: `Writer ${w}, action ${i}` },
            }),
          });
          const body = (await response.json()) as { data?: { addAction?: { id: string } } | null; errors?: { extensions?: { code?: string } }[] };
          if (body.data?.addAction?.id) acknowledged.push(body.data.addAction.id);
          else {
            refusals.push(body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`);
            await new Promise((r) => setTimeout(r, 20));
          }
        } catch {
          unanswered++; // the API did not answer at all
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    });

    expect(await waitFor(() => acknowledged.length >= 30, 30_000)).toBe(true);
    const killed = postmaster(dataDir).pid;
    process.kill(killed, 'SIGKILL');

    expect(await waitFor(async () => (await readiness(port)) === 503, 10_000)).toBe(true);
    expect(
      await waitFor(() => /The embedded PostgreSQL stopped unexpectedly \(ended by SIGKILL\); restarting it in 1 s \(attempt 1 of 5\)…/.test(running.output()), 10_000),
    ).toBe(true);
    expect(await waitFor(async () => (await readiness(port)) === 200, 60_000)).toBe(true);
    expect(running.output()).toMatch(/The embedded PostgreSQL is running again\./);
    expect(postmaster(dataDir).pid).not.toBe(killed);

    // Writes are acknowledged again, by the same API process: nobody restarted it.
    const afterRecovery = acknowledged.length;
    expect(await waitFor(() => acknowledged.length >= afterRecovery + 30, 30_000)).toBe(true);
    writing = false;
    await Promise.all(writers);
    expect(running.child.exitCode).toBeNull();
    expect(running.output()).not.toMatch(/The API stopped/);

    // The writes refused during the outage were refused cleanly, as GraphQL errors; the API always answered.
    expect(refusals.length).toBeGreaterThan(0);
    expect(unanswered).toBe(0);
    const check = new Client({ connectionString: database });
    await check.connect();
    const { rows } = await check.query(`SELECT id FROM action_plan_item WHERE id = ANY($1::uuid[])`, [acknowledged]);
    await check.end();
    expect(rows).toHaveLength(acknowledged.length);

    // Ctrl+C (SIGTERM here) stops the API and then PostgreSQL, cleanly, and for good.
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(running.output()).not.toMatch(/restarting it in \d+ s \(attempt 2/);
  });

  it('gives up after its tries when PostgreSQL cannot start again, and says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'idt-give-up-'));
    chmodSync(folder, 0o755);
    const dataDir = join(folder, 'postgres');
    // The supervisor itself (an ES module), with short pauses; giving up ends this process with exit code 3.
    const supervisor = pathToFileURL(join(root, 'infra/scripts/postgres-supervisor.mjs')).href;
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { superviseEmbeddedPostgres } from ${JSON.stringify(supervisor)};
         const postgres = await superviseEmbeddedPostgres({ dataDir: process.env.DATA_DIR, database: 'postgres', delays: [100, 200],
           log: (m) => console.log(m), onGiveUp: () => process.exit(3) });
         console.log('running as ' + postgres.pid);`,
      ],
      { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      expect(await waitFor(() => /running as \d+/.test(output), 60_000)).toBe(true);
      renameSync(dataDir, `${dataDir}-moved`); // the server cannot start again without its data
      process.kill(Number(/running as (\d+)/.exec(output)?.[1]), 'SIGKILL');
      expect(await exited).toBe(3);
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM'); // its exit hook stops the server
    }
    expect(output).toContain('The embedded PostgreSQL stopped unexpectedly (ended by SIGKILL); restarting it in 0.1 s (attempt 1 of 2)…\n');
    expect(output).toMatch(/The embedded PostgreSQL did not start again[^\n]*; restarting it in 0.2 s \(attempt 2 of 2\)…\n/);
    expect(output).toMatch(/The embedded PostgreSQL did not start again[^\n]* and could not be restarted after 2 attempts; giving up\.\n$/);
  });

  it('says the API failed, never "Ready", and exits non-zero when the API cannot start', async () => {
    const port = await freePort();
    // An existing server (DATABASE_URL) so no embedded one starts; a configuration the API refuses.
    const failing = startService({ PORT: String(port), DATABASE_URL: process.env['TEST_POSTGRES_ADMIN_URL'], LOG_LEVEL: 'loud' });
    service = failing;
    const code = await failing.exited;
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(failing.output()).toMatch(/Configuration error: LOG_LEVEL must be one of/);
    expect(failing.output()).toMatch(/The API stopped before it was ready \(exit code 1\); see its messages above\./);
    expect(failing.output()).not.toMatch(/Ready: open/);
  });
});
