import { eventually } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, fingerprint, gql, Person, TEST_PASSWORD } from './support/world';

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }';
const MY_ACCOUNT = '{ myAccount { id name email hasPassword sessions { id device signedInAt lastUsedAt current } } }';
const END = 'mutation ($id: ID!) { endMySession(sessionId: $id) }';
const END_OTHERS = 'mutation { endMyOtherSessions }';
const ME = '{ me { id } }';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

interface MySession {
  id: string;
  device: string;
  signedInAt: string;
  lastUsedAt: string;
  current: boolean;
}

/** "Your account": a person's own sessions, which they (and only they) can end. Real PostgreSQL, two replicas. */
describe('your sessions', () => {
  let api: TestApp;
  let replica: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
    // A second replica on the same database: an ended session must end there at once too.
    replica = await startTestApp({ databaseUrl: api.databaseUrl });
  });
  afterAll(async () => {
    await replica?.close();
    await api?.close();
  });

  /** Signs in through the real mutation from a browser that says it is `userAgent`; returns the cookie's token. */
  async function signInAs(person: Person, userAgent: string): Promise<string> {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: person.email, password: TEST_PASSWORD } }),
    });
    const token = /__Host-idt_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (!token) throw new Error('no session cookie');
    return token;
  }
  const sessionsOf = async (token: string) => ((await gql(api, token, MY_ACCOUNT)).body.data?.['myAccount'] as { sessions: MySession[] }).sessions;
  const signedInOn = async (app: TestApp, token: string) => (await gql(app, token, ME)).body.data?.['me'] !== null;

  it('lists each live session with its device, when it signed in and was last used, and which one is this', async () => {
    const person = await createPerson(api.database, 'Dana Devices');
    await api.database.query(`UPDATE user_session SET revoked_at = now() WHERE user_id = $1`, [person.id]);
    const laptop = await signInAs(person, FIREFOX_LINUX);
    await signInAs(person, CHROME_WINDOWS);
    const { body } = await gql(api, laptop, MY_ACCOUNT);
    const account = body.data?.['myAccount'] as { name: string; email: string; hasPassword: boolean; sessions: MySession[] };
    expect(account).toMatchObject({ name: 'Dana Devices', email: person.email, hasPassword: true });
    expect(account.sessions.map((s) => [s.device, s.current]).sort()).toEqual([
      ['Chrome on Windows', false],
      ['Firefox on Linux', true],
    ]);
    for (const s of account.sessions) {
      expect(Date.now() - Date.parse(s.signedInAt)).toBeLessThan(60_000);
      expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.signedInAt));
    }
    const [stored] = await api.database.query(`SELECT user_agent FROM user_session WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at LIMIT 1`, [person.id]);
    expect(stored.user_agent).toBe(FIREFOX_LINUX);
  });

  it('stores at most 512 characters of what the browser says', async () => {
    const person = await createPerson(api.database, 'Long Agent');
    await signInAs(person, `Firefox/1 ${'x'.repeat(3000)}`);
    const [row] = await api.database.query(`SELECT char_length(user_agent) AS n FROM user_session WHERE user_id = $1 AND user_agent IS NOT NULL`, [person.id]);
    expect(row.n).toBe(512);
  });

  it('ends one other session: it stops working at once on every replica, and it is audited', async () => {
    const person = await createPerson(api.database, 'Eddie Ender');
    const laptop = await signInAs(person, FIREFOX_LINUX);
    const phone = await signInAs(person, CHROME_WINDOWS);
    // Both replicas have checked the phone's session and keep it in memory.
    expect(await signedInOn(api, phone)).toBe(true);
    expect(await signedInOn(replica, phone)).toBe(true);

    const phoneId = (await sessionsOf(laptop)).find((s) => !s.current)?.id;
    const { body } = await gql(api, laptop, END, { id: phoneId });
    expect(body).toEqual({ data: { endMySession: true } });
    expect(await signedInOn(api, phone)).toBe(false);
    expect(await eventually(() => signedInOn(replica, phone), (still) => !still, 5_000)).toBe(false);
    expect(await signedInOn(api, laptop)).toBe(true);
    expect((await sessionsOf(laptop)).map((s) => s.id)).not.toContain(phoneId);
    const audit = await api.database.query(`SELECT actor_user_id, subject_type FROM audit_event WHERE action = 'SESSION_ENDED' AND subject_id = $1`, [phoneId]);
    expect(audit).toEqual([{ actor_user_id: person.id, subject_type: 'user_session' }]);

    // Ended already: not found, and nothing more is written.
    const again = await gql(api, laptop, END, { id: phoneId });
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('signs out of every other device, keeping this one', async () => {
    const person = await createPerson(api.database, 'Olly Others');
    const here = await signInAs(person, FIREFOX_LINUX);
    const elsewhere = [await signInAs(person, CHROME_WINDOWS), person.token];
    for (const token of elsewhere) expect(await signedInOn(replica, token)).toBe(true);
    const { body } = await gql(api, here, END_OTHERS);
    expect(body).toEqual({ data: { endMyOtherSessions: 2 } });
    for (const token of elsewhere) {
      expect(await signedInOn(api, token)).toBe(false);
      expect(await eventually(() => signedInOn(replica, token), (still) => !still, 5_000)).toBe(false);
    }
    expect(await signedInOn(api, here)).toBe(true);
    expect((await sessionsOf(here)).map((s) => s.current)).toEqual([true]);
    const [audit] = await api.database.query(`SELECT after FROM audit_event WHERE action = 'OTHER_SESSIONS_ENDED' AND subject_id = $1`, [person.id]);
    expect(audit.after).toEqual({ sessionsEnded: 2 });
  });

  it("never shows or ends someone else's session: not found, and nothing changes", async () => {
    const me = await createPerson(api.database, 'Mo Mine');
    const them = await createPerson(api.database, 'Theo Theirs');
    const [theirs] = await api.database.query(`SELECT id FROM user_session WHERE user_id = $1`, [them.id]);
    expect((await sessionsOf(me.token)).map((s) => s.id)).not.toContain(theirs.id);

    const before = await fingerprint(api.database);
    const [{ n: auditBefore }] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event`);
    const refused = await gql(api, me.token, END, { id: theirs.id });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const unknown = await gql(api, me.token, END, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body.errors?.[0]).toEqual(refused.body.errors?.[0] && { ...refused.body.errors[0] });
    const malformed = await gql(api, me.token, END, { id: 'not-a-session' });
    expect(malformed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });

    expect(await fingerprint(api.database)).toEqual(before);
    const [{ n: auditAfter }] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(auditAfter).toBe(auditBefore);
    const [row] = await api.database.query(`SELECT revoked_at FROM user_session WHERE id = $1`, [theirs.id]);
    expect(row.revoked_at).toBeNull();
    expect(await signedInOn(api, them.token)).toBe(true);
  });

  it('is only for someone signed in', async () => {
    for (const query of [MY_ACCOUNT, END_OTHERS]) {
      expect((await gql(api, null, query)).body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });
});
