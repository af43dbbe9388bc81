// Keeps `npm start`'s embedded PostgreSQL running: when its server process dies (a crash, the out-of-memory killer,
// `kill -9`), it is started again on the same data folder and port, after a growing pause, up to a limit. PostgreSQL
// replays its write-ahead log on the way up, so every committed write is still there; the API reports not-ready
// (`/readyz` 503) meanwhile and its connection pool reconnects by itself. See docs/decisions/0036-*.md.
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

/** Pauses before each restart in a row, in ms: five tries over about half a minute, then it gives up. */
export const RESTART_DELAYS_MS = [1000, 2000, 4000, 8000, 16000];
/** A server that stayed up this long has recovered: the next death starts counting attempts from 1 again. */
export const STABLE_AFTER_MS = 60_000;

/**
 * Starts the embedded PostgreSQL (as `startEmbeddedPostgres`) and restarts it whenever it stops without being told
 * to. `log` gets one plain-English line per event; `onGiveUp` is called once when it could not be restarted.
 */
export async function superviseEmbeddedPostgres({
  dataDir,
  database,
  port,
  log = () => {},
  onGiveUp = () => {},
  delays = RESTART_DELAYS_MS,
  stableAfterMs = STABLE_AFTER_MS,
}) {
  const postgres = await startEmbeddedPostgres({ dataDir, database, port, log });
  let stopping = false;
  let attempt = 0;
  let startedAt = Date.now();
  let restarting = Promise.resolve();
  let wake = () => {};

  const watch = () =>
    postgres.onExit((code, signal) => {
      if (!stopping) restarting = restart(signal ? `ended by ${signal}` : `exit code ${code}`);
    });

  async function restart(why) {
    if (Date.now() - startedAt >= stableAfterMs) attempt = 0;
    let problem = `stopped unexpectedly (${why})`;
    while (!stopping) {
      if (attempt >= delays.length) {
        log(`The embedded PostgreSQL ${problem} and could not be restarted after ${delays.length} attempts; giving up.`);
        onGiveUp();
        return;
      }
      const delay = delays[attempt];
      attempt += 1;
      log(`The embedded PostgreSQL ${problem}; restarting it in ${delay / 1000} s (attempt ${attempt} of ${delays.length})…`);
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, delay);
        wake = () => (clearTimeout(timer), resolve());
      });
      if (stopping) return;
      try {
        await postgres.startAgain();
        startedAt = Date.now();
        log('The embedded PostgreSQL is running again.');
        watch();
        return;
      } catch (error) {
        // Still-running backends of the dead server can hold its shared memory for a moment: the next try waits longer.
        problem = `did not start again${error instanceof Error ? ` (${error.message})` : ''}`;
      }
    }
  }

  watch();
  return {
    url: postgres.url,
    adminUrl: postgres.adminUrl,
    port: postgres.port,
    /** The running server's process id, or undefined while it is down. */
    get pid() {
      return postgres.pid;
    },
    /** From now on its stopping is expected (e.g. Ctrl+C reached it too): no restart. */
    stopSupervising() {
      stopping = true;
      wake();
    },
    /** Stops it for good: no restart after this. */
    async stop() {
      stopping = true;
      wake(); // no need to sit out a pause before a restart that will not happen
      await restarting;
      await postgres.stop();
    },
  };
}
