import { DEMO_PASSWORD } from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { AddressInfo } from 'node:net';
import { demoAccount } from './support/api';
import { accessibilityViolations, focused, launchChromium, openPage, resizeTo, saveScreenshot, tabTo, tabUntil, whoAmI } from './support/browser';
import { useOwnApp } from './support/own-app';

const heading = (page: Page, name: string, level = 1) => page.getByRole('heading', { level, name, exact: true });
const ADMIN = demoAccount('ADMIN');
const INVITEE = { name: 'Robin Newstarter', email: 'robin.newstarter@idt-canvas.test' };
const GOOD_PASSWORD = 'lantern orchard copper 58 drizzle';
const DEAD_LINK = 'This invitation link has expired or has already been used';

/** A real SMTP server in this process, keeping what it is sent (the app under test sends its invitations here). */
async function startSmtp() {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The path of the invitation link in the email sent to `email` (waiting for it to arrive). */
async function invitationPath(smtp: Awaited<ReturnType<typeof startSmtp>>, email: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mail = smtp.received.find((m) => m.to.includes(email));
    if (mail) {
      const text = mail.raw.replace(/=\r?\n/g, '');
      const link = /(https?:\/\/[^\s/]+)(\/invitation\/[A-Za-z0-9_-]{43})/.exec(text);
      if (!link) throw new Error(`No invitation link in the email:\n${mail.raw}`);
      return link[2];
    }
    if (Date.now() > deadline) throw new Error(`No email reached ${email}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function noViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Screenshots at 1280 px and 375 px wide; nothing scrolls sideways on the phone, and axe finds nothing there either. */
async function screenshots(page: Page, name: string) {
  await resizeTo(page, 1280, 900);
  await saveScreenshot(page, `${name}-1280`);
  await resizeTo(page, 375, 667);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await noViolations(page);
  await saveScreenshot(page, `${name}-375`);
  await resizeTo(page, 1280, 900);
}

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

describe('invitations and leavers, keyboard only', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startSmtp();
    browser = await launchChromium();
  });
  useOwnApp({ env: () => ({ SMTP_URL: smtp.url, EMAIL_FROM: 'IDT Canvas <no-reply@idt-canvas.test>' }) });
  afterAll(async () => {
    await browser?.close();
    await smtp?.close();
  });

  it('an admin invites someone; they set their own password from the emailed link and are signed in; deactivated, they are signed out', async () => {
    const admin = await openPage(browser);
    const invitee = await openPage(browser);

    // The admin invites them from the users page.
    await signInByKeyboard(admin.page, ADMIN.email, DEMO_PASSWORD);
    await admin.page.goto('/admin/users');
    await heading(admin.page, 'Users').waitFor();
    await admin.page.getByTestId('users-table').waitFor();
    await heading(admin.page, 'Invite someone', 2).waitFor();
    await noViolations(admin.page);
    await tabTo(admin.page, 'invite-name', 200);
    await admin.page.keyboard.type(INVITEE.name);
    await admin.page.keyboard.press('Tab');
    await admin.page.keyboard.type(INVITEE.email);
    await tabUntil(admin.page, (f) => f.id === 'role', { what: 'the first role' });
    await admin.page.keyboard.press('ArrowDown'); // Programme coach
    await admin.page.keyboard.press('ArrowDown'); // National viewer
    expect(await admin.page.locator('#role-national').isChecked()).toBe(true);
    await tabUntil(admin.page, (f) => f.tag === 'button' && f.text === 'Send invitation', { what: 'Send invitation' });
    await admin.page.keyboard.press('Enter');
    const notice = admin.page.getByTestId('users-notice');
    await notice.getByText(`Invited ${INVITEE.name}.`, { exact: false }).waitFor();
    const row = admin.page.getByTestId('invitation-row').filter({ hasText: INVITEE.email });
    await row.getByText(/Link expires on|Being sent/).waitFor();
    await noViolations(admin.page);

    // They open the link from the real email.
    const path = await invitationPath(smtp, INVITEE.email);
    await invitee.page.goto(path);
    await heading(invitee.page, 'Join IDT Canvas').waitFor();
    await invitee.page.getByText(INVITEE.email).waitFor();
    expect(invitee.pageErrors).toEqual([]);
    await noViolations(invitee.page);
    await screenshots(invitee.page, 'invitation-choose-password');

    // A common password: the error summary and the inline error, with what they typed kept.
    await tabTo(invitee.page, 'password', 40);
    await invitee.page.keyboard.type('password1234');
    await invitee.page.keyboard.press('Enter');
    const summary = invitee.page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await focused(invitee.page)).toMatchObject({ className: expect.stringContaining('nhsuk-error-summary') });
    const inline = invitee.page.locator('#password--error-message');
    await inline.waitFor();
    const message = (await inline.textContent())?.replace(/^Error:\s*/, '').trim() ?? '';
    expect(message.length).toBeGreaterThan(10);
    expect(await summary.textContent()).toContain(message);
    expect(await invitee.page.locator('#password').inputValue()).toBe('password1234');
    expect(await invitee.page.title()).toMatch(/^Error: /);
    await noViolations(invitee.page);
    await screenshots(invitee.page, 'invitation-password-refused');

    // From the summary's link to the field, they choose a good one and are signed in.
    await tabUntil(invitee.page, (f) => f.tag === 'a' && f.text === message, { what: 'the error summary link' });
    await invitee.page.keyboard.press('Enter');
    expect((await focused(invitee.page))?.id).toBe('password');
    await invitee.page.keyboard.press('ControlOrMeta+A');
    await invitee.page.keyboard.type(GOOD_PASSWORD);
    await invitee.page.keyboard.press('Enter');
    await invitee.page.getByTestId('signed-in-as').getByText(INVITEE.name).waitFor();
    expect(new URL(invitee.page.url()).pathname).toBe('/');
    expect(await whoAmI(invitee.page)).toEqual({ email: INVITEE.email });

    // The link is single use.
    const again = await openPage(browser);
    await again.page.goto(path);
    await heading(again.page, DEAD_LINK).waitFor();
    await again.page.getByText('Ask your administrator to send a new one.').waitFor();
    await noViolations(again.page);
    await screenshots(again.page, 'invitation-dead-link');
    await again.context.close();

    // The admin deactivates them from their account page.
    await admin.page.goto('/admin/users');
    await heading(admin.page, 'Users').waitFor();
    await admin.page.getByTestId('users-table').getByText(INVITEE.email).waitFor();
    await tabUntil(admin.page, (f) => f.tag === 'a' && f.text === INVITEE.name, { what: `the link to ${INVITEE.name}`, maxTabs: 200 });
    await admin.page.keyboard.press('Enter');
    await heading(admin.page, INVITEE.name).waitFor();
    expect(await admin.page.getByTestId('account-status').textContent()).toBe('Active');
    await noViolations(admin.page);
    await tabUntil(admin.page, (f) => f.tag === 'button' && f.text === 'Deactivate account', { what: 'Deactivate account', maxTabs: 100 });
    await admin.page.keyboard.press('Enter');
    await admin.page.getByText(`Deactivated ${INVITEE.name}'s account.`, { exact: false }).waitFor();
    expect(await admin.page.getByTestId('account-status').textContent()).toMatch(/^Deactivated on /);
    await noViolations(admin.page);
    await screenshots(admin.page, 'account-deactivated');

    // Their open browser is signed out on its next request.
    expect(await whoAmI(invitee.page)).toBeNull();
    await invitee.page.reload();
    await invitee.page.getByTestId('signed-in-as').waitFor({ state: 'detached' });

    // The users page says so, and offers Reactivate.
    await admin.page.goto('/admin/users');
    const leaverRow = admin.page.getByTestId('user-row').filter({ hasText: INVITEE.email });
    await leaverRow.getByText('Deactivated', { exact: true }).waitFor();
    await noViolations(admin.page);
    await screenshots(admin.page, 'users-with-deactivated');
    await tabUntil(admin.page, (f) => f.tag === 'button' && f.text === `Reactivate ${INVITEE.name}`, { what: 'Reactivate', maxTabs: 200 });
    await admin.page.keyboard.press('Enter');
    await admin.page.getByTestId('users-notice').getByText(`Reactivated ${INVITEE.name}'s account.`, { exact: false }).waitFor();
    await leaverRow.getByText('Deactivated', { exact: true }).waitFor({ state: 'detached' });
    expect(await leaverRow.textContent()).toContain('Active');

    expect(admin.pageErrors).toEqual([]);
    expect(invitee.pageErrors).toEqual([]);
    await admin.context.close();
    await invitee.context.close();
  }, 600_000);
});
