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
      seedDemoData: false,
      bootstrapAdmin: undefined,
      oidc: undefined,
      publicUrl: 'http://localhost:3000',
      email: undefined,
      closingReminders: true,
      trustProxy: false,
      secondStep: { encryptionKey: expect.any(Buffer), keyFromEnvironment: false, demoAccountsMaySkip: false },
    });
  });

  it('trusts no proxy unless TRUST_PROXY names them (addresses, CIDR ranges, Express\'s range names) or a hop count', () => {
    expect(loadConfig({ DATABASE_URL }).trustProxy).toBe(false);
    expect(loadConfig({ DATABASE_URL, TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ DATABASE_URL, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ DATABASE_URL, TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ DATABASE_URL, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ DATABASE_URL, TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.168.1.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.168.1.7',
    ]);
    for (const wrong of ['true', 'proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/1', '11', 'loopback,']) {
      expect(() => loadConfig({ DATABASE_URL, TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
    }
  });


  it('reads the two-step sign-in key (base64 or hex, 32 bytes), else derives one from DATABASE_URL', () => {
    const base64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ DATABASE_URL, TOTP_ENCRYPTION_KEY: base64 }).secondStep).toEqual({
      encryptionKey: Buffer.alloc(32, 7),
      keyFromEnvironment: true,
      demoAccountsMaySkip: false,
    });
    expect(loadConfig({ DATABASE_URL, TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) }).secondStep?.encryptionKey).toEqual(Buffer.alloc(32, 0xab));
    const derived = loadConfig({ DATABASE_URL }).secondStep?.encryptionKey;
    expect(derived).toHaveLength(32);
    expect(loadConfig({ DATABASE_URL }).secondStep?.encryptionKey).toEqual(derived);
    expect(loadConfig({ DATABASE_URL: `${DATABASE_URL}2` }).secondStep?.encryptionKey).not.toEqual(derived);
    expect(() => loadConfig({ DATABASE_URL, TOTP_ENCRYPTION_KEY: 'too short' })).toThrow(/TOTP_ENCRYPTION_KEY must be 32 random bytes/);
  });

  it('writes emails to an outbox folder when EMAIL_OUTBOX_DIR is set without SMTP_URL (the demo), never in production', () => {
    expect(loadConfig({ DATABASE_URL, EMAIL_OUTBOX_DIR: '/tmp/outbox' }).email).toEqual({
      outboxDir: '/tmp/outbox',
      from: 'IDT Canvas <no-reply@idt-canvas.invalid>',
    });
    expect(loadConfig({ DATABASE_URL, EMAIL_OUTBOX_DIR: '/tmp/outbox', SMTP_URL: 'smtp://mail:25' }).email).toEqual({
      smtpUrl: 'smtp://mail:25',
      from: 'IDT Canvas <no-reply@idt-canvas.invalid>',
    });
    expect(() => loadConfig({ DATABASE_URL, NODE_ENV: 'production', EMAIL_OUTBOX_DIR: '/tmp/outbox' })).toThrow(/EMAIL_OUTBOX_DIR/);
  });

  it('lets the demo accounts skip the second step only on the demo database, never in production', () => {
    expect(loadConfig({ DATABASE_URL, SEED_DEMO_DATA: 'true', DEMO_SKIP_SECOND_STEP: 'true' }).secondStep?.demoAccountsMaySkip).toBe(true);
    expect(() => loadConfig({ DATABASE_URL, DEMO_SKIP_SECOND_STEP: 'true' })).toThrow(/only for the embedded demo database/);
    expect(() => loadConfig({ DATABASE_URL, NODE_ENV: 'production', DEMO_SKIP_SECOND_STEP: 'true' })).toThrow(ConfigError);
  });

  it('reads the email settings, and lets closing reminders be turned off', () => {
    expect(loadConfig({ DATABASE_URL, SMTP_URL: 'smtp://mail.example:2525', EMAIL_FROM: 'IDT <idt@example.nhs.uk>', CLOSING_REMINDERS: 'false' })).toMatchObject({
      email: { smtpUrl: 'smtp://mail.example:2525', from: 'IDT <idt@example.nhs.uk>' },
      closingReminders: false,
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

  it('reads the bootstrap admin, single sign-on and demo-data settings', () => {
    const config = loadConfig({
      DATABASE_URL,
      SEED_DEMO_DATA: 'true',
      BOOTSTRAP_ADMIN_EMAIL: 'admin@nhs.net',
      BOOTSTRAP_ADMIN_PASSWORD: 'a long passphrase',
      OIDC_ISSUER_URL: 'https://login.example/',
      OIDC_CLIENT_ID: 'idt',
      OIDC_CLIENT_SECRET: 's3cret',
      PUBLIC_URL: 'https://idt.example.nhs.uk/',
    });
    expect(config).toMatchObject({
      seedDemoData: true,
      bootstrapAdmin: { email: 'admin@nhs.net', password: 'a long passphrase', name: 'Administrator' },
      oidc: { issuerUrl: 'https://login.example/', clientId: 'idt', clientSecret: 's3cret', displayName: 'NHS single sign-on' },
      publicUrl: 'https://idt.example.nhs.uk',
    });
  });

  it('serves metrics only when METRICS_PORT is set: on 127.0.0.1 in development, on every address in production', () => {
    expect(loadConfig({ DATABASE_URL }).metrics).toBeUndefined();
    expect(loadConfig({ DATABASE_URL, METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadConfig({ DATABASE_URL, METRICS_PORT: '9464', NODE_ENV: 'production' }).metrics).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(loadConfig({ DATABASE_URL, METRICS_PORT: '9464', METRICS_HOST: '10.0.0.7' }).metrics).toEqual({ port: 9464, host: '10.0.0.7' });
    expect(loadConfig({ DATABASE_URL, METRICS_PORT: '9464', METRICS_HOST: 'localhost' }).metrics).toEqual({ port: 9464, host: 'localhost' });
  });

  it.each([
    [{}, /DATABASE_URL is not set/],
    [{ DATABASE_URL, METRICS_PORT: 'ninety' }, /METRICS_PORT must be a whole number from 1 to 65535/],
    [{ DATABASE_URL, METRICS_PORT: '0' }, /METRICS_PORT must be a whole number from 1 to 65535/],
    [{ DATABASE_URL, METRICS_PORT: '70000' }, /METRICS_PORT must be a whole number from 1 to 65535/],
    [{ DATABASE_URL, PORT: '8080', METRICS_PORT: '8080' }, /METRICS_PORT must differ from PORT/],
    [{ DATABASE_URL, METRICS_HOST: '0.0.0.0' }, /METRICS_HOST is set: set METRICS_PORT too/],
    [{ DATABASE_URL, METRICS_PORT: '9464', METRICS_HOST: 'http://0.0.0.0/' }, /METRICS_HOST must be an IP address or a host name/],
    [{ DATABASE_URL, NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }, /must not be set in production/],
    [{ DATABASE_URL, BOOTSTRAP_ADMIN_EMAIL: 'a@b.nhs.uk' }, /Set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD/],
    [{ DATABASE_URL, OIDC_ISSUER_URL: 'https://login.example/' }, /set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/],
    [{ DATABASE_URL: 'mysql://x' }, /postgres:\/\/ or postgresql:\/\//],
    [{ DATABASE_URL, PORT: 'eighty' }, /PORT must be a whole number/],
    [{ DATABASE_URL, PORT: '70000' }, /PORT must be a whole number/],
    [{ DATABASE_URL, PORT: '-1' }, /PORT must be a whole number/],
    [{ DATABASE_URL, LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DATABASE_URL, SMTP_URL: 'mail.example:25' }, /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
  ])('refuses %p with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
