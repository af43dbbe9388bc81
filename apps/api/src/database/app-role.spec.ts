import { ConfigError, loadConfig } from '../config/app-config';
import { appDatabaseUrl } from './app-role';

const OWNER = 'postgres://owner:secret@db.example:5432/idt';

describe("the app's database URL (ADR 0034)", () => {
  it('is DATABASE_APP_URL when set', () => {
    const config = loadConfig({ DATABASE_URL: OWNER, DATABASE_APP_URL: 'postgres://idt_app:pw@db.example:5432/idt' });
    expect(appDatabaseUrl(config)).toBe('postgres://idt_app:pw@db.example:5432/idt');
  });

  it('refuses a DATABASE_APP_URL that is not a PostgreSQL URL', () => {
    expect(() => loadConfig({ DATABASE_URL: OWNER, DATABASE_APP_URL: 'mysql://x@y/z' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: OWNER, DATABASE_APP_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_APP_URL/);
  });

  it('is otherwise idt_app on the same server and database, with a password derived from the owner URL', () => {
    const derived = new URL(appDatabaseUrl(loadConfig({ DATABASE_URL: OWNER })));
    expect(derived.username).toBe('idt_app');
    expect(`${derived.host}${derived.pathname}`).toBe('db.example:5432/idt');
    expect(derived.password).toMatch(/^[0-9a-f]{64}$/);
    expect(derived.password).not.toContain('secret');
    // The same for every replica given the same owner URL; another owner password gives another.
    expect(appDatabaseUrl({ databaseUrl: OWNER })).toBe(derived.toString());
    expect(new URL(appDatabaseUrl({ databaseUrl: OWNER.replace('secret', 'other') })).password).not.toBe(derived.password);
    // A role belongs to the whole server: another database on it derives the same password (else each API that starts
    // would change the password under the others, whose new connections would then fail).
    expect(new URL(appDatabaseUrl({ databaseUrl: OWNER.replace('/idt', '/idt_test_42') })).password).toBe(derived.password);
  });
});
