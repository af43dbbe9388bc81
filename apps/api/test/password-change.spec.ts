import { eventually, startSmtpServer } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, fingerprint, gql, openSession, Person, TEST_PASSWORD } from './support/world';

const CHANGE = 'mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }';
const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }';
const ME = '{ me { id } }';
const NEW_PASSWORD = 'walnut orbit lantern seventeen';

/** The email as a person reads it (quoted-printable undone). */
const readable = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Password change (ADR 0031; docs/access-control.md "Passwords and sessions"), against real PostgreSQL and SMTP. */
describe('changing your password', () => {
  let api: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({ email: { smtpUrl: smtp.url, from: 'IDT Canvas <no-reply@idt-canvas.test>' }, publicUrl: 'https://idt.example.test' });
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  const signedIn = async (token: string) => (await gql(api, token, ME)).body.data?.['me'] !== null;

  it('needs the right current password, and a wrong one changes nothing', async () => {
    const person = await createPerson(api.database, 'Wrong Current');
    const other = await openSession(api.database, person.id);
    const before = await fingerprint(api.database);
    const { body } = await gql(api, person.token, CHANGE, { c: 'not my password at all', n: NEW_PASSWORD });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(body.errors?.[0]?.message).toBe('Your current password is not right. Check it and try again.');
    expect(await fingerprint(api.database)).toEqual(before);
    expect(await signedIn(other)).toBe(true);
  });

  it('pauses after five wrong current passwords in 15 minutes, even with the right one, changing nothing; each try is audited', async () => {
    const person = await createPerson(api.database, 'Guessing Gail');
    const before = await fingerprint(api.database);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { body } = await gql(api, person.token, CHANGE, { c: `guess number ${attempt}`, n: NEW_PASSWORD });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    }
    const paused = await gql(api, person.token, CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD });
    expect(paused.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', field: 'currentPassword' });
    expect(paused.body.errors?.[0]?.message).toMatch(/too many times\. Wait 15 minutes/);
    expect(await fingerprint(api.database)).toEqual(before);
    expect((await gql(api, null, SIGN_IN, { email: person.email, password: TEST_PASSWORD })).body.data?.['signIn']).toEqual({ id: person.id });
    const refusals = await api.database.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'CURRENT_PASSWORD_REFUSED' AND actor_user_id = $1`, [person.id]);
    expect(refusals).toEqual([{ n: 5 }]);
    // Once the window has passed (the tries moved back 16 minutes), the right password changes it.
    await api.asOwner(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
      UPDATE audit_event SET occurred_at = occurred_at - interval '16 minutes' WHERE action = 'CURRENT_PASSWORD_REFUSED' AND actor_user_id = '${person.id}';
      ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    expect((await gql(api, person.token, CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD })).body.data?.['changePassword']).toBe(true);
  });

  it('refuses a new password the rule refuses (too short, too common, built from their own name), changing nothing', async () => {
    const person = await createPerson(api.database, 'Rowena Rulebound');
    const before = await fingerprint(api.database);
    for (const [n, reason] of [
      ['short one', 'PASSWORD_TOO_SHORT'],
      ['password1234', 'PASSWORD_TOO_EASY_TO_GUESS'],
      ['rowenarulebound', 'PASSWORD_TOO_EASY_TO_GUESS'],
      ['x'.repeat(129), 'PASSWORD_TOO_LONG'],
    ]) {
      const { body } = await gql(api, person.token, CHANGE, { c: TEST_PASSWORD, n });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason });
    }
    expect(await fingerprint(api.database)).toEqual(before);
    expect((await gql(api, null, SIGN_IN, { email: person.email, password: TEST_PASSWORD })).body.data?.['signIn']).toEqual({ id: person.id });
  });

  it('changes it: this session stays, every other one ends, others are untouched, it is audited and emailed', async () => {
    const person = await createPerson(api.database, 'Chris Changer');
    const laptop = await openSession(api.database, person.id);
    const phone = await openSession(api.database, person.id);
    const someoneElse: Person = await createPerson(api.database, 'Someone Else');
    // Served from memory from here on: the change must evict them.
    for (const token of [person.token, laptop, phone, someoneElse.token]) expect(await signedIn(token)).toBe(true);

    const { body } = await gql(api, person.token, CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['changePassword']).toBe(true);

    expect(await signedIn(person.token)).toBe(true);
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(phone)).toBe(false);
    expect(await signedIn(someoneElse.token)).toBe(true);

    const oldOne = await gql(api, null, SIGN_IN, { email: person.email, password: TEST_PASSWORD });
    expect(oldOne.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const newOne = await gql(api, null, SIGN_IN, { email: person.email, password: NEW_PASSWORD });
    expect(newOne.body.data?.['signIn']).toEqual({ id: person.id });

    const audit = await api.database.query(`SELECT actor_user_id, subject_id, after FROM audit_event WHERE action = 'PASSWORD_CHANGED' AND subject_id = $1`, [person.id]);
    expect(audit).toEqual([{ actor_user_id: person.id, subject_id: person.id, after: { sessionsEnded: 2 } }]);

    const emails = await eventually(() => smtp.received.filter((m) => m.to.includes(person.email)), (m) => m.length > 0);
    expect(emails).toHaveLength(1);
    const email = readable(emails[0].raw);
    expect(email).toContain('Subject: Your IDT Canvas password has been changed');
    expect(email).toContain("If this wasn't you");
    expect(email).toContain('https://idt.example.test/forgot-password');
    expect(email).not.toContain(NEW_PASSWORD);
  });

  it('is only for password accounts, and only for someone signed in', async () => {
    const sso = await createPerson(api.database, 'Sandy Single');
    await api.database.query(`UPDATE user_account SET password_hash = NULL WHERE id = $1`, [sso.id]);
    const refused = await gql(api, sso.token, CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const [row] = await api.database.query(`SELECT password_hash FROM user_account WHERE id = $1`, [sso.id]);
    expect(row.password_hash).toBeNull();

    const anonymous = await gql(api, null, CHANGE, { c: TEST_PASSWORD, n: NEW_PASSWORD });
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});
