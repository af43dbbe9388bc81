import { hkdfSync } from 'node:crypto';
import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Everything the API reads from its environment, checked once at start-up. */
export interface AppConfig {
  readonly port: number;
  /** The database owner's URL (`DATABASE_URL`): migrations, and the job queue's own schema, run as this role. */
  readonly databaseUrl: string;
  /**
   * The URL the API's pool connects with (`DATABASE_APP_URL`), as the role `idt_app` (or a member of it), which owns
   * nothing. Unset: `idt_app` on the owner's server, with a password derived from the owner's URL (ADR 0034).
   */
  readonly databaseAppUrl?: string;
  /** `NODE_ENV=production`: introspection and field suggestions off, errors masked. */
  readonly production: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The built web app to serve on the same port, or `undefined` to serve the API alone. */
  readonly webRoot: string | undefined;
  /** Seed the demo accounts and cohort (`npm start` sets this for its embedded database only). */
  readonly seedDemoData: boolean;
  /** The first admin of a new deployment, created at start-up if no admin exists yet. */
  readonly bootstrapAdmin: { readonly email: string; readonly name: string; readonly password: string } | undefined;
  /** OpenID Connect single sign-on (NHS CIS2, NHSmail / Entra ID), when configured. */
  readonly oidc: OidcConfig | undefined;
  /** Where to send people back to after single sign-on: the public origin of the web app. */
  readonly publicUrl: string;
  /** Email notifications through an SMTP server (`SMTP_URL`); off (in-app only) when not set. */
  readonly email: EmailConfig | undefined;
  /** Remind ICS leads with drafts when a cycle closes within a week (checked hourly); `CLOSING_REMINDERS=false` stops it. */
  readonly closingReminders: boolean;
  /** How many more times to try connecting to (and migrating) the database at start-up, 3 s apart: 9 unless set. */
  readonly databaseRetryAttempts?: number;
  /** Prometheus metrics on a port of their own (`METRICS_PORT`), never the public one; off when not set. */
  readonly metrics?: MetricsConfig;
  /**
   * Which proxies in front of the API may say who the client is (`X-Forwarded-For`): Express's `trust proxy`, as the
   * proxies' addresses or CIDR ranges, or a number of hops (`TRUST_PROXY`). Unset or false: none, the socket's address.
   */
  readonly trustProxy?: TrustProxy;
  /** Two-step sign-in (docs/decisions/0032-two-step-sign-in.md). */
  readonly secondStep?: SecondStepConfig;
}

export interface SecondStepConfig {
  /**
   * Encrypts authenticator secrets at rest (AES-256-GCM): `TOTP_ENCRYPTION_KEY`, 32 bytes as base64 or hex. Unset, it
   * is derived from DATABASE_URL (HKDF), which is fine on a laptop and warned about in production.
   */
  readonly encryptionKey: Buffer;
  readonly keyFromEnvironment: boolean;
  /**
   * The demo admin and national viewer may sign in without a second step (`DEMO_SKIP_SECOND_STEP=true`, set by
   * `npm start` for its embedded demo database only; refused in production).
   */
  readonly demoAccountsMaySkip: boolean;
}

/** No proxy trusted, a number of proxy hops, or the addresses and ranges (and Express's names for them) trusted. */
export type TrustProxy = false | number | readonly string[];

export interface MetricsConfig {
  /** The metrics server's own port (e.g. 9464); 0 picks a free one (tests). */
  readonly port: number;
  /** The address it binds: 127.0.0.1 in development unless `METRICS_HOST` says otherwise, 0.0.0.0 in production. */
  readonly host: string;
}

export interface EmailConfig {
  /** e.g. smtp://user:pass@smtp.example.org:587 or smtps://… */
  readonly smtpUrl?: string;
  /**
   * A folder emails are written to instead of being sent (`EMAIL_OUTBOX_DIR`): the embedded demo's, which has no mail
   * server, so invitations and password resets can be tried. Refused in production.
   */
  readonly outboxDir?: string;
  /** The From address, e.g. "IDT Canvas <no-reply@idt-canvas.nhs.uk>". */
  readonly from: string;
}

export interface OidcConfig {
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Shown on the sign-in button, e.g. "NHS CIS2" or "NHSmail". */
  readonly displayName: string;
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

  const databaseAppUrl = env['DATABASE_APP_URL'] || undefined;
  if (databaseAppUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseAppUrl)) {
    throw new ConfigError('DATABASE_APP_URL must be a postgres:// or postgresql:// URL.');
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
  const production = env['NODE_ENV'] === 'production';
  const seedDemoData = env['SEED_DEMO_DATA'] === 'true';
  if (seedDemoData && production) {
    throw new ConfigError('SEED_DEMO_DATA must not be set in production: the demo accounts have published passwords.');
  }
  return {
    port,
    databaseUrl,
    databaseAppUrl,
    production,
    logLevel,
    webRoot: webRoot === undefined ? undefined : resolve(webRoot),
    seedDemoData,
    bootstrapAdmin: readBootstrapAdmin(env),
    oidc: readOidc(env),
    publicUrl: (env['PUBLIC_URL'] ?? `http://localhost:${port}`).replace(/\/$/, ''),
    email: readEmail(env, production),
    closingReminders: env['CLOSING_REMINDERS'] !== 'false',
    metrics: readMetrics(env, port, production),
    trustProxy: readTrustProxy(env['TRUST_PROXY']),
    secondStep: readSecondStep(env, databaseUrl, production, seedDemoData),
  };
}

