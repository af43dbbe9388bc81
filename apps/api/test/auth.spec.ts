import { WRONG_CREDENTIALS } from '../src/modules/auth/auth.service';
import { SIGN_IN_THROTTLE } from '../src/modules/auth/sign-in-throttle';
import { ChannelSubscriber, DatabaseNotifications } from '../src/database/database-notifications';
import { SESSION_CHANGED_CHANNEL } from '../src/modules/auth/session-change-listener';
import { eventually } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, gql, Person, TEST_PASSWORD } from './support/world';

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id name } }';
const GRANT = 'mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id roleGrants { id role } } }';

/**
 * Holds back the session notifications this process receives until released (then delivers them), as if the NOTIFY
 * were slow to arrive: what the process sees meanwhile is what it knows without them.
 */
function holdSessionNotifications(api: TestApp): () => void {
  const notifications = api.app.get(DatabaseNotifications);
  const subscribers = (notifications as unknown as { subscribers: Map<string, ChannelSubscriber[]> }).subscribers;
  const real = subscribers.get(SESSION_CHANGED_CHANNEL) ?? [];
  const held: string[] = [];
  subscribers.set(
    SESSION_CHANGED_CHANNEL,
    real.map((s) => ({ ...s, onNotification: (payload: string) => void held.push(payload) })),
  );
  return () => {
    subscribers.set(SESSION_CHANGED_CHANNEL, real);
    for (const payload of held) for (const s of real) s.onNotification(payload);
  };
}

const tokenFrom = (setCookie: string | null) => /__Host-idt_session=([^;]*)/.exec(setCookie ?? '')?.[1] ?? null;

