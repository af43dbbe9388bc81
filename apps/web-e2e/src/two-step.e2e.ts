import { Secret, TOTP } from 'otpauth';
import { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@idt/domain';
import { apiSignIn, createAccountWithDemoPassword, demoAccount, graphql } from './support/api';
import {
  accessibilityViolations,
  launchChromium,
  openPage,
  PHONE,
  saveScreenshot,
  signIn,
  signOutByKeyboard,
  tabTo,
  tabUntil,
  waitForFocus,
} from './support/browser';

/** Accounts made here are given the demo password (no admin types one: they are invited; see invitations.e2e.ts). */
const PASSWORD = DEMO_PASSWORD;

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** The code an authenticator app would show for this key, `steps` 30-second steps from now. */
const totpCode = (manualKey: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(manualKey.replace(/\s/g, '')), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: Date.now() + steps * 30_000,
  });

/** A new account with a password (made by the demo admin over the API), optionally with a role. */
async function newAccount(name: string, role?: 'ADMIN' | 'NATIONAL') {
  const admin = await apiSignIn(demoAccount('ADMIN').email);
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@nhs.net`;
  const id = await createAccountWithDemoPassword(admin, { email, name });
  if (role) {
    await graphql('mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }', { input: { userId: id, role } }, admin);
  }
  return { id, email, name };
}

/** Keyboard only: email, Tab, password, Enter. */
async function signInWithPassword(page: Page, email: string) {
  await page.goto('/sign-in');
  await heading(page, 'Sign in to IDT Canvas').waitFor();
  await tabTo(page, 'email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('two-step sign-in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an admin must set it up first; then signs in with password and code, and with a recovery code (keyboard only)', async () => {
    const person = await newAccount('Tess Twostep', 'ADMIN');
    const { context, page, pageErrors } = await openPage(browser);

    // A correct password opens a session that can only set up the second step.
    await signInWithPassword(page, person.email);
    await heading(page, 'Two-step sign-in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/two-step');
    expect(await page.getByText('Set up two-step sign-in to continue').isVisible()).toBe(true);
    // Nothing else is offered meanwhile, and any other page comes back here.
    expect(await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'two-step-required');
    await page.goto('/admin/users');
    await heading(page, 'Two-step sign-in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/two-step');

    // Start: the QR code (an image with alt text) and the key in groups of four.
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Set up two-step sign-in', { what: 'the set-up button' });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (el) => el.tag === 'h2' && el.text.startsWith('1. Add IDT Canvas'));
    const qr = page.getByRole('img', { name: /QR code to add IDT Canvas to an authenticator app/ });
    expect(await qr.isVisible()).toBe(true);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const manualKey = (await page.getByTestId('manual-key').textContent())!.trim();
    expect(manualKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'two-step-scan');

    // A wrong code is refused beside the field.
    await tabTo(page, 'code');
    await page.keyboard.type('12345');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('The code from your authenticator app has 6 digits').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The right code: ten recovery codes, shown once.
    await page.locator('#code').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(totpCode(manualKey));
    await page.keyboard.press('Enter');
    await heading(page, 'Save your recovery codes').waitFor();
    const codes = (await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    expect(await page.getByRole('button', { name: 'Print these codes' }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'two-step-recovery-codes');
    // Continue goes where they were going (the users page they tried to open) and every admin page is open now.
    await tabUntil(page, (el) => el.tag === 'a' && el.text === 'I have saved my codes: continue', { what: 'continue' });
    await page.keyboard.press('Enter');
    await heading(page, 'Users').waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Users' }).waitFor();
    await signOutByKeyboard(page);

    // Password, then a code: a wrong one first, then the next one from the app.
    await signInWithPassword(page, person.email);
    await heading(page, 'Enter your code').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in/second-step');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'two-step-enter-code');
    await tabTo(page, 'code');
    const wrong = totpCode(manualKey, 1) === '000000' ? '111111' : '000000';
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('Enter the 6-digit code from your authenticator app, or one of your recovery codes.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#code').focus();
    await page.keyboard.type(totpCode(manualKey, 1));
    await page.keyboard.press('Enter');
    await heading(page, 'What to do next').waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toBe(`${person.name} (Admin)`);
    await signOutByKeyboard(page);

    // Password, then a recovery code: used up, and the count left said.
    await signInWithPassword(page, person.email);
    await heading(page, 'Enter your code').waitFor();
    await tabTo(page, 'code');
    await page.keyboard.type(codes[0]!);
    await page.keyboard.press('Enter');
    await heading(page, 'You used a recovery code').waitFor();
    expect(await page.getByText('9 recovery codes left').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabUntil(page, (el) => el.tag === 'a' && el.text === 'Continue', { what: 'continue' });
    await page.keyboard.press('Enter');
    await heading(page, 'What to do next').waitFor();

    // Their own page says it is on, with 9 codes left, and that their role keeps it on.
    await page.goto('/account/two-step');
    await heading(page, 'Two-step sign-in').waitFor();
    await page.getByText('9 of 10').waitFor();
    expect(await page.getByText('so two-step sign-in stays on').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 300_000);

  it("an admin resets someone's two-step sign-in from their account page", async () => {
    const person = await newAccount('Rory Reset');
    // Rory sets it up over the API (as the page above does).
    const cookie = await apiSignIn(person.email, PASSWORD);
    const { startSecondStepEnrolment } = await graphql<{ startSecondStepEnrolment: { manualKey: string } }>(
      'mutation { startSecondStepEnrolment { manualKey } }',
      {},
      cookie,
    );
    await graphql('mutation ($c: String!) { confirmSecondStepEnrolment(code: $c) { codes } }', { c: totpCode(startSecondStepEnrolment.manualKey) }, cookie);

    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demoAccount('ADMIN').email);
    await page.goto(`/admin/users/${person.id}`);
    await heading(page, person.name).waitFor();
    expect(await page.getByTestId('two-step-status').textContent()).toMatch(/^On:/);
    await page.getByRole('button', { name: 'Reset two-step sign-in' }).focus();
    await page.keyboard.press('Enter');
    await waitForFocus(page, (el) => el.text.includes(`Reset ${person.name}'s two-step sign-in?`));
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Yes, reset it', { what: 'the confirm button' });
    await page.keyboard.press('Enter');
    await page.getByTestId('success-notice').getByText(`Reset ${person.name}'s two-step sign-in and signed them out.`).waitFor();
    expect(await page.getByTestId('two-step-status').textContent()).toBe('Not set up.');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();

    // Their session has ended.
    const me = await graphql<{ me: null | { id: string } }>('{ me { id } }', {}, cookie);
    expect(me.me).toBeNull();
  }, 180_000);

  it('fits a phone: the QR code, the key and the code field, with nothing scrolling sideways', async () => {
    const person = await newAccount('Pip Phone');
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, person.email, PASSWORD);
    await page.goto('/account/two-step');
    await heading(page, 'Two-step sign-in').waitFor();
    expect(await page.getByText('It is optional for your account').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await page.getByTestId('manual-key').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'two-step-scan-phone');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
