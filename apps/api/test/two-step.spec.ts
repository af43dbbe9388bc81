import { Secret, TOTP } from 'otpauth';
import { APP_CONFIG, AppConfig } from '../src/config/app-config';
import { AuditRepository } from '../src/modules/audit/audit.repository';
import { PasswordHasher } from '../src/modules/auth/password-hasher';
import { UsersRepository } from '../src/modules/users/users.repository';
import { SessionCache } from '../src/modules/auth/session-cache';
import { SecondStepRepository } from '../src/modules/auth/second-step/second-step.repository';
import { PENDING_SIGN_IN, SecondStepService } from '../src/modules/auth/second-step/second-step.service';
import { DEMO_ACCOUNTS } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, Person, TEST_PASSWORD } from './support/world';

const SESSION = '__Host-idt_session';
const PENDING = '__Host-idt_pending_sign_in';

const SIGN_IN = 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }';
const COMPLETE =
  'mutation ($c: String!) { completeSignInWithSecondStep(code: $c) { account { id } usedRecoveryCode recoveryCodesLeft } }';
const START = 'mutation { startSecondStepEnrolment { manualKey qrCodeDataUrl } }';
const CONFIRM = 'mutation ($c: String!) { confirmSecondStepEnrolment(code: $c) { codes } }';
const STATUS = '{ me { id secondStep { enrolled required available recoveryCodesLeft mustEnrolBeforeContinuing } } }';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read field by field
type Body = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A browser's cookie jar for /graphql: both the session cookie and the pending sign-in cookie. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly api: TestApp,
    private readonly userAgent?: string,
  ) {}

  async gql(query: string, variables?: Record<string, unknown>): Promise<Body> {
    const response = await fetch(`${this.api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(this.userAgent ? { 'user-agent': this.userAgent } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const name = pair!.slice(0, pair!.indexOf('=')).trim();
      const value = pair!.slice(pair!.indexOf('=') + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return (await response.json()) as Body;
  }
}

const codeOf = (body: Body) => body.errors?.[0]?.extensions?.['code'];
/** The code an authenticator app shows for this key, `steps` 30-second steps from now. */
const totpCode = (manualKey: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(manualKey.replace(/ /g, '')), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

describe('two-step sign-in (TOTP)', () => {
  let api: TestApp;
  let admin: Person;

  beforeAll(async () => {
    api = await startTestApp();
    admin = await createPerson(api.database, 'Ada Admin', [{ role: 'ADMIN' }]);
  });
  afterAll(async () => {
    await api.close();
  });

  const auditCount = async (action: string, subjectId: string) =>
    (await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND subject_id = $2`, [action, subjectId]))[0]
      .n as number;

  /** Signs in with the password and sets up the second step; returns the key and the recovery codes. */
  async function enrol(person: Person) {
    const browser = new Browser(api);
    expect((await browser.gql(SIGN_IN, { e: person.email, p: TEST_PASSWORD })).errors).toBeUndefined();
    const started = await browser.gql(START);
    const { manualKey } = started.data!['startSecondStepEnrolment'];
    const firstCode = totpCode(manualKey);
    const confirmed = await browser.gql(CONFIRM, { c: firstCode });
    expect(confirmed.errors).toBeUndefined();
    return { browser, manualKey: manualKey as string, firstCode, recoveryCodes: confirmed.data!['confirmSecondStepEnrolment'].codes as string[] };
  }

  /** A password sign-in that stops at the second step: the browser holds a pending sign-in, not a session. */
  async function passwordOnly(person: Person): Promise<Browser> {
    const browser = new Browser(api);
    const body = await browser.gql(SIGN_IN, { e: person.email, p: TEST_PASSWORD });
    expect(codeOf(body)).toBe('SECOND_STEP_NEEDED');
    expect(body.data ?? null).toBeNull();
    expect(browser.cookies.has(SESSION)).toBe(false);
    expect(browser.cookies.get(PENDING)).toMatch(/^[\w-]{43}$/);
    return browser;
  }

  it('lets anyone with a password set it up: QR code and key, a first code, then ten recovery codes stored hashed', async () => {
    const person = await createPerson(api.database, 'Olive Optional');
    const browser = new Browser(api);
    await browser.gql(SIGN_IN, { e: person.email, p: TEST_PASSWORD });
    expect((await browser.gql(STATUS)).data!['me'].secondStep).toEqual({
      enrolled: false,
      required: false,
      available: true,
      recoveryCodesLeft: null,
      mustEnrolBeforeContinuing: false,
    });

    const started = (await browser.gql(START)).data!['startSecondStepEnrolment'];
    expect(started.manualKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const key = started.manualKey.replace(/ /g, '');
    const [row] = await api.database.query(`SELECT secret_encrypted, confirmed_at FROM second_step WHERE user_id = $1`, [person.id]);
    expect(row.confirmed_at).toBeNull();
    expect((row.secret_encrypted as Buffer).toString('latin1')).not.toContain(key);

    // A wrong code changes nothing.
    const wrong = await browser.gql(CONFIRM, { c: totpCode(started.manualKey, 5) });
    expect(codeOf(wrong)).toBe('WRONG_SECOND_STEP_CODE');
    expect(wrong.errors?.[0]?.extensions?.['field']).toBe('code');
    expect((await api.database.query(`SELECT confirmed_at FROM second_step WHERE user_id = $1`, [person.id]))[0].confirmed_at).toBeNull();

    const confirmed = await browser.gql(CONFIRM, { c: totpCode(started.manualKey) });
    const codes: string[] = confirmed.data!['confirmSecondStepEnrolment'].codes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored: { code_hash: Buffer }[] = await api.database.query(`SELECT code_hash FROM recovery_code WHERE user_id = $1`, [person.id]);
    expect(stored).toHaveLength(10);
    for (const { code_hash } of stored) for (const code of codes) expect(code_hash.toString('latin1')).not.toContain(code);
    expect(await auditCount('SECOND_STEP_ENROLLED', person.id)).toBe(1);
    expect((await browser.gql(STATUS)).data!['me'].secondStep).toMatchObject({ enrolled: true, recoveryCodesLeft: 10 });

    // The secret is never given out again.
    expect(codeOf(await browser.gql(START))).toBe('CONFLICT');
  });

  it('asks for a code after the password; accepts the next code once, refuses the one already used (replay)', async () => {
    const person = await createPerson(api.database, 'Rae Replay');
    // The code used to enrol (worked out again here, it could already be the next 30 seconds' code).
    const { manualKey, firstCode: usedAtEnrolment } = await enrol(person);

    const first = await passwordOnly(person);
    expect(codeOf(await first.gql('{ users { id } }'))).toBe('UNAUTHENTICATED');
    expect((await first.gql('{ me { id } }')).data).toEqual({ me: null });
    const replayed = await first.gql(COMPLETE, { c: usedAtEnrolment });
    expect(codeOf(replayed)).toBe('WRONG_SECOND_STEP_CODE');
    expect(first.cookies.has(SESSION)).toBe(false);

    const next = totpCode(manualKey, 1);
    const done = await first.gql(COMPLETE, { c: next });
    expect(done.data!['completeSignInWithSecondStep']).toEqual({ account: { id: person.id }, usedRecoveryCode: false, recoveryCodesLeft: 10 });
    expect(first.cookies.has(PENDING)).toBe(false);
    expect(first.cookies.get(SESSION)).toMatch(/^[\w-]{43}$/);
    expect((await first.gql('{ me { id } }')).data).toEqual({ me: { id: person.id } });
    const [signedIn] = await api.database.query(
      `SELECT after FROM audit_event WHERE action = 'SIGNED_IN' AND actor_user_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [person.id],
    );
    expect(signedIn.after).toEqual({ method: 'password', secondStep: 'code' });

    // The same code in a new sign-in is a replay; so is the pending sign-in's token once used.
    const second = await passwordOnly(person);
    expect(codeOf(await second.gql(COMPLETE, { c: next }))).toBe('WRONG_SECOND_STEP_CODE');
    const reused = new Browser(api);
    reused.cookies.set(PENDING, first.cookies.get(PENDING) ?? 'gone');
    expect(codeOf(await reused.gql(COMPLETE, { c: totpCode(manualKey, 1) }))).toBe('SIGN_IN_AGAIN');
  });

  it('takes a recovery code once and says how many are left', async () => {
    const person = await createPerson(api.database, 'Rex Recovery');
    const { recoveryCodes } = await enrol(person);

    const browser = await passwordOnly(person);
    const done = await browser.gql(COMPLETE, { c: recoveryCodes[3]!.toUpperCase().replace(/-/g, ' ') });
    expect(done.data!['completeSignInWithSecondStep']).toEqual({ account: { id: person.id }, usedRecoveryCode: true, recoveryCodesLeft: 9 });
    expect(await auditCount('RECOVERY_CODE_USED', person.id)).toBe(1);
    expect((await browser.gql(STATUS)).data!['me'].secondStep.recoveryCodesLeft).toBe(9);

    const again = await passwordOnly(person);
    expect(codeOf(await again.gql(COMPLETE, { c: recoveryCodes[3] }))).toBe('WRONG_SECOND_STEP_CODE');
    expect((await again.gql(COMPLETE, { c: recoveryCodes[4] })).data!['completeSignInWithSecondStep'].recoveryCodesLeft).toBe(8);
  });

  it('allows five wrong codes per pending sign-in (each audited), then starts again; an expired one starts again', async () => {
    const person = await createPerson(api.database, 'Wes Wrong');
    const { manualKey } = await enrol(person);
    const browser = await passwordOnly(person);
    for (let attempt = 1; attempt < PENDING_SIGN_IN.maxWrongCodes; attempt++) {
      expect(codeOf(await browser.gql(COMPLETE, { c: '000000' === totpCode(manualKey) ? '111111' : '000000' }))).toBe('WRONG_SECOND_STEP_CODE');
    }
    const last = await browser.gql(COMPLETE, { c: 'not a code' });
    expect(codeOf(last)).toBe('SIGN_IN_AGAIN');
    expect(await auditCount('SECOND_STEP_FAILED', person.id)).toBe(PENDING_SIGN_IN.maxWrongCodes);
    // Even the right code does not help now: the pending sign-in is gone.
    expect(codeOf(await browser.gql(COMPLETE, { c: totpCode(manualKey, 1) }))).toBe('SIGN_IN_AGAIN');

    const late = await passwordOnly(person);
    await api.database.query(`UPDATE pending_sign_in SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [person.id]);
    expect(codeOf(await late.gql(COMPLETE, { c: totpCode(manualKey, 1) }))).toBe('SIGN_IN_AGAIN');
    expect(late.cookies.has(SESSION)).toBe(false);

    // Without any pending sign-in at all.
    expect(codeOf(await new Browser(api).gql(COMPLETE, { c: totpCode(manualKey, 1) }))).toBe('SIGN_IN_AGAIN');
  });

  it('requires admins and national viewers to set it up before anything else; then their next sign-in asks for a code', async () => {
    const newAdmin = await createPerson(api.database, 'Nia New Admin', [{ role: 'ADMIN' }]);
    const browser = new Browser(api, 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0');
    const signedIn = await browser.gql(
      'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id secondStep { mustEnrolBeforeContinuing } } }',
      { e: newAdmin.email, p: TEST_PASSWORD },
    );
    expect(signedIn.data).toEqual({ signIn: { id: newAdmin.id, secondStep: { mustEnrolBeforeContinuing: true } } });
    const enrolOnly = browser.cookies.get(SESSION);
    expect((await browser.gql(STATUS)).data!['me'].secondStep).toMatchObject({ required: true, enrolled: false, mustEnrolBeforeContinuing: true });
    const refused = await browser.gql('{ users { id } }');
    expect(codeOf(refused)).toBe('SECOND_STEP_REQUIRED');
    expect(refused.data ?? null).toBeNull();
    expect(codeOf(await browser.gql('mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: { email: 'x@nhs.net', name: 'X' } }))).toBe(
      'SECOND_STEP_REQUIRED',
    );
    expect((await api.database.query(`SELECT count(*)::int AS n FROM user_account WHERE email = 'x@nhs.net'`))[0].n).toBe(0);

    const { manualKey } = (await browser.gql(START)).data!['startSecondStepEnrolment'];
    expect((await browser.gql(CONFIRM, { c: totpCode(manualKey) })).data!['confirmSecondStepEnrolment'].codes).toHaveLength(10);
    // The enrol-only session is replaced by a full one.
    expect(browser.cookies.get(SESSION)).not.toBe(enrolOnly);
    expect((await browser.gql('{ users { id } }')).data!['users']).toEqual(expect.arrayContaining([{ id: newAdmin.id }]));
    const old = new Browser(api);
    old.cookies.set(SESSION, enrolOnly!);
    expect((await old.gql('{ me { id } }')).data).toEqual({ me: null });
    // The full session is on the same device as the one it replaced, and the person's list of sessions says which.
    const sessions: { device: string; current: boolean }[] = (await browser.gql('{ myAccount { sessions { device current } } }')).data!['myAccount'].sessions;
    expect(sessions.filter((s) => s.current)).toEqual([{ device: 'Firefox on Linux', current: true }]);

    // Required: it cannot be turned off.
    const off = await browser.gql('mutation ($i: TurnOffSecondStepInput!) { turnOffSecondStep(input: $i) { id } }', { i: { password: TEST_PASSWORD } });
    expect(codeOf(off)).toBe('SECOND_STEP_REQUIRED');
    expect((await browser.gql(STATUS)).data!['me'].secondStep.enrolled).toBe(true);
    await passwordOnly(newAdmin);

    const national = await createPerson(api.database, 'Nat National', [{ role: 'NATIONAL' }]);
    const nationalBrowser = new Browser(api);
    await nationalBrowser.gql(SIGN_IN, { e: national.email, p: TEST_PASSWORD });
    expect(codeOf(await nationalBrowser.gql('{ users { id } }'))).toBe('SECOND_STEP_REQUIRED');
    // Public reference data and signing out still work.
    expect((await nationalBrowser.gql('{ regions { id } }')).errors).toBeUndefined();
    expect((await nationalBrowser.gql('mutation { signOut }')).data).toEqual({ signOut: true });
  });

  it('can be turned off by someone it is optional for, with their password or a current code', async () => {
    const person = await createPerson(api.database, 'Otto Off');
    const { browser, manualKey, firstCode } = await enrol(person);
    const OFF = 'mutation ($i: TurnOffSecondStepInput!) { turnOffSecondStep(input: $i) { secondStep { enrolled } } }';
    const wrong = await browser.gql(OFF, { i: { password: 'not my password' } });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.['field']).toBe('password');
    expect(codeOf(await browser.gql(OFF, { i: {} }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await browser.gql(OFF, { i: { code: firstCode } }))).toBe('WRONG_SECOND_STEP_CODE'); // used at enrolment
    expect((await browser.gql(OFF, { i: { code: totpCode(manualKey, 1) } })).data).toEqual({ turnOffSecondStep: { secondStep: { enrolled: false } } });
    expect(await auditCount('SECOND_STEP_TURNED_OFF', person.id)).toBe(1);
    expect((await api.database.query(`SELECT count(*)::int AS n FROM recovery_code WHERE user_id = $1`, [person.id]))[0].n).toBe(0);
    expect((await new Browser(api).gql(SIGN_IN, { e: person.email, p: TEST_PASSWORD })).data).toEqual({ signIn: { id: person.id } });
  });

  it("lets an admin reset someone's second step: audited, their sessions end, they set it up again if required", async () => {
    const national = await createPerson(api.database, 'Lou Lost Phone', [{ role: 'NATIONAL' }]);
    const { browser } = await enrol(national);
    const RESET = 'mutation ($id: ID!) { resetSecondStep(userId: $id) { id secondStep { enrolled required } } }';
    const adminBrowser = new Browser(api);
    adminBrowser.cookies.set(SESSION, admin.token);

    // Not an admin: refused, nothing changes.
    const lead = await createPerson(api.database, 'Ivy Lead');
    const notAdmin = new Browser(api);
    notAdmin.cookies.set(SESSION, lead.token);
    expect(codeOf(await notAdmin.gql(RESET, { id: national.id }))).toBe('FORBIDDEN');
    expect(codeOf(await adminBrowser.gql(RESET, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
    expect((await browser.gql('{ me { id } }')).data).toEqual({ me: { id: national.id } });

    const reset = await adminBrowser.gql(RESET, { id: national.id });
    expect(reset.data).toEqual({ resetSecondStep: { id: national.id, secondStep: { enrolled: false, required: true } } });
    const [event] = await api.database.query(`SELECT actor_user_id FROM audit_event WHERE action = 'SECOND_STEP_RESET' AND subject_id = $1`, [national.id]);
    expect(event.actor_user_id).toBe(admin.id);
    expect((await browser.gql('{ me { id } }')).data).toEqual({ me: null });
    expect(codeOf(await adminBrowser.gql(RESET, { id: national.id }))).toBe('CONFLICT');

    // Next sign-in: no code asked (there is none), but the session can only set one up again.
    const again = new Browser(api);
    expect((await again.gql(SIGN_IN, { e: national.email, p: TEST_PASSWORD })).data).toEqual({ signIn: { id: national.id } });
    expect(codeOf(await again.gql('{ users { id } }'))).toBe('SECOND_STEP_REQUIRED');
  });

  it('leaves single sign-on accounts out (their identity provider asks), and the demo admin only on the demo database', async () => {
    const ssoOnly = await createPerson(api.database, 'Sol Single Sign-on', [{ role: 'ADMIN' }]);
    await api.database.query(`UPDATE user_account SET password_hash = NULL WHERE id = $1`, [ssoOnly.id]);
    const browser = new Browser(api);
    browser.cookies.set(SESSION, ssoOnly.token);
    expect((await browser.gql(STATUS)).data!['me'].secondStep).toMatchObject({ required: false, available: false });
    expect(codeOf(await browser.gql(START))).toBe('CONFLICT');

    const service = (demoAccountsMaySkip: boolean) =>
      new SecondStepService(
        api.app.get(SecondStepRepository),
        api.app.get(AuditRepository),
        api.app.get(PasswordHasher),
        api.app.get(UsersRepository),
        api.app.get(SessionCache),
        {
          ...api.app.get<AppConfig>(APP_CONFIG),
          secondStep: { encryptionKey: Buffer.alloc(32), keyFromEnvironment: false, demoAccountsMaySkip },
        },
      );
    const demoAdmin = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN')!;
    const demoNational = DEMO_ACCOUNTS.find((a) => a.role === 'NATIONAL')!;
    for (const account of [demoAdmin, demoNational]) {
      const state = { email: account.email, hasPassword: true, roles: [account.role] };
      expect(service(true).isRequired(state)).toBe(false);
      expect(service(false).isRequired(state)).toBe(true);
    }
    expect(service(true).isRequired({ email: 'someone.else@nhs.net', hasPassword: true, roles: ['ADMIN'] })).toBe(true);
  });
});
