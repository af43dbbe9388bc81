import { DEMO_ACCOUNTS, DEMO_PASSWORD, ROLE_LABELS } from '@idt/domain';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import {
  accessibilityViolations,
  focused,
  launchChromium,
  openPage,
  PHONE,
  saveScreenshot,
  signIn,
  tabTo,
  tabUntil,
  waitForFocus,
  whoAmI,
} from './support/browser';
import { useOwnApp } from './support/own-app';

/**
 * Passwords and sessions (docs/access-control.md; ADR 0031), keyboard only, axe on every page: forgot your password →
 * the real email → its link → a new password → sign in; "Your account" lists this browser and another, and signs the
 * other out; changing the password refuses a common one first.
 */

/** A real SMTP server in this process: the app's reset emails land here. */
const received: { to: string[]; text: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    let raw = '';
    stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    stream.on('end', () => {
      // As a person reads it: quoted-printable undone.
      const text = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), text });
      callback();
    });
  },
});
let smtpPort = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});
useOwnApp({ env: () => ({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }) });

const account = (role: 'COACH' | 'ICS_LEAD') => DEMO_ACCOUNTS.find((a) => a.role === role)!;
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function emailTo(address: string, subject: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received.find((m) => m.to.includes(address) && m.text.includes(`Subject: ${subject}`));
    if (found) return found.text;
    if (Date.now() > deadline) throw new Error(`No email "${subject}" to ${address}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The page rendered (its heading, no page error) and axe finds nothing. */
async function checkPage(page: Page, title: string, pageErrors: Error[]) {
  await heading(page, title).waitFor();
  expect(pageErrors).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Nothing scrolls sideways. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Signs in with the keyboard alone. */
async function signInByKeyboard(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await heading(page, 'Sign in to IDT Canvas').waitFor();
  await tabTo(page, 'email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByTestId('signed-in-as').waitFor();
}

// Checking a new password against the rule's dictionaries, and hashing it, take a few seconds on a busy machine.
jest.setTimeout(180_000);

describe('passwords and sessions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('resets a forgotten password by the emailed link, then signs in with the new one', async () => {
    const coach = account('COACH');
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/sign-in');
    await checkPage(page, 'Sign in to IDT Canvas', pageErrors);

    await tabUntil(page, (el) => el.tag === 'a' && el.text === 'Forgot your password?', { what: 'the forgot-password link' });
    await page.keyboard.press('Enter');
    await checkPage(page, 'Reset your password', pageErrors);
    await tabTo(page, 'email');
    await page.keyboard.type(coach.email);
    await page.keyboard.press('Enter');
    await checkPage(page, 'Check your email', pageErrors);
    expect(await page.getByText('If an account uses that email address, we have sent a link to it.').isVisible()).toBe(true);
    await saveScreenshot(page, 'account-reset-check-email');

    const email = await emailTo(coach.email, 'Reset your IDT Canvas password');
    const link = /(https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43})/.exec(email)?.[1];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname;
    await page.goto(path);
    await checkPage(page, 'Choose a new password', pageErrors);
    expect(await page.getByText(/at least 12 characters/).isVisible()).toBe(true);

    // The rule applies: a common password first.
    await tabTo(page, 'new-password');
    await page.keyboard.type('password1234');
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: /too easy to guess/ }).waitFor();
    expect(await page.locator('#new-password--error-message').textContent()).toContain('too easy to guess');
    expect(await page.title()).toMatch(/^Error: Choose a new password/);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await tabTo(page, 'new-password');
    await page.keyboard.type('juniper harbour kettle drum');
    await page.keyboard.press('Enter');
    await checkPage(page, 'Your password has been reset', pageErrors);
    await saveScreenshot(page, 'account-reset-done');
    await tabUntil(page, (el) => el.tag === 'a' && el.text === 'Sign in' && el.className.includes('nhsuk-button'), { what: 'the sign-in button' });
    await page.keyboard.press('Enter');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    await tabTo(page, 'email');
    await page.keyboard.type(coach.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('juniper harbour kettle drum');
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-as').waitFor();
    expect(await whoAmI(page)).toEqual({ email: coach.email });

    // The link worked once.
    await page.goto(path);
    await checkPage(page, 'This link does not work any more', pageErrors);
    await saveScreenshot(page, 'account-reset-dead-link');
    await context.close();
  });

  it('lists this browser and another on "Your account", and signs the other one out', async () => {
    const lead = account('ICS_LEAD');
    const other = await openPage(browser);
    await signIn(other.page, lead.email, DEMO_PASSWORD);
    const { context, page, pageErrors } = await openPage(browser);
    await signInByKeyboard(page, lead.email, DEMO_PASSWORD);

    // From the header, by keyboard.
    const link = await tabUntil(page, (el) => el.tag === 'a' && el.text.startsWith('Your account:'), { what: 'the account link' });
    expect(link.text).toBe(`Your account: ${lead.name} (${ROLE_LABELS.ICS_LEAD})`);
    await page.keyboard.press('Enter');
    await checkPage(page, 'Your account', pageErrors);
    const rows = page.getByTestId('session-row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.filter({ hasText: 'This device' }).count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/Chrome on Linux/);
    expect(await page.getByRole('link', { name: 'Two-step sign-in' }).getAttribute('href')).toBe('/account/two-step');
    await saveScreenshot(page, 'account-sessions');

    const signOutOther = await tabUntil(page, (el) => el.tag === 'button' && el.text.startsWith('Sign out Chrome on Linux'), { what: 'the sign-out button' });
    expect(signOutOther.text).toMatch(/^Sign out Chrome on Linux, signed in /);
    await page.keyboard.press('Enter');
    await page.getByTestId('success-notice').getByText(/^Signed out Chrome on Linux/).waitFor();
    await waitForFocus(page, (el) => el.tag === 'h2' && el.text === 'Where you are signed in');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="session-row"]').length === 1);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The other browser is signed out.
    expect(await whoAmI(other.page)).toBeNull();
    await other.page.reload();
    await other.page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(await other.page.getByTestId('signed-in-as').count()).toBe(0);
    await other.context.close();
    await context.close();
  });

  it('changes the password: a common one is refused first, and what was typed in the other field is kept', async () => {
    const lead = account('ICS_LEAD');
    const elsewhere = await openPage(browser);
    await signIn(elsewhere.page, lead.email, DEMO_PASSWORD);
    const { context, page, pageErrors } = await openPage(browser);
    await signInByKeyboard(page, lead.email, DEMO_PASSWORD);
    await page.goto('/account');
    await checkPage(page, 'Your account', pageErrors);
    await tabUntil(page, (el) => el.tag === 'a' && el.text === 'Change your password', { what: 'the change-password link' });
    await page.keyboard.press('Enter');
    await checkPage(page, 'Change your password', pageErrors);

    await tabTo(page, 'current-password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Tab');
    expect((await focused(page))?.id).toBe('new-password');
    await page.keyboard.type('password1234');
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: /too easy to guess/ }).waitFor();
    expect(await focused(page)).toMatchObject({ className: expect.stringContaining('nhsuk-error-summary') });
    expect(await summary.getByRole('link').count()).toBe(1);
    expect(await page.locator('#new-password--error-message').textContent()).toContain('too easy to guess');
    expect(await page.getByLabel('Current password').inputValue()).toBe(DEMO_PASSWORD);
    expect(await page.getByLabel('New password').inputValue()).toBe('');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'account-change-password-error');

    // The summary's link takes the keyboard to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForFocus(page, (el) => el.id === 'new-password');
    await page.keyboard.type('saffron pebble mountain echo');
    await page.keyboard.press('Enter');
    await checkPage(page, 'Your account', pageErrors);
    await page.getByTestId('success-notice').getByText('Your password has been changed.', { exact: false }).waitFor();
    expect(await whoAmI(page)).toEqual({ email: lead.email });
    // Every other session ended.
    expect(await whoAmI(elsewhere.page)).toBeNull();
    await elsewhere.context.close();
    await context.close();

    // The new password signs in, on a phone-sized screen too, where nothing scrolls sideways.
    const phone = await openPage(browser, PHONE);
    await signIn(phone.page, lead.email, 'saffron pebble mountain echo');
    for (const [path, title] of [
      ['/account', 'Your account'],
      ['/account/password', 'Change your password'],
      ['/forgot-password', 'Reset your password'],
    ] as const) {
      await phone.page.goto(path);
      await checkPage(phone.page, title, phone.pageErrors);
      expect(await fitsWidth(phone.page)).toBe(true);
      await saveScreenshot(phone.page, `account-phone${path.replace(/\//g, '-')}`);
    }
    await phone.context.close();
  });
});
