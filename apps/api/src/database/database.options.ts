import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { appDatabaseUrl } from './app-role';
import { ScopedClient } from './database-scope';
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

/**
 * The API's own pool: as the app's role (`appDatabaseUrl`), whose every statement carries the caller's scope for
 * row-level security (`ScopedClient`, ADR 0034). Migrations use `databaseOptions` with the owner's URL.
 */
export function appDatabaseOptions(config: Pick<AppConfig, 'databaseUrl' | 'databaseAppUrl'>): DataSourceOptions {
  const options = databaseOptions(appDatabaseUrl(config));
  return { ...options, extra: { ...(options as { extra?: object }).extra, Client: ScopedClient } } as DataSourceOptions;
}