describe('sign-in, sessions and sign-out', () => {
  let api: TestApp;
  let person: Person;
  beforeAll(async () => {
    api = await startTestApp();
    person = await createPerson(api.database, 'Sam Signin', [{ role: 'NATIONAL' }]);
  });
  afterAll(async () => {
    await api.close();
  });

  const auditCount = async (action: string) =>
    Number((await api.database.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1`, [action]))[0].n);

  it('signs in with email and password (any case, spaces trimmed) and sets a hardened session cookie', async () => {
    const before = await auditCount('SIGNED_IN');
    const { body, setCookie } = await gql(api, null, SIGN_IN, { email: ` ${person.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(body.data?.['signIn']).toEqual({ id: person.id, name: 'Sam Signin' });
    expect(setCookie).toMatch(/^__Host-idt_session=[\w-]{43}; /);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).not.toMatch(/Domain=/);

    const token = tokenFrom(setCookie);
    const me = await gql(api, token, '{ me { id } }');
    expect(me.body.data).toEqual({ me: { id: person.id } });
    expect(await auditCount('SIGNED_IN')).toBe(before + 1);
  });

  it('stores only a hash of the session token', async () => {
    const { setCookie } = await gql(api, null, SIGN_IN, { email: person.email, password: TEST_PASSWORD });
    const token = tokenFrom(setCookie) as string;
    const rows = await api.database.query(`SELECT 1 FROM user_session WHERE encode(token_hash, 'escape') LIKE $1`, [`%${token}%`]);
    expect(rows).toHaveLength(0);
  });

  it('gives the same answer for an unknown email as for a wrong password, and audits both', async () => {
    const before = await auditCount('SIGN_IN_FAILED');
    const unknown = await gql(api, null, SIGN_IN, { email: 'nobody.here@idt-canvas.test', password: TEST_PASSWORD });
    const wrong = await gql(api, null, SIGN_IN, { email: person.email, password: 'not the password' });
    const empty = await gql(api, null, SIGN_IN, { email: '', password: '' });
    for (const { body, setCookie } of [unknown, wrong, empty]) {
      expect(body).toEqual({
        data: null,
        errors: [{ message: WRONG_CREDENTIALS, path: ['signIn'], extensions: { code: 'UNAUTHENTICATED' } }],
      });
      expect(setCookie).toBeNull();
    }
    expect(await auditCount('SIGN_IN_FAILED')).toBe(before + 2); // empty fields never reach the password check
  });

  it(`pauses sign-in for an email from an unknown device at one address after ${SIGN_IN_THROTTLE.freeFailures} failures, even with the right password`, async () => {
    const target = await createPerson(api.database, 'Rate Limited');
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) {
      const { body } = await gql(api, null, SIGN_IN, { email: target.email, password: `guess ${i}` });
      expect(body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    const blocked = await gql(api, null, SIGN_IN, { email: target.email, password: TEST_PASSWORD });
    expect(blocked.body.errors?.[0].extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    expect(blocked.setCookie).toBeNull();
    // Unknown emails are limited the same way, so the limit does not reveal which emails have accounts.
    for (let i = 0; i <= SIGN_IN_THROTTLE.freeFailures; i++) await gql(api, null, SIGN_IN, { email: 'ghost@idt-canvas.test', password: 'x' });
    const ghost = await gql(api, null, SIGN_IN, { email: 'ghost@idt-canvas.test', password: 'x' });
    expect(ghost.body.errors?.[0].extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    // Another account is unaffected.
    const other = await gql(api, null, SIGN_IN, { email: person.email, password: TEST_PASSWORD });
    expect(other.body.data?.['signIn']).toBeTruthy();
  });

  it('signs out: the session is revoked server-side, the cookie cleared, and the old cookie no longer works', async () => {
    const { setCookie } = await gql(api, null, SIGN_IN, { email: person.email, password: TEST_PASSWORD });
    const token = tokenFrom(setCookie);
    const signOut = await gql(api, token, 'mutation { signOut }');
    expect(signOut.body.data).toEqual({ signOut: true });
    expect(signOut.setCookie).toMatch(/__Host-idt_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await gql(api, token, '{ me { id } }')).body.data).toEqual({ me: null });
    expect((await gql(api, token, '{ cohorts { id } }')).body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    const [row] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'SIGNED_OUT' AND actor_user_id = $1`, [person.id]);
    expect(row.n).toBeGreaterThanOrEqual(1);
  });

  it('refuses expired sessions, sessions idle too long, and made-up tokens', async () => {
    const expired = await createPerson(api.database, 'Expired');
    await api.database.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [expired.id]);
    const idle = await createPerson(api.database, 'Idle');
    await api.database.query(`UPDATE user_session SET last_seen_at = now() - interval '3 hours' WHERE user_id = $1`, [idle.id]);
    for (const token of [expired.token, idle.token, 'made-up-token', 'x'.repeat(500)]) {
      expect((await gql(api, token, '{ me { id } }')).body.data).toEqual({ me: null });
    }
  });

  it('keeps a session in use alive, writing its last use at most once a minute', async () => {
    const person = await createPerson(api.database, 'Busy');
    const seen = async () => (await api.database.query(`SELECT last_seen_at, xmin::text AS row_version FROM user_session WHERE user_id = $1`, [person.id]))[0];
    // Last used 90 minutes ago (within the 2-hour idle limit): the next request moves it on.
    await api.database.query(`UPDATE user_session SET last_seen_at = now() - interval '90 minutes' WHERE user_id = $1`, [person.id]);
    await gql(api, person.token, '{ me { id } }');
    const touched = await seen();
    expect(Date.now() - new Date(touched.last_seen_at).getTime()).toBeLessThan(60_000);
    // Requests within the minute only read: the row is not written again (its version stays the same).
    for (let i = 0; i < 3; i++) expect((await gql(api, person.token, '{ me { id } }')).body.data).toEqual({ me: { id: person.id } });
    expect(await seen()).toEqual(touched);
  });

  it("applies an admin's role change at once on the process that made it, even before its notification arrives", async () => {
    const admin = await createPerson(api.database, 'Granting Admin', [{ role: 'ADMIN' }]);
    const lead = await createPerson(api.database, 'Promoted by an admin', []);
    expect((await gql(api, lead.token, '{ users { id } }')).body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const release = holdSessionNotifications(api);
    try {
      const granted = await gql(api, admin.token, GRANT, { input: { userId: lead.id, role: 'ADMIN' } });
      expect(granted.body.errors).toBeUndefined();
      expect((await gql(api, lead.token, '{ users { id } }')).body.errors).toBeUndefined();
      const grantId = (granted.body.data?.['grantRole'] as { roleGrants: { id: string }[] }).roleGrants[0]?.id;
      const revoked = await gql(api, admin.token, 'mutation ($g: ID!) { revokeRole(grantId: $g) { id } }', { g: grantId });
      expect(revoked.body.errors).toBeUndefined();
      expect((await gql(api, lead.token, '{ users { id } }')).body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    } finally {
      release();
    }
  });

  it('applies a role change made in the database directly within the notification’s delay, without signing in again', async () => {
    const lead = await createPerson(api.database, 'Promoted', []);
    expect((await gql(api, lead.token, '{ users { id } }')).body.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    await api.database.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'ADMIN')`, [lead.id]);
    // The NOTIFY reaches this process asynchronously (milliseconds): the change is seen as soon as it arrives.
    const after = await eventually(
      () => gql(api, lead.token, '{ users { id } }'),
      (r) => r.body.errors === undefined,
      2_000,
    );
    expect(after.body.errors).toBeUndefined();
  });

  it('keeps the audit trail append-only, even for the owner (database-roles.spec.ts tries as the app role)', async () => {
    await expect(api.asOwner(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(api.asOwner(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(api.asOwner(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });
});