/** Express's names for address ranges, accepted in `TRUST_PROXY` as they are in `trust proxy`. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * `TRUST_PROXY`: unset, empty or `false` trusts no proxy; a whole number trusts that many hops (e.g. `1`, one ingress in
 * front); else a comma-separated list of addresses, CIDR ranges (`10.0.0.0/8`) and `loopback`, `linklocal`,
 * `uniquelocal`. `true` (trust every hop, so any client names its own address) is refused.
 */
export function readTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new ConfigError(`TRUST_PROXY must be at most 10 proxy hops, not ${hops}.`);
    return hops === 0 ? false : hops;
  }
  if (text === 'true') {
    throw new ConfigError('TRUST_PROXY=true would let any client choose its own address: give the proxies\' addresses or a number of hops.');
  }
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!isProxyAddress(entry)) {
      throw new ConfigError(`TRUST_PROXY must list IP addresses, CIDR ranges or loopback, linklocal, uniquelocal; "${entry}" is none of these.`);
    }
  }
  return entries;
}

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}


function readSecondStep(env: NodeJS.ProcessEnv, databaseUrl: string, production: boolean, seedDemoData: boolean): SecondStepConfig {
  const demoAccountsMaySkip = env['DEMO_SKIP_SECOND_STEP'] === 'true';
  if (demoAccountsMaySkip && (production || !seedDemoData)) {
    throw new ConfigError('DEMO_SKIP_SECOND_STEP is only for the embedded demo database (SEED_DEMO_DATA=true, not production).');
  }
  const text = env['TOTP_ENCRYPTION_KEY'];
  if (!text) {
    const derived = Buffer.from(hkdfSync('sha256', databaseUrl, 'idt-canvas', 'second-step secrets', 32));
    return { encryptionKey: derived, keyFromEnvironment: false, demoAccountsMaySkip };
  }
  const key = /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32 || (!/^[0-9a-f]{64}$/i.test(text) && key.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, ''))) {
    throw new ConfigError('TOTP_ENCRYPTION_KEY must be 32 random bytes as base64 or hex (e.g. from `openssl rand -base64 32`).');
  }
  return { encryptionKey: key, keyFromEnvironment: true, demoAccountsMaySkip };
}

function readMetrics(env: NodeJS.ProcessEnv, publicPort: number, production: boolean): MetricsConfig | undefined {
  const portText = env['METRICS_PORT'];
  const host = env['METRICS_HOST'];
  if (!portText) {
    if (host) throw new ConfigError('METRICS_HOST is set: set METRICS_PORT too (metrics are off without it).');
    return undefined;
  }
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw new ConfigError(`METRICS_PORT must be a whole number from 1 to 65535, not "${portText}".`);
  }
  if (port === publicPort) {
    throw new ConfigError('METRICS_PORT must differ from PORT: metrics are never served on the public port.');
  }
  if (host !== undefined && isIP(host) === 0 && !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host)) {
    throw new ConfigError(`METRICS_HOST must be an IP address or a host name, not "${host}".`);
  }
  // In a container (production) the scraper reaches the pod's own address; on a laptop, only this machine may.
  return { port, host: host || (production ? '0.0.0.0' : '127.0.0.1') };
}

function readEmail(env: NodeJS.ProcessEnv, production: boolean): EmailConfig | undefined {
  const from = env['EMAIL_FROM'] ?? 'IDT Canvas <no-reply@idt-canvas.invalid>';
  const smtpUrl = env['SMTP_URL'];
  if (smtpUrl) {
    if (!/^smtps?:\/\/[^/]+/.test(smtpUrl)) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL.');
    return { smtpUrl, from };
  }
  const outboxDir = env['EMAIL_OUTBOX_DIR'];
  if (!outboxDir) return undefined;
  if (production) throw new ConfigError('EMAIL_OUTBOX_DIR is for the embedded demo only: in production set SMTP_URL, so emails are sent.');
  return { outboxDir, from };
}

function readBootstrapAdmin(env: NodeJS.ProcessEnv): AppConfig['bootstrapAdmin'] {
  const email = env['BOOTSTRAP_ADMIN_EMAIL'];
  const password = env['BOOTSTRAP_ADMIN_PASSWORD'];
  if (!email && !password) return undefined;
  if (!email || !password) {
    throw new ConfigError('Set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither.');
  }
  return { email, password, name: env['BOOTSTRAP_ADMIN_NAME'] ?? 'Administrator' };
}

function readOidc(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuerUrl = env['OIDC_ISSUER_URL'];
  if (!issuerUrl) return undefined;
  const clientId = env['OIDC_CLIENT_ID'];
  const clientSecret = env['OIDC_CLIENT_SECRET'];
  if (!clientId || !clientSecret) {
    throw new ConfigError('OIDC_ISSUER_URL is set: set OIDC_CLIENT_ID and OIDC_CLIENT_SECRET too.');
  }
  return { issuerUrl, clientId, clientSecret, displayName: env['OIDC_DISPLAY_NAME'] ?? 'NHS single sign-on' };
}
