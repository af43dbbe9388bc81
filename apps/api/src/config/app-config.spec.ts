import { ConfigError, loadConfig } from './app-config';

const DATABASE_URL = 'postgres://u:p@127.0.0.1:5432/idt';

describe('loadConfig', () => {
  it('defaults to port 3000, info logs, development mode and no web app', () => {
    expect(loadConfig({ DATABASE_URL })).toEqual({
      port: 3000,
      databaseUrl: DATABASE_URL,
      production: false,
      logLevel: 'info',
      webRoot: undefined,
    });
  });

  it('reads PORT, NODE_ENV, LOG_LEVEL and WEB_ROOT', () => {
    const config = loadConfig({ DATABASE_URL, PORT: '8080', NODE_ENV: 'production', LOG_LEVEL: 'warn', WEB_ROOT: '/srv/web' });
    expect(config).toMatchObject({ port: 8080, production: true, logLevel: 'warn', webRoot: '/srv/web' });
  });

  it('uses the default web root unless WEB_ROOT is set, and none when it is empty', () => {
    expect(loadConfig({ DATABASE_URL }, { webRoot: '/app/web' }).webRoot).toBe('/app/web');
    expect(loadConfig({ DATABASE_URL, WEB_ROOT: '' }, { webRoot: '/app/web' }).webRoot).toBeUndefined();
  });

  it.each([
    [{}, /DATABASE_URL is not set/],
    [{ DATABASE_URL: 'mysql://x' }, /postgres:\/\/ or postgresql:\/\//],
    [{ DATABASE_URL, PORT: 'eighty' }, /PORT must be a whole number/],
    [{ DATABASE_URL, PORT: '70000' }, /PORT must be a whole number/],
    [{ DATABASE_URL, PORT: '-1' }, /PORT must be a whole number/],
    [{ DATABASE_URL, LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses %p with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
