import { createHash } from 'node:crypto';
import { eventually, startSmtpServer } from './support/smtp-server';
import { startTestApp, TestApp } from './support/test-app';
import { createCohort, createPerson, fingerprint, gql, Person, systemId } from './support/world';

const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id email name singleSignOn expiresAt expired
  roles { role system { name } cohort { name } } } }`;
const PENDING = '{ pendingInvitations { id email expiresAt expired sentAt } }';
const READ = 'query ($token: String!) { invitation(token: $token) { email name singleSignOn } }';
const ACCEPT = 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email name roleGrants { role system { name } cohort { name } } } }';
const ME = '{ me { id email roleGrants { role } } }';
const DEAD = 'This invitation link has expired or has already been used. Ask your administrator to send a new one.';
const GOOD_PASSWORD = 'violet kettle harbour 47 meadow';

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

/** The plain text of a received email, quoted-printable soft line breaks and escapes undone. */
function textOf(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('invitations: an admin invites, the person sets their own password by the emailed single-use link', () => {
  let smtp: Smtp;
  let api: TestApp;
  let admin: Person;
  let devon: string;
  let cohortId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    api = await startTestApp({
      email: { smtpUrl: smtp.url, from: 'IDT Canvas <no-reply@idt-canvas.test>' },
      publicUrl: 'https://idt.example.nhs.uk',
      // Configured, never contacted: the invitation side only needs to know single sign-on is offered.
      oidc: { issuerUrl: 'http://127.0.0.1:1/issuer', clientId: 'idt', clientSecret: 'secret', displayName: 'NHS CIS2' },
    });
    admin = await createPerson(api.database, 'Invite Admin', [{ role: 'ADMIN' }]);
    devon = await systemId(api.database, 'Devon');
    cohortId = await createCohort(api.database, 'Invitation cohort', [devon]);
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  /** The links emailed to `email` so far, waiting until there are `count` of them. */
  async function linksTo(email: string, count = 1): Promise<string[]> {
    const mails = await eventually(() => smtp.received.filter((m) => m.to.includes(email)), (m) => m.length >= count, 15_000);
    return mails.map((m) => {
      const link = /https:\/\/idt\.example\.nhs\.uk\/invitation\/([A-Za-z0-9_-]+)/.exec(textOf(m.raw));
      if (!link) throw new Error(`no invitation link in:\n${m.raw}`);
      return link[1];
    });
  }

  async function invite(email: string, extra: Record<string, unknown> = {}) {
    const { body } = await gql(api, admin.token, INVITE, {
      input: { email, name: 'Ash Newcomer', roles: [{ role: 'ICS_LEAD', systemId: devon }, { role: 'COACH', cohortId }], ...extra },
    });
    expect(body.errors).toBeUndefined();
    return body.data?.['inviteUser'] as { id: string; expiresAt: string; expired: boolean };
  }

  async function deadLink(token: string) {
    const { body } = await gql(api, null, READ, { token });
    expect(body.errors?.[0]).toMatchObject({ message: DEAD, extensions: { code: 'NOT_FOUND', reason: 'INVITATION_LINK_DEAD', field: 'token' } });
    const accepted = await gql(api, null, ACCEPT, { input: { token, password: GOOD_PASSWORD } });
    expect(accepted.body.errors?.[0]).toMatchObject({ message: DEAD, extensions: { code: 'NOT_FOUND', reason: 'INVITATION_LINK_DEAD' } });
    expect(accepted.setCookie).toBeNull();
  }

  it('emails a link that shows the invitee their own name, refuses a common password, then signs them in with their roles', async () => {
    const email = 'ash.newcomer@nhs.net';
    const invitation = await invite('Ash.Newcomer@NHS.net');
    expect(invitation.expired).toBe(false);
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const [token] = await linksTo(email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const mail = textOf(smtp.received.find((m) => m.to.includes(email))?.raw ?? '');
    expect(mail).toContain('Subject: You have been invited to IDT Canvas');
    expect(mail).toContain('Hello Ash Newcomer');
    // Only the token's SHA-256 hash is stored: not in the invitation, not in the job queue.
    const [row] = await api.database.query(`SELECT token_hash, sent_at FROM invitation WHERE id = $1`, [invitation.id]);
    expect(Buffer.compare(row.token_hash, createHash('sha256').update(token).digest())).toBe(0);
    const [{ n }] = await api.asOwner<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE data::text LIKE $1`, [`%${token}%`]);
    expect(n).toBe(0);

    // The admin sees it pending, with when it expires.
    const pending = await gql(api, admin.token, PENDING);
    expect(pending.body.data?.['pendingInvitations']).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: invitation.id, email, expired: false, expiresAt: invitation.expiresAt })]),
    );

    // Anyone holding the link sees the invitee's own name and email, nothing else.
    const read = await gql(api, null, READ, { token });
    expect(read.body.data?.['invitation']).toEqual({ email, name: 'Ash Newcomer', singleSignOn: false });

    // A common password is refused with its code, and nothing changes.
    const before = await fingerprint(api.database);
    const weak = await gql(api, null, ACCEPT, { input: { token, password: 'password1234' } });
    expect(weak.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PASSWORD_TOO_EASY_TO_GUESS' });
    expect(weak.setCookie).toBeNull();
    const tooShort = await gql(api, null, ACCEPT, { input: { token, password: 'short' } });
    expect(tooShort.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'PASSWORD_TOO_SHORT' });
    expect(await fingerprint(api.database)).toEqual(before);

    const accepted = await gql(api, null, ACCEPT, { input: { token, password: GOOD_PASSWORD } });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data?.['acceptInvitation']).toMatchObject({
      email,
      name: 'Ash Newcomer',
    });
    expect((accepted.body.data?.['acceptInvitation'] as { roleGrants: unknown[] }).roleGrants).toEqual(
      expect.arrayContaining([
        { role: 'ICS_LEAD', system: { name: 'Devon' }, cohort: null },
        { role: 'COACH', system: null, cohort: { name: 'Invitation cohort' } },
      ]),
    );
    const cookie = /__Host-idt_session=([^;]+)/.exec(accepted.setCookie ?? '')?.[1];
    expect(cookie).toBeDefined();
    const me = await gql(api, cookie as string, ME);
    expect(me.body.data?.['me']).toMatchObject({ email });
    expect((me.body.data?.['me'] as { roleGrants: { role: string }[] }).roleGrants.map((g) => g.role).sort()).toEqual(['COACH', 'ICS_LEAD']);

    // They can sign in with the password they chose; the admin never saw it.
    const signIn = await gql(api, null, 'mutation ($input: SignInInput!) { signIn(input: $input) { email } }', {
      input: { email, password: GOOD_PASSWORD },
    });
    expect(signIn.body.data?.['signIn']).toEqual({ email });

    const audit = await api.database.query(
      `SELECT action, actor_user_id FROM audit_event WHERE subject_id = $1 ORDER BY id`,
      [invitation.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['INVITATION_SENT', 'INVITATION_ACCEPTED']);
    expect(audit[0].actor_user_id).toBe(admin.id);

    // Single use: the link is dead now, and no longer pending.
    await deadLink(token);
    const after = await gql(api, admin.token, PENDING);
    expect((after.body.data?.['pendingInvitations'] as { id: string }[]).map((i) => i.id)).not.toContain(invitation.id);
  });

  it('refuses to invite someone who already has an active account, or already has an invitation waiting', async () => {
    const existing = await createPerson(api.database, 'Already Here');
    const before = await fingerprint(api.database);
    const taken = await gql(api, admin.token, INVITE, { input: { email: existing.email, name: 'Already Here', roles: [] } });
    expect(taken.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'email' } });
    expect(taken.body.errors?.[0].message).toMatch(/already has an account/);
    expect(await fingerprint(api.database)).toEqual(before);

    await invite('twice@nhs.net');
    await linksTo('twice@nhs.net'); // its email has gone, so nothing changes under the next test
    const again = await gql(api, admin.token, INVITE, { input: { email: 'TWICE@nhs.net', name: 'Twice', roles: [] } });
    expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'email' } });
    expect(again.body.errors?.[0].message).toMatch(/already has an invitation waiting/);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', name: 'A', roles: [] }, 'email'],
    ['an empty name', { email: 'a@nhs.net', name: ' ', roles: [] }, 'name'],
    ['an ICS lead role without an ICS', { email: 'b@nhs.net', name: 'B', roles: [{ role: 'ICS_LEAD' }] }, 'systemId'],
    ['a coach role with an ICS', { email: 'c@nhs.net', name: 'C', roles: [{ role: 'COACH', systemId: '00000000-0000-4000-8000-000000000000' }] }, 'cohortId'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, input, field) => {
    const before = await fingerprint(api.database);
    const { body } = await gql(api, admin.token, INVITE, { input });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(api.database)).toEqual(before);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.filter((m) => m.to.includes(input.email))).toHaveLength(0);
  });

  it('an expired link is dead (expiry counted by the database), and the admin sees it as expired', async () => {
    const invitation = await invite('late@nhs.net');
    const [token] = await linksTo('late@nhs.net');
    await api.database.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [invitation.id]);
    await deadLink(token);
    const pending = (await gql(api, admin.token, PENDING)).body.data?.['pendingInvitations'] as { id: string; expired: boolean }[];
    expect(pending.find((i) => i.id === invitation.id)?.expired).toBe(true);
    expect(await api.database.query(`SELECT 1 FROM user_account WHERE email = 'late@nhs.net'`)).toHaveLength(0);
  });

  it('resending sends a new link and kills the old one (even an expired invitation gets another 7 days)', async () => {
    const invitation = await invite('resend@nhs.net');
    const [oldToken] = await linksTo('resend@nhs.net');
    await api.database.query(`UPDATE invitation SET expires_at = now() - interval '1 day' WHERE id = $1`, [invitation.id]);
    const { body } = await gql(api, admin.token, 'mutation ($id: ID!) { resendInvitation(id: $id) { id expired expiresAt } }', { id: invitation.id });
    expect(body.data?.['resendInvitation']).toMatchObject({ id: invitation.id, expired: false });
    const [, newToken] = await linksTo('resend@nhs.net', 2);
    expect(newToken).not.toBe(oldToken);
    await deadLink(oldToken);
    const accepted = await gql(api, null, ACCEPT, { input: { token: newToken, password: GOOD_PASSWORD } });
    expect(accepted.body.data?.['acceptInvitation']).toMatchObject({ email: 'resend@nhs.net' });
    const actions = await api.database.query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [invitation.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['INVITATION_SENT', 'INVITATION_RESENT', 'INVITATION_ACCEPTED']);
  });

  it('a revoked invitation is dead and no longer listed; revoking twice is NOT_FOUND', async () => {
    const invitation = await invite('revoked@nhs.net');
    const [token] = await linksTo('revoked@nhs.net');
    const REVOKE = 'mutation ($id: ID!) { revokeInvitation(id: $id) }';
    expect((await gql(api, admin.token, REVOKE, { id: invitation.id })).body.data?.['revokeInvitation']).toBe(true);
    await deadLink(token);
    const pending = (await gql(api, admin.token, PENDING)).body.data?.['pendingInvitations'] as { id: string }[];
    expect(pending.map((i) => i.id)).not.toContain(invitation.id);
    expect((await gql(api, admin.token, REVOKE, { id: invitation.id })).body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    const resent = await gql(api, admin.token, 'mutation ($id: ID!) { resendInvitation(id: $id) { id } }', { id: invitation.id });
    expect(resent.body.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });

  it('a single sign-on invitation asks for no password: the account is made without one, and no session is opened', async () => {
    await invite('sso.person@nhs.net', { singleSignOn: true, roles: [{ role: 'NATIONAL' }] });
    const [token] = await linksTo('sso.person@nhs.net');
    expect(textOf(smtp.received.filter((m) => m.to.includes('sso.person@nhs.net'))[0].raw)).toContain('NHS single sign-on');
    expect((await gql(api, null, READ, { token })).body.data?.['invitation']).toMatchObject({ singleSignOn: true });
    const accepted = await gql(api, null, ACCEPT, { input: { token } });
    expect(accepted.body.data?.['acceptInvitation']).toMatchObject({ email: 'sso.person@nhs.net', roleGrants: [{ role: 'NATIONAL' }] });
    expect(accepted.setCookie).toBeNull();
    const [row] = await api.database.query(`SELECT password_hash FROM user_account WHERE email = 'sso.person@nhs.net'`);
    expect(row.password_hash).toBeNull();
  });

  it('a national viewer who accepts is signed in only to set up two-step sign-in, as after a password sign-in', async () => {
    await invite('new.national@nhs.net', { roles: [{ role: 'NATIONAL' }] });
    const [token] = await linksTo('new.national@nhs.net');
    const accepted = await gql(api, null, ACCEPT, { input: { token, password: GOOD_PASSWORD } });
    expect(accepted.body.errors).toBeUndefined();
    const session = /__Host-idt_session=([^;]+)/.exec(accepted.setCookie ?? '')?.[1];
    expect(session).toBeDefined();
    const me = await gql(api, session as string, '{ me { email secondStep { mustEnrolBeforeContinuing } } }');
    expect(me.body.data?.['me']).toEqual({ email: 'new.national@nhs.net', secondStep: { mustEnrolBeforeContinuing: true } });
    const landscape = await gql(api, session as string, '{ assessmentCycles { id } }');
    expect(landscape.body.errors?.[0].extensions).toMatchObject({ code: 'SECOND_STEP_REQUIRED' });
  });

  it('the account an accepted invitation made cannot be claimed twice by racing the same link', async () => {
    await invite('race@nhs.net');
    const [token] = await linksTo('race@nhs.net');
    const results = await Promise.all([1, 2].map(() => gql(api, null, ACCEPT, { input: { token, password: GOOD_PASSWORD } })));
    expect(results.filter((r) => r.body.data?.['acceptInvitation']).length).toBe(1);
    expect(await api.database.query(`SELECT 1 FROM user_account WHERE email = 'race@nhs.net'`)).toHaveLength(1);
  });

  it('unknown and malformed tokens get the same one answer, and an address that keeps trying is slowed', async () => {
    await deadLink('A'.repeat(43));
    await deadLink("' OR 1=1 --");
    let last: string | undefined;
    for (let i = 0; i < 25; i++) {
      last = (await gql(api, null, READ, { token: `x${i}` })).body.errors?.[0].extensions?.['code'] as string;
    }
    expect(last).toBe('TOO_MANY_REQUESTS');
  });
});
