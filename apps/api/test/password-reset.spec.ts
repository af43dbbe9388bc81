import { createHash } from 'node:crypto';
import { RESET_REQUEST_LIMITS, RESET_REQUESTED } from '../src/modules/account/account.service';
import { eventually, startSmtpServer } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, fingerprint, gql, openSession, TEST_PASSWORD } from './support/world';

const REQUEST = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
const WORKS = 'query ($token: String!) { passwordResetLinkWorks(token: $token) }';
const RESET = 'mutation ($token: String!, $n: String!) { resetPassword(input: { token: $token, newPassword: $n }) }';
const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }';
const ME = '{ me { id } }';
const NEW_PASSWORD = 'copper meadow violin ninety';
const PUBLIC_URL = 'https://idt.example.test';

/** The email as a person reads it (quoted-printable undone). */
const readable = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Password reset by emailed link (docs/access-control.md "Passwords and sessions"), real PostgreSQL and SMTP. */
describe('resetting a forgotten password', () => {
  let api: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ email: { smtpUrl: smtp.url, from: 'IDT Canvas <no-reply@idt-canvas.test>' }, publicUrl: PUBLIC_URL });
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const emailsTo = (address: string) => smtp.received.filter((m) => m.to.includes(address)).map((m) => readable(m.raw));
  /** Waits for the nth reset email to this address and follows its link: returns the token in it. */
  const resetLink = async (address: string, nth = 1): Promise<string> => {
    const resets = await eventually(
      () => emailsTo(address).filter((m) => m.includes('Subject: Reset your IDT Canvas password')),
      (m) => m.length >= nth,
    );
    expect(resets).toHaveLength(nth);
    const link = new RegExp(`${PUBLIC_URL}/reset-password/([A-Za-z0-9_-]+)`).exec(resets[nth - 1])?.[1];
    if (!link) throw new Error(`no link in ${resets[nth - 1]}`);
    return link;
  };
  const signedIn = async (token: string) => (await gql(api, token, ME)).body.data?.['me'] !== null;

  it('answers the same for an address with no account, and emails only the one that has one', async () => {
    const person = await createPerson(api.database, 'Rene Reset');
    const unknown = `nobody.${Date.now()}@idt-canvas.test`;
    const forUnknown = await gql(api, null, REQUEST, { email: unknown });
    const forKnown = await gql(api, null, REQUEST, { email: person.email.toUpperCase() });
    expect(forUnknown.body).toEqual({ data: { requestPasswordReset: RESET_REQUESTED } });
    expect(forKnown.body).toEqual(forUnknown.body);

    const token = await resetLink(person.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(emailsTo(unknown)).toEqual([]);

    // Only the token's SHA-256 hash is stored, and the link expires within the hour.
    const rows = await api.database.query(
      `SELECT token_hash, expires_at - created_at <= interval '1 hour' AS within_hour FROM password_reset WHERE user_id = $1`,
      [person.id],
    );
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest(), within_hour: true }]);
    const [audit] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'PASSWORD_RESET_REQUESTED' AND subject_id = ANY($1)`, [
      [unknown, person.email],
    ]);
    expect(audit.n).toBe(2);
  });

  it('follows the link: the rule applies, then every session ends, the link is used up, and the new password signs in', async () => {
    const person = await createPerson(api.database, 'Robin Forgetful');
    const phone = await openSession(api.database, person.id);
    expect(await signedIn(person.token)).toBe(true);
    expect(await signedIn(phone)).toBe(true);
    await gql(api, null, REQUEST, { email: person.email });
    const token = await resetLink(person.email);
    expect((await gql(api, null, WORKS, { token })).body.data).toEqual({ passwordResetLinkWorks: true });

    const before = await fingerprint(api.database);
    const tooEasy = await gql(api, null, RESET, { token, n: 'password1234' });
    expect(tooEasy.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'PASSWORD_TOO_EASY_TO_GUESS' });
    expect(await fingerprint(api.database)).toEqual(before);
    expect((await gql(api, null, WORKS, { token })).body.data).toEqual({ passwordResetLinkWorks: true });

    const done = await gql(api, null, RESET, { token, n: NEW_PASSWORD });
    expect(done.body).toEqual({ data: { resetPassword: true } });
    expect(await signedIn(person.token)).toBe(false);
    expect(await signedIn(phone)).toBe(false);
    expect((await gql(api, null, SIGN_IN, { email: person.email, password: TEST_PASSWORD })).body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect((await gql(api, null, SIGN_IN, { email: person.email, password: NEW_PASSWORD })).body.data).toEqual({ signIn: { id: person.id } });

    // Single use.
    const again = await gql(api, null, RESET, { token, n: 'another fine long passphrase' });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'RESET_LINK_NOT_VALID' });
    expect((await gql(api, null, WORKS, { token })).body.data).toEqual({ passwordResetLinkWorks: false });

    const [audit] = await api.database.query(`SELECT actor_user_id, after FROM audit_event WHERE action = 'PASSWORD_RESET' AND subject_id = $1`, [person.id]);
    expect(audit).toEqual({ actor_user_id: person.id, after: { sessionsEnded: 2 } });
    const changed = await eventually(() => emailsTo(person.email).filter((m) => m.includes('password has been changed')), (m) => m.length > 0);
    expect(changed[0]).toContain("If this wasn't you");
  });

  it('kills the other links when one is used', async () => {
    const person = await createPerson(api.database, 'Twice Asked');
    await gql(api, null, REQUEST, { email: person.email });
    const first = await resetLink(person.email, 1);
    await gql(api, null, REQUEST, { email: person.email });
    const second = await resetLink(person.email, 2);
    expect(second).not.toBe(first);
    expect((await gql(api, null, RESET, { token: second, n: NEW_PASSWORD })).body.data).toEqual({ resetPassword: true });
    expect((await gql(api, null, WORKS, { token: first })).body.data).toEqual({ passwordResetLinkWorks: false });
    const stale = await gql(api, null, RESET, { token: first, n: 'yet another long passphrase' });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses an expired link, an unknown one and a malformed one with the same answer, changing nothing', async () => {
    const person = await createPerson(api.database, 'Late Reader');
    await gql(api, null, REQUEST, { email: person.email });
    const token = await resetLink(person.email);
    await api.database.query(`UPDATE password_reset SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE user_id = $1`, [person.id]);
    const before = await fingerprint(api.database);
    const answers = [];
    for (const t of [token, 'A'.repeat(43), 'not a token', '']) {
      expect((await gql(api, null, WORKS, { token: t })).body.data).toEqual({ passwordResetLinkWorks: false });
      answers.push((await gql(api, null, RESET, { token: t, n: NEW_PASSWORD })).body);
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0].errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'RESET_LINK_NOT_VALID' });
    expect(await fingerprint(api.database)).toEqual(before);
    expect(await signedIn(person.token)).toBe(true);
  });

  it('a link sent before the person was deactivated no longer works, and changes nothing', async () => {
    const admin = await createPerson(api.database, 'Leaver Admin', [{ role: 'ADMIN' }]);
    const leaver = await createPerson(api.database, 'Lee Leaver');
    await gql(api, null, REQUEST, { email: leaver.email });
    const token = await resetLink(leaver.email);
    expect((await gql(api, null, WORKS, { token })).body.data?.['passwordResetLinkWorks']).toBe(true);

    const deactivated = await gql(api, admin.token, 'mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: leaver.id });
    expect(deactivated.body.errors).toBeUndefined();
    expect((await gql(api, null, WORKS, { token })).body.data?.['passwordResetLinkWorks']).toBe(false);
    const before = await fingerprint(api.database);
    const reset = await gql(api, null, RESET, { token, n: NEW_PASSWORD });
    expect(reset.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token', reason: 'RESET_LINK_NOT_VALID' });
    expect(await fingerprint(api.database)).toEqual(before);
    const signIn = await gql(api, null, SIGN_IN, { email: leaver.email, password: NEW_PASSWORD });
    expect(signIn.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('sends nothing to an account that signs in only with single sign-on', async () => {
    const sso = await createPerson(api.database, 'Only Sso');
    await api.database.query(`UPDATE user_account SET password_hash = NULL WHERE id = $1`, [sso.id]);
    const marker = await createPerson(api.database, 'After Sso');
    expect((await gql(api, null, REQUEST, { email: sso.email })).body.data).toEqual({ requestPasswordReset: RESET_REQUESTED });
    await gql(api, null, REQUEST, { email: marker.email });
    await resetLink(marker.email);
    await new Promise((r) => setTimeout(r, 1000));
    expect(emailsTo(sso.email)).toEqual([]);
    expect(await api.database.query(`SELECT id FROM password_reset WHERE user_id = $1`, [sso.id])).toEqual([]);
  });

  it('refuses a malformed address with a field error, and limits requests per address and per IP address', async () => {
    const bad = await gql(api, null, REQUEST, { email: 'not an email\u0000' });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });

    const person = await createPerson(api.database, 'Many Asks');
    for (let i = 0; i < RESET_REQUEST_LIMITS.perEmail; i++) {
      expect((await gql(api, null, REQUEST, { email: person.email })).body.data).toEqual({ requestPasswordReset: RESET_REQUESTED });
    }
    const limited = await gql(api, null, REQUEST, { email: person.email });
    expect(limited.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // The same answer for an address with no account: the limit says nothing about who has one.
    const nobody = `limited.${Date.now()}@idt-canvas.test`;
    for (let i = 0; i < RESET_REQUEST_LIMITS.perEmail; i++) await gql(api, null, REQUEST, { email: nobody });
    expect((await gql(api, null, REQUEST, { email: nobody })).body).toEqual(limited.body);

    // Per IP address: different addresses, one caller, until the limit.
    let refused = null;
    for (let i = 0; i <= RESET_REQUEST_LIMITS.perIp && !refused; i++) {
      const { body } = await gql(api, null, REQUEST, { email: `spray.${i}.${Date.now()}@idt-canvas.test` });
      if (body.errors) refused = body.errors[0];
    }
    expect(refused?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const [{ n }] = await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'PASSWORD_RESET_REQUESTED'`);
    expect(n).toBe(RESET_REQUEST_LIMITS.perIp);
  });
});
