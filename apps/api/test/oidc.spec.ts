import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';
import { createPerson, gql, Person } from './support/world';

const CLIENT = { clientId: 'idt-canvas', clientSecret: 'test-only-client-secret' };
const ACCOUNTS = {
  'cis2-lead': { email: 'Linked.Lead@nhs.net', email_verified: true },
  'cis2-unverified': { email: 'unverified.person@nhs.net', email_verified: false },
  'cis2-stranger': { email: 'stranger@nhs.net', email_verified: true },
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A browser's cookie jar and redirect-following, enough to walk the authorization code flow by hand. */
class Browser {
  readonly cookies = new Map<string, string>();

  async go(url: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }
}

describe('NHS single sign-on (OpenID Connect against a real provider)', () => {
  let provider: ChildProcess;
  let api: TestApp;
  let apiUrl: string;
  let lead: Person;

  beforeAll(async () => {
    const [apiPort, providerPort] = [await freePort(), await freePort()];
    apiUrl = `http://127.0.0.1:${apiPort}`;
    provider = spawn(
      process.execPath,
      [
        join(__dirname, 'support/oidc-provider.mjs'),
        JSON.stringify({ port: providerPort, ...CLIENT, redirectUri: `${apiUrl}/auth/oidc/callback`, accounts: ACCOUNTS }),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      provider.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      provider.on('exit', (code) => reject(new Error(`the OpenID provider exited (${code})`)));
    });
    api = await startTestApp({
      port: apiPort,
      publicUrl: apiUrl,
      oidc: { issuerUrl: `http://127.0.0.1:${providerPort}`, ...CLIENT, displayName: 'NHS CIS2' },
    });
    lead = await createPerson(api.database, 'Linked Lead', [{ role: 'NATIONAL' }], 'linked.lead@nhs.net');
  });

  afterAll(async () => {
    await api?.close();
    provider?.kill('SIGTERM');
  });

  /**
   * Walks the whole flow as a browser would: our login route, the provider's login and consent forms, and back to our
   * callback. Returns the browser and the callback's response (not followed).
   */
  async function signInWithProvider(subject: string, returnTo = '/cohorts', browser = new Browser(), complete = true) {
    let response = await browser.go(`${apiUrl}/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(response.status).toBe(302);
    let url = new URL(response.headers.get('location') as string, apiUrl).toString();
    for (let step = 0; step < 12 && !url.startsWith(`${apiUrl}/auth/oidc/callback`); step++) {
      response = await browser.go(url);
      if (response.status === 200) {
        const html = await response.text();
        const action = new URL(/action="([^"]+)"/.exec(html)?.[1] as string, url).toString();
        const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
        response = await browser.go(action, prompt === 'login' ? { prompt, login: subject, password: 'any' } : { prompt: prompt as string });
      }
      url = new URL(response.headers.get('location') as string, url).toString();
    }
    return { browser, callbackUrl: url, callback: complete ? await browser.go(url) : null };
  }

  const sessionOf = (browser: Browser) => browser.cookies.get('__Host-idt_session') ?? null;

  it('offers single sign-on on the sign-in page', async () => {
    const { body } = await gql(api, null, '{ signInMethods { password singleSignOn { name url } } }');
    expect(body.data).toEqual({ signInMethods: { password: true, singleSignOn: { name: 'NHS CIS2', url: '/auth/oidc/login' } } });
  });

  it('signs in an admin-created account by its verified email the first time, then by issuer + subject', async () => {
    const first = await signInWithProvider('cis2-lead');
    expect(first.callback?.status).toBe(303);
    expect(first.callback?.headers.get('location')).toBe('/cohorts');
    expect((await gql(api, sessionOf(first.browser), '{ me { id } }')).body.data).toEqual({ me: { id: lead.id } });
    const identities = await api.database.query(`SELECT issuer, subject, user_id FROM external_identity`);
    expect(identities).toEqual([{ issuer: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), subject: 'cis2-lead', user_id: lead.id }]);

    // The link is by issuer + subject, not by email: a changed email does not break it.
    await api.database.query(`UPDATE user_account SET email = 'renamed.lead@nhs.net' WHERE id = $1`, [lead.id]);
    const second = await signInWithProvider('cis2-lead', '/');
    expect((await gql(api, sessionOf(second.browser), '{ me { id } }')).body.data).toEqual({ me: { id: lead.id } });
  });

  it('opens a full session for a national viewer without a second step: single sign-on is exempt (the provider asks)', async () => {
    const { browser } = await signInWithProvider('cis2-lead');
    const me = await gql(api, sessionOf(browser), '{ me { secondStep { enrolled required mustEnrolBeforeContinuing } } }');
    expect(me.body.data).toEqual({ me: { secondStep: { enrolled: false, required: true, mustEnrolBeforeContinuing: false } } });
    const users = await gql(api, sessionOf(browser), '{ users { id } }');
    expect(users.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN'); // a national viewer's own refusal, not SECOND_STEP_REQUIRED
    expect((await gql(api, sessionOf(browser), '{ regions { id } }')).body.errors).toBeUndefined();
  });

  it.each([
    ['an identity whose email the provider has not verified', 'cis2-unverified'],
    ['an identity with no IDT Canvas account', 'cis2-stranger'],
  ])('refuses %s: back to sign-in with an explanation, no session, audited', async (_what, subject) => {
    const { callback, browser } = await signInWithProvider(subject);
    expect(callback?.status).toBe(303);
    expect(callback?.headers.get('location')).toBe('/sign-in?error=single-sign-on');
    expect(sessionOf(browser)).toBeNull();
    const [row] = await api.database.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND after->>'subject' = $1`,
      [subject],
    );
    expect(row.n).toBe(1);
  });

  it('refuses a callback from a browser that did not start the login (state cookie missing: login CSRF)', async () => {
    const victim = await signInWithProvider('cis2-lead', '/', new Browser(), false);
    const callbackUrl = victim.callbackUrl;
    const attacker = new Browser(); // has the victim's callback URL, not their state cookie
    const response = await attacker.go(callbackUrl);
    expect(response.headers.get('location')).toBe('/sign-in?error=single-sign-on');
    expect(sessionOf(attacker)).toBeNull();
    // The victim's own browser can still finish: the attacker's try consumed nothing.
    const own = await victim.browser.go(callbackUrl);
    expect(own.headers.get('location')).toBe('/');
  });

  it('refuses a replayed callback', async () => {
    const browser = new Browser();
    let response = await browser.go(`${apiUrl}/auth/oidc/login`);
    const stateCookie = browser.cookies.get('__Host-idt_sso_state') as string;
    const { callbackUrl } = await signInWithProvider('cis2-lead', '/', browser);
    browser.cookies.delete('__Host-idt_session');
    browser.cookies.set('__Host-idt_sso_state', stateCookie);
    response = await browser.go(callbackUrl);
    expect(response.headers.get('location')).toBe('/sign-in?error=single-sign-on');
    expect(sessionOf(browser)).toBeNull();
  });

  it('never sends anyone to another site after signing in', async () => {
    const { callback } = await signInWithProvider('cis2-lead', 'https://evil.example/phish');
    expect(callback?.headers.get('location')).toBe('/');
  });
});

describe('single sign-on when it is not configured', () => {
  it('is not offered, and its routes answer 404', async () => {
    const api = await startTestApp();
    try {
      expect((await gql(api, null, '{ signInMethods { singleSignOn { name } } }')).body.data).toEqual({
        signInMethods: { singleSignOn: null },
      });
      expect((await fetch(`${api.url}/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
      expect((await fetch(`${api.url}/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});
