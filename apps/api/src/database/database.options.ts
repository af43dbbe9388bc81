import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export { ENTITIES };

/**
 * How the API talks to PostgreSQL. The schema only ever changes through migrations, which the API runs at start-up,
 * each in its own transaction and one replica at a time (`runMigrationsExclusively`); `synchronize` is never on.
 */
export function databaseOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    applicationName: 'idt-canvas-api',
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
