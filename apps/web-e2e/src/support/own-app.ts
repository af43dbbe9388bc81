import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppUnderTest, useAppUnderTest } from './app-under-test';

const root = resolve(__dirname, '../../../..');

/** A running copy of the built app, as `npm start` runs it, with its own fresh embedded PostgreSQL and the demo seeded. */
export interface RunningApp extends AppUnderTest {
  readonly dataDir: string;
  /** Stops the app (which stops its PostgreSQL on the way out) and removes its data folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Asks the kernel for a free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function stopProcess(app: ChildProcess, timeoutMs = 20_000): Promise<void> {
  if (app.exitCode !== null || app.signalCode !== null) return;
  const exited = new Promise((done) => app.once('exit', done));
  app.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((done) => (timer = setTimeout(() => done(true), timeoutMs)))]);
  clearTimeout(timer);
  if (timedOut) app.kill('SIGKILL');
}

/**
 * Starts the built app exactly as `npm start` does (infra/scripts/start.mjs), on a free port, with its embedded
 * PostgreSQL in a new temporary folder, and waits until it answers /readyz. The global set-up starts the run's shared
 * app with it; a suite that must start from the demo as seeded starts one of its own (see `useOwnApp`).
 */
export async function startApp({
  readyWithinMs = 120_000,
  env: extraEnv = {},
}: {
  readyWithinMs?: number;
  /** More environment for the app, e.g. SMTP_URL for a suite that reads the emails it sends. */
  env?: Readonly<Record<string, string>>;
} = {}): Promise<RunningApp> {
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'idt-e2e-'));
  chmodSync(folder, 0o755); // PostgreSQL runs as its own user when we are root
  const dataDir = join(folder, 'postgres');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), IDT_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...extraEnv };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [join(root, 'infra/scripts/start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Best effort: if the test process exits without stopping it (afterAll is the real way), the app is told to stop.
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);

  let stopped: Promise<void> | null = null;
  const url = `http://127.0.0.1:${port}`;
  const app: RunningApp = {
    url,
    dataDir,
    stop: () =>
      (stopped ??= (async () => {
        process.removeListener('exit', onExit);
        await stopProcess(child);
        rmSync(folder, { recursive: true, force: true });
      })()),
  };

  const deadline = Date.now() + readyWithinMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await app.stop();
      throw new Error(`The app exited (${child.exitCode}) before it was ready:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) return app;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await app.stop();
  throw new Error(`The app was not ready within ${readyWithinMs / 1000} s:\n${output}`);
}

/**
 * For a suite that runs on an app of its own, whatever ran before it: starts one before its tests (beforeAll), points
 * the suite's helpers at it, and stops it after them (afterAll, which Jest runs even when a test fails). Returns a
 * getter for the running app. `env`, read when the app starts (after the suite's earlier beforeAll), adds to its
 * environment.
 */
export function useOwnApp(options: { env?: () => Readonly<Record<string, string>> } = {}): () => RunningApp {
  let app: RunningApp | null = null;
  // From here on, this suite's helpers never fall back to the run's shared app, even if its own fails to start.
  useAppUnderTest('starting');
  beforeAll(async () => {
    app = await startApp({ env: options.env?.() });
    useAppUnderTest(app);
  }, 180_000);
  afterAll(async () => {
    useAppUnderTest(null);
    await app?.stop();
  }, 60_000);
  return () => {
    if (!app) throw new Error('The suite’s own app has not started');
    return app;
  };
}
