import { AuthService } from '../src/modules/auth/auth.service';
import { eventually, startSmtpServer } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, fingerprint, gql, Person, TEST_PASSWORD } from './support/world';

const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(id: $id) { id deactivatedAt } }';
const ME = '{ me { id } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }';

describe('leavers: a deactivated account loses its sessions at once and cannot sign in by any route', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let api: TestApp;
  /** A second replica on the same database, with its own session cache. */
  let replica: TestApp;
  let admin: Person;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const email = { smtpUrl: smtp.url, from: 'IDT Canvas <no-reply@idt-canvas.test>' };
    api = await startTestApp({ email });
    replica = await startTestApp({ databaseUrl: api.databaseUrl, email });
    admin = await createPerson(api.database, 'Leavers Admin', [{ role: 'ADMIN' }]);
  }, 90_000);
  afterAll(async () => {
    await replica.close();
    await api.close();
    await smtp.close();
  });

  const signIn = (app: TestApp, email: string) => gql(app, null, SIGN_IN, { input: { email, password: TEST_PASSWORD } });

  it('ends every session at once, on every replica, including one its cache had; then no route signs them in', async () => {
    const leaver = await createPerson(api.database, 'Leaver', [{ role: 'NATIONAL' }]);
    const second = await signIn(api, leaver.email);
    const secondToken = /__Host-idt_session=([^;]+)/.exec(second.setCookie ?? '')?.[1] as string;
    // Both replicas have served (and so remembered) the sessions.
    for (const app of [api, replica]) {
      for (const token of [leaver.token, secondToken]) expect((await gql(app, token, ME)).body.data?.['me']).toEqual({ id: leaver.id });
    }

    const { body } = await gql(api, admin.token, DEACTIVATE, { id: leaver.id });
    expect(body.errors).toBeUndefined();
    expect((body.data?.['deactivateUser'] as { deactivatedAt: string | null }).deactivatedAt).not.toBeNull();

    // The next request, on either replica, is signed out (the other replica hears of it from the database).
    for (const app of [api, replica]) {
      for (const token of [leaver.token, secondToken]) {
        const me = await eventually(() => gql(app, token, ME), (r) => r.body.data?.['me'] === null, 5_000);
        expect(me.body.data?.['me']).toBeNull();
        const other = await gql(app, token, '{ cohorts { id } }');
        expect(other.body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
      }
    }
    const [{ open }] = await api.database.query(
      `SELECT count(*)::int AS open FROM user_session WHERE user_id = $1 AND revoked_at IS NULL`,
      [leaver.id],
    );
    expect(open).toBe(0);

    // Password: the same answer as a wrong password.
    const refused = await signIn(api, leaver.email);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(refused.setCookie).toBeNull();

    // Single sign-on: neither an identity already linked to the account nor its email finds it.
    await api.database.query(`INSERT INTO external_identity (issuer, subject, user_id) VALUES ('https://idp.test', 'linked', $1)`, [leaver.id]);
    const auth = api.app.get(AuthService);
    expect(await auth.findAccountForExternalIdentity({ issuer: 'https://idp.test', subject: 'linked', email: null, emailVerified: false })).toBeNull();
    expect(
      await auth.findAccountForExternalIdentity({ issuer: 'https://other.test', subject: 'new', email: leaver.email, emailVerified: true }),
    ).toBeNull();

    // The audit trail says who deactivated whom, and when.
    const [event] = await api.database.query(
      `SELECT actor_user_id, occurred_at, after FROM audit_event WHERE action = 'ACCOUNT_DEACTIVATED' AND subject_id = $1`,
      [leaver.id],
    );
    expect(event).toMatchObject({ actor_user_id: admin.id, after: { sessionsEnded: 2 } });

    // Reactivated: they sign in again (their old sessions stay ended), and the linked identity finds them again.
    const back = await gql(api, admin.token, REACTIVATE, { id: leaver.id });
    expect(back.body.data?.['reactivateUser']).toEqual({ id: leaver.id, deactivatedAt: null });
    expect((await gql(api, leaver.token, ME)).body.data?.['me']).toBeNull();
    expect((await signIn(api, leaver.email)).body.data?.['signIn']).toEqual({ id: leaver.id });
    expect(await auth.findAccountForExternalIdentity({ issuer: 'https://idp.test', subject: 'linked', email: null, emailVerified: false })).toBe(leaver.id);
  });

  it('withdraws their open invitation, and an invitation link cannot sign in a deactivated account', async () => {
    const email = 'invited.leaver@nhs.net';
    const invited = await gql(api, admin.token, 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
      input: { email, name: 'Invited Leaver', roles: [] },
    });
    const invitationId = (invited.body.data?.['inviteUser'] as { id: string }).id;
    const mail = await eventually(() => smtp.received.filter((m) => m.to.includes(email)), (m) => m.length > 0, 15_000);
    const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(mail[0].raw.replace(/=\r?\n/g, ''))?.[1] as string;
    // The account exists already (made without a password), and is deactivated while the invitation is open.
    const made = await gql(api, admin.token, 'mutation { createUser(input: { email: "invited.leaver@nhs.net", name: "Invited Leaver" }) { id } }');
    const userId = (made.body.data?.['createUser'] as { id: string }).id;
    await gql(api, admin.token, DEACTIVATE, { id: userId });
    const [row] = await api.database.query(`SELECT revoked_at FROM invitation WHERE id = $1`, [invitationId]);
    expect(row.revoked_at).not.toBeNull();
    const accepted = await gql(api, null, 'mutation ($t: String!) { acceptInvitation(input: { token: $t, password: "violet kettle harbour 47" }) { id } }', { t: token });
    expect(accepted.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_LINK_DEAD' });
    expect(accepted.setCookie).toBeNull();
  });

  it('refuses an admin deactivating themself, and changes nothing', async () => {
    const before = await fingerprint(api.database);
    const { body } = await gql(api, admin.token, DEACTIVATE, { id: admin.id });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(body.errors?.[0].message).toMatch(/your own account/);
    expect(await fingerprint(api.database)).toEqual(before);
  });

  it('never leaves no active admin, even when two admins deactivate each other at the same moment', async () => {
    // Only these two admins are active now.
    await api.database.query(`UPDATE user_account SET deactivated_at = now() WHERE id = $1`, [admin.id]);
    const a = await createPerson(api.database, 'Admin A', [{ role: 'ADMIN' }]);
    const b = await createPerson(api.database, 'Admin B', [{ role: 'ADMIN' }]);
    const results = await Promise.all([gql(api, a.token, DEACTIVATE, { id: b.id }), gql(api, b.token, DEACTIVATE, { id: a.id })]);
    const [{ n }] = await api.database.query(
      `SELECT count(*)::int AS n FROM user_account u WHERE u.deactivated_at IS NULL AND u.id IN ($1, $2)`,
      [a.id, b.id],
    );
    expect(n).toBe(1);
    const refusals = results.flatMap((r) => r.body.errors ?? []);
    expect(refusals.length).toBe(1);
    expect(['CONFLICT', 'UNAUTHENTICATED']).toContain(refusals[0].extensions?.['code']);
    await api.database.query(`UPDATE user_account SET deactivated_at = NULL WHERE id = $1`, [admin.id]);
  });

  it('refuses a malformed or unknown account id without touching anything', async () => {
    expect((await gql(api, admin.token, DEACTIVATE, { id: 'nope' })).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await gql(api, admin.token, REACTIVATE, { id: '00000000-0000-4000-8000-000000000000' })).body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });
});
