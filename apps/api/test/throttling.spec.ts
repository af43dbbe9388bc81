import { DEVICE_COOKIE } from '../src/modules/auth/device-cookie';
import { SIGN_IN_THROTTLE } from '../src/modules/auth/sign-in-throttle';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, Person, TEST_PASSWORD } from './support/world';

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }';

interface Attempt {
  readonly code: string | null;
  readonly signedIn: boolean;
  readonly message: string | null;
  /** The known-device cookie this answer set, if any. */
  readonly device: string | null;
}

/** A sign-in attempt over HTTP, from `forwardedFor` (an X-Forwarded-For header) and with a known-device cookie. */
async function signIn(api: TestApp, email: string, password: string, from: { forwardedFor?: string; device?: string | null } = {}): Promise<Attempt> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
      ...(from.device ? { cookie: `${DEVICE_COOKIE}=${from.device}` } : {}),
    },
    body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
  });
  const body = (await response.json()) as { data?: { signIn: { id: string } | null } | null; errors?: { message: string; extensions: { code: string } }[] };
  const cookies = response.headers.getSetCookie();
  const device = cookies.map((c) => new RegExp(`^${DEVICE_COOKIE}=([^;]+)`).exec(c)?.[1]).find(Boolean) ?? null;
  return { code: body.errors?.[0]?.extensions.code ?? null, signedIn: Boolean(body.data?.signIn), message: body.errors?.[0]?.message ?? null, device };
}

async function failedSignInAddresses(api: TestApp, email: string): Promise<string[]> {
  const rows: { ip: string }[] = await api.database.query(`SELECT ip FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND subject_id = $1`, [email]);
  return rows.map((r) => r.ip);
}

// Every attempt runs argon2 (64 MiB, 3 passes): slow on a busy machine.
jest.setTimeout(180_000);

describe('client addresses: X-Forwarded-For ignored by default', () => {
  let direct: TestApp;
  beforeAll(async () => {
    direct = await startTestApp();
  });
  afterAll(async () => {
    await direct?.close();
  });

  it('by default ignores a forged X-Forwarded-For: the limit counts, and the audit trail records, the real address', async () => {
    const person = await createPerson(direct.database, 'Forged Header');
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) {
      // A different made-up address each time: were it believed, no address would ever reach the limit.
      const attempt = await signIn(direct, person.email, `guess ${i}`, { forwardedFor: `203.0.113.${i + 1}` });
      expect(attempt.code).toBe('UNAUTHENTICATED');
    }
    const next = await signIn(direct, person.email, TEST_PASSWORD, { forwardedFor: '203.0.113.200' });
    expect(next.code).toBe('TOO_MANY_REQUESTS');
    expect(next.signedIn).toBe(false);
    expect(await failedSignInAddresses(direct, person.email)).toEqual(Array(SIGN_IN_THROTTLE.freeFailures).fill('127.0.0.1'));
  });

});

describe('client addresses: X-Forwarded-For believed from a configured proxy', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    // The tests speak to the app over loopback, so here the test itself is the trusted proxy.
    proxied = await startTestApp({ trustProxy: ['loopback'] });
  });
  afterAll(async () => {
    await proxied?.close();
  });

  it('with TRUST_PROXY set, uses the address the proxy forwarded', async () => {
    const person = await createPerson(proxied.database, 'Behind Proxy');
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) {
      expect((await signIn(proxied, person.email, `guess ${i}`, { forwardedFor: '203.0.113.7' })).code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn(proxied, person.email, TEST_PASSWORD, { forwardedFor: '203.0.113.7' })).code).toBe('TOO_MANY_REQUESTS');
    // Another client behind the same proxy is another address.
    expect((await signIn(proxied, person.email, TEST_PASSWORD, { forwardedFor: '198.51.100.20' })).signedIn).toBe(true);
    expect(await failedSignInAddresses(proxied, person.email)).toEqual(Array(SIGN_IN_THROTTLE.freeFailures).fill('203.0.113.7'));
  });
});

