import { resolve } from 'node:path';

/** Everything the API reads from its environment, checked once at start-up. */
export interface AppConfig {
  readonly port: number;
  readonly databaseUrl: string;
  /** `NODE_ENV=production`: introspection and field suggestions off, errors masked. */
  readonly production: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The built web app to serve on the same port, or `undefined` to serve the API alone. */
  readonly webRoot: string | undefined;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads and validates the environment; throws a `ConfigError` naming the variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv, defaults: { webRoot?: string } = {}): AppConfig {
  const databaseUrl = env['DATABASE_URL'];
  if (!databaseUrl) {
    throw new ConfigError('DATABASE_URL is not set: give the API a PostgreSQL URL (npm start sets one for you).');
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  }

  const portText = env['PORT'] ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${portText}".`);
  }

  const logLevel = (env['LOG_LEVEL'] ?? 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  }

  const webRoot = env['WEB_ROOT'] === '' ? undefined : (env['WEB_ROOT'] ?? defaults.webRoot);
  return {
    port,
    databaseUrl,
    production: env['NODE_ENV'] === 'production',
    logLevel,
    webRoot: webRoot === undefined ? undefined : resolve(webRoot),
  };
}
