import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';

/** The role the API's pool runs as (created by the migrations; it owns nothing). */
export const APP_ROLE = 'idt_app';

/**
 * The URL the API's pool connects with: `DATABASE_APP_URL`, or else `idt_app` on the owner's server and database with
 * a password derived from the owner's credentials and server (an HMAC keyed by them): nothing secret in the repository,
 * the same for every replica and every database on that server, and known only to whoever knows the owner's.
 */
export function appDatabaseUrl(config: Pick<AppConfig, 'databaseUrl' | 'databaseAppUrl'>): string {
  if (config.databaseAppUrl) return config.databaseAppUrl;
  const owner = new URL(config.databaseUrl);
  const app = new URL(config.databaseUrl);
  app.username = APP_ROLE;
  // Keyed by the owner's credentials and server, not the database: a role belongs to the whole server, so every
  // database on it (each test's, each replica's) must derive the same password, or each start-up would change it
  // under the others' feet.
  const server = `${owner.protocol}//${owner.username}:${owner.password}@${owner.host}`;
  app.password = createHmac('sha256', server).update(`${APP_ROLE}@${owner.host}`).digest('hex');
  return app.toString();
}

/**
 * Makes sure the app's URL can sign in as `idt_app`, run as the owner at start-up after the migrations: when it
 * cannot yet (the role is created NOLOGIN, or with another password), gives the role a login with the URL's password.
 * Only for `idt_app`: a URL naming another role is the operator's to set up (e.g. a member of `idt_app`).
 */
export async function ensureAppRoleLogin(owner: DataSource, appUrl: string): Promise<void> {
  const url = new URL(appUrl);
  if (decodeURIComponent(url.username) !== APP_ROLE || (await canConnect(appUrl))) return;
  const password = decodeURIComponent(url.password);
  // Roles belong to the whole cluster: another database's API may be changing the same role at this moment.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await owner.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${literal(password)}`);
      return;
    } catch (error) {
      if (attempt >= 5 || !/concurrently/.test(String(error))) {
        throw new Error(
          `The API could not give the role ${APP_ROLE} a login (${String(error)}): set DATABASE_APP_URL to a URL that ` +
            `signs in as ${APP_ROLE}, or let the owner in DATABASE_URL manage roles (CREATEROLE).`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