describe('sign-in throttling: a stranger cannot lock a person out', () => {
  let api: TestApp;
  let replica: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ trustProxy: ['loopback'] });
    replica = await startTestApp({ databaseUrl: api.databaseUrl, trustProxy: ['loopback'] });
  });
  afterAll(async () => {
    await replica?.close();
    await api?.close();
  });

  const HOME = { forwardedFor: '198.51.100.7' };
  const ATTACKER = { forwardedFor: '203.0.113.66' };

  async function personWithKnownDevice(name: string): Promise<{ person: Person; device: string }> {
    const person = await createPerson(api.database, name, [{ role: 'ADMIN' }]);
    const first = await signIn(api, person.email, TEST_PASSWORD, HOME);
    expect(first.signedIn).toBe(true);
    expect(first.device).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return { person, device: first.device! };
  }

  it('slows and then refuses 50 guesses from one address; the person signs in from their known device and from a new one', async () => {
    const { person, device } = await personWithKnownDevice('Only Admin');
    const codes: (string | null)[] = [];
    for (let i = 0; i < 50; i++) codes.push((await signIn(api, person.email, `guess ${i}`, ATTACKER)).code);
    expect(codes.slice(0, SIGN_IN_THROTTLE.freeFailures)).toEqual(Array(SIGN_IN_THROTTLE.freeFailures).fill('UNAUTHENTICATED'));
    expect(new Set(codes.slice(SIGN_IN_THROTTLE.freeFailures))).toEqual(new Set(['TOO_MANY_REQUESTS']));
    // Even the right password from the attacker's address waits now.
    const right = await signIn(api, person.email, TEST_PASSWORD, ATTACKER);
    expect(right).toMatchObject({ code: 'TOO_MANY_REQUESTS', signedIn: false });
    expect(right.message).toMatch(/Wait 1 minute and try again/);

    const known = await signIn(api, person.email, TEST_PASSWORD, { ...HOME, device });
    expect(known).toMatchObject({ code: null, signedIn: true, device: null }); // the same device: no new cookie
    const newDevice = await signIn(api, person.email, TEST_PASSWORD, { forwardedFor: '198.51.100.99' });
    expect(newDevice.signedIn).toBe(true);
  });

  it('pauses unknown devices for an account guessed from many addresses, never its known device; counts shared by replicas', async () => {
    const { person, device } = await personWithKnownDevice('Targeted');
    // The failures of a distributed guess, one hundred from fifty addresses, as the audit trail records them.
    await api.database.query(
      `INSERT INTO audit_event (action, subject_type, subject_id, ip)
       SELECT 'SIGN_IN_FAILED', 'user_account', $1, '192.0.2.' || (n % 50) FROM generate_series(1, $2) n`,
      [person.email, SIGN_IN_THROTTLE.perAccount],
    );
    for (const app of [api, replica]) {
      expect((await signIn(app, person.email, TEST_PASSWORD, { forwardedFor: '198.51.100.123' })).code).toBe('TOO_MANY_REQUESTS');
      expect((await signIn(app, person.email, TEST_PASSWORD, { ...HOME, device })).signedIn).toBe(true);
    }
  });

  it('counts failures on every replica together, and recognises a known device on every replica', async () => {
    const person = await createPerson(api.database, 'Two Replicas');
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) {
      const app = i % 2 === 0 ? api : replica;
      expect((await signIn(app, person.email, `guess ${i}`, ATTACKER)).code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn(replica, person.email, TEST_PASSWORD, ATTACKER)).code).toBe('TOO_MANY_REQUESTS');
    expect((await signIn(api, person.email, TEST_PASSWORD, ATTACKER)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('holds back a known device only after its own failures; a device cookie of another account counts for nothing', async () => {
    const { person, device } = await personWithKnownDevice('Own Device');
    const other = await createPerson(api.database, 'Other Person');
    for (let i = 0; i < SIGN_IN_THROTTLE.perKnownDevice; i++) {
      expect((await signIn(api, person.email, `typo ${i}`, { ...HOME, device })).code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn(replica, person.email, TEST_PASSWORD, { ...HOME, device })).code).toBe('TOO_MANY_REQUESTS');
    // Another person's known device is an unknown device for this account: it gets the unknown-device limits.
    for (let i = 0; i < SIGN_IN_THROTTLE.freeFailures; i++) {
      expect((await signIn(api, other.email, `guess ${i}`, { ...ATTACKER, device })).code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn(api, other.email, TEST_PASSWORD, { ...ATTACKER, device })).code).toBe('TOO_MANY_REQUESTS');
  });

  it('throttles an email address with no account exactly as a real one', async () => {
    const codes: (string | null)[] = [];
    for (let i = 0; i <= SIGN_IN_THROTTLE.freeFailures; i++) codes.push((await signIn(api, 'nobody@idt-canvas.test', `guess ${i}`, ATTACKER)).code);
    expect(codes).toEqual([...Array(SIGN_IN_THROTTLE.freeFailures).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
  });
});
