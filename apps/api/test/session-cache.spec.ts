import { createHash } from 'node:crypto';
import { SessionCache } from '../src/modules/auth/session-cache';
import { SessionChangeListener } from '../src/modules/auth/session-change-listener';
import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { createCohort, createPerson, gql, systemId, TEST_PASSWORD } from './support/world';

/**
 * Sessions are served from each API process's memory (docs/decisions/0017-sessions-from-memory.md). Two API
 * instances on one database, each with its own pool, cache and LISTEN connection: whatever changes a session on one
 * (or in the database directly) reaches the other at once, through PostgreSQL NOTIFY.
 */
describe('sessions from memory, across two API replicas (real PostgreSQL)', () => {
  let database: { name: string; url: string };
  let a: TestApp;
  let b: TestApp;

  const cacheOf = (app: TestApp) => app.app.get(SessionCache);
  const keyOf = (token: string) => createHash('sha256').update(token).digest().toString('base64');
  /** Polls up to ~2 s (40 × 50 ms) for `check` to hold: the change must arrive at once, not eventually. */
  async function soon(check: () => Promise<boolean>): Promise<boolean> {
    for (let i = 0; i < 40; i++) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }
  const listening = (app: TestApp) => soon(async () => app.app.get(SessionChangeListener).connected);

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await startTestApp({ databaseUrl: database.url });
    b = await startTestApp({ databaseUrl: database.url });
    expect(await listening(a)).toBe(true);
    expect(await listening(b)).toBe(true);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropTestDatabase(database.name);
  });

  async function signInOn(app: TestApp, email: string): Promise<string> {
    const { setCookie, body } = await gql(app, null, 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', {
      e: email,
      p: TEST_PASSWORD,
    });
    expect(body.errors).toBeUndefined();
    return /__Host-idt_session=([^;]+)/.exec(setCookie ?? '')![1];
  }

  it('a cookie from A works on B, from memory after the first request; signing out on A refuses it on B at once', async () => {
    const person = await createPerson(a.database, 'Nadia National', [{ role: 'NATIONAL' }]);
    const token = await signInOn(a, person.email);

    expect((await gql(b, token, '{ me { id } }')).body).toEqual({ data: { me: { id: person.id } } });
    const hits = cacheOf(b).counts.hits;
    const statements = await statementsDuring(b.database, async () => {
      expect((await gql(b, token, '{ me { id name } }')).body).toEqual({ data: { me: { id: person.id, name: 'Nadia National' } } });
    });
    expect(statements).toEqual([]); // no session read, no account read
    expect(cacheOf(b).counts.hits).toBe(hits + 1);

    expect((await gql(a, token, 'mutation { signOut }')).body).toEqual({ data: { signOut: true } });
    // A itself forgets it before answering: the very next request there is refused.
    expect((await gql(a, token, '{ me { id } }')).body).toEqual({ data: { me: null } });
    expect(await soon(async () => (await gql(b, token, '{ me { id } }')).body.data?.me === null)).toBe(true);
    expect((await gql(b, token, '{ users { id } }')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(cacheOf(b).get(keyOf(token))).toBeUndefined();
  });

  it('me answers id, email and name from the session, and reads the account once only when asked for more', async () => {
    const person = await createPerson(b.database, 'Mo Me', [{ role: 'NATIONAL' }]);
    await gql(b, person.token, '{ me { id } }');
    const statements = await statementsDuring(b.database, async () => {
      const { body } = await gql(b, person.token, '{ me { id email name createdAt roleGrants { role } } }');
      expect(body.errors).toBeUndefined();
      expect(body.data?.me).toMatchObject({ id: person.id, email: person.email, name: 'Mo Me', roleGrants: [{ role: 'NATIONAL' }] });
      expect(Number.isNaN(Date.parse((body.data?.me as { createdAt: string }).createdAt))).toBe(false);
    });
    expect(statements).toHaveLength(1);
  });

  it('a role revoked on A (by an admin) is gone on B at once', async () => {
    const admin = await createPerson(a.database, 'Ada Admin', [{ role: 'ADMIN' }]);
    const person = await createPerson(a.database, 'Olu Other Admin', [{ role: 'ADMIN' }, { role: 'NATIONAL' }]);
    // A session with both steps done (an admin signing in with a password alone may only set up two-step sign-in).
    const { token } = person;

    expect((await gql(b, token, '{ users { id } }')).body.errors).toBeUndefined();
    const hits = cacheOf(b).counts.hits;
    expect((await gql(b, token, '{ users { id } }')).body.errors).toBeUndefined();
    expect(cacheOf(b).counts.hits).toBe(hits + 1); // B answered from its memory of the session

    const [grant] = await a.database.query(`SELECT id FROM role_grant WHERE user_id = $1 AND role = 'ADMIN'`, [person.id]);
    const revoked = await gql(a, admin.token, 'mutation ($g: ID!) { revokeRole(grantId: $g) { roleGrants { role } } }', { g: grant.id });
    expect(revoked.body).toEqual({ data: { revokeRole: { roleGrants: [{ role: 'NATIONAL' }] } } });

    expect(await soon(async () => (await gql(b, token, '{ users { id } }')).body.errors?.[0]?.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(cacheOf(b).get(keyOf(token))?.signedIn.actor.grants).toEqual([{ role: 'NATIONAL' }]);
  });

  it("a coach's cohort gaining an ICS on A changes the ICSs they coach on B at once", async () => {
    const admin = await createPerson(a.database, 'Ali Admin', [{ role: 'ADMIN' }]);
    const [leeds, surrey] = [await systemId(a.database, 'West Yorkshire'), await systemId(a.database, 'Surrey Heartlands')];
    const cohort = await createCohort(a.database, 'Cohort for the cache test', [leeds]);
    const coach = await createPerson(a.database, 'Cleo Coach', [{ role: 'COACH', cohortId: cohort }]);

    await gql(b, coach.token, '{ me { id } }');
    expect(cacheOf(b).get(keyOf(coach.token))?.signedIn.actor.coachedSystemIds).toEqual([leeds]);

    const added = await gql(a, admin.token, 'mutation ($c: ID!, $s: ID!) { addSystemToCohort(cohortId: $c, systemId: $s) { id } }', { c: cohort, s: surrey });
    expect(added.body.errors).toBeUndefined();
    expect(await soon(async () => cacheOf(b).get(keyOf(coach.token)) === undefined)).toBe(true);
    await gql(b, coach.token, '{ me { id } }');
    expect([...(cacheOf(b).get(keyOf(coach.token))?.signedIn.actor.coachedSystemIds ?? [])].sort()).toEqual([leeds, surrey].sort());
  });

  it('an account changed in the database by any means (here plain SQL) is re-read on both', async () => {
    const person = await createPerson(a.database, 'Nell Name', [{ role: 'NATIONAL' }]);
    for (const app of [a, b]) await gql(app, person.token, '{ me { id } }');
    await a.database.query(`UPDATE user_account SET name = 'Nell New-Name' WHERE id = $1`, [person.id]);
    for (const app of [a, b]) {
      expect(await soon(async () => ((await gql(app, person.token, '{ me { name } }')).body.data?.me as { name?: string } | null)?.name === 'Nell New-Name')).toBe(true);
    }
  });

  it('a session revoked in the database directly is refused on both at once', async () => {
    const person = await createPerson(a.database, 'Rita Revoked', [{ role: 'NATIONAL' }]);
    for (const app of [a, b]) await gql(app, person.token, '{ me { id } }');
    await b.database.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1`, [person.id]);
    for (const app of [a, b]) expect(await soon(async () => (await gql(app, person.token, '{ me { id } }')).body.data?.me === null)).toBe(true);
  });

  it('when the listening connection drops, the cache is emptied; once listening again, sessions are served from memory again', async () => {
    const person = await createPerson(a.database, 'Dora Dropped', [{ role: 'NATIONAL' }]);
    await gql(b, person.token, '{ me { id } }');
    expect(cacheOf(b).get(keyOf(person.token))).toBeDefined();

    const listener = b.app.get(SessionChangeListener);
    await b.database.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'idt-canvas-listener' AND datname = current_database()`);
    expect(await soon(async () => !listener.connected)).toBe(true);
    expect(cacheOf(b).size).toBe(0);
    expect(await listening(b)).toBe(true);
    await gql(b, person.token, '{ me { id } }');
    const statements = await statementsDuring(b.database, () => gql(b, person.token, '{ me { id } }'));
    expect(statements).toEqual([]);
  });
});
