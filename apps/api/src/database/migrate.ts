import { DataSource } from 'typeorm';
import { col, defineQuery, run } from './typed-sql';

/** The advisory lock that makes one replica at a time migrate (any fixed number no other code uses). */
export const MIGRATION_LOCK = 7_212_026_001;

const TAKE_LOCK = defineQuery<[lock: number]>()({
  name: 'migrate.lock',
  text: `SELECT true AS locked FROM pg_advisory_lock($1::bigint)`,
  columns: { locked: col.bool },
});

const RELEASE_LOCK = defineQuery<[lock: number]>()({
  name: 'migrate.unlock',
  text: `SELECT pg_advisory_unlock($1::bigint) AS unlocked`,
  columns: { unlocked: col.bool },
});

/**
 * Runs the pending migrations (each in its own transaction) while holding a PostgreSQL advisory lock, so that
 * replicas starting together on one database migrate one after another: the first applies what is pending, the
 * others find nothing left to do. The lock is the session's, so it goes with the connection if the process dies.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await run(runner, TAKE_LOCK, [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await run(runner, RELEASE_LOCK, [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
