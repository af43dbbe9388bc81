import { DEMO_PASSWORD } from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { demoAccount } from './support/api';
import { baseUrl, accessibilityViolations, focused, launchChromium, openPage, PHONE, saveScreenshot, signOutByKeyboard } from './support/browser';
import { useOwnApp } from './support/own-app';

const LEAD = demoAccount('ICS_LEAD');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Keyboard only: the email field, type, Tab, the password, Enter. */
async function signInByKeyboard(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await heading(page, 'Sign in to IDT Canvas').waitFor();
  await page.getByLabel('Email address').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  expect((await focused(page))?.id).toBe('password');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/** A stranger's guess at the person's password, from the same address (this machine), without their browser's cookies. */
async function strangersGuess(password: string): Promise<string | undefined> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { id } }', variables: { e: LEAD.email, p: password } }),
  });
  return ((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;
}

// Its own app: the stranger's guesses hold back sign-in to the demo lead from new browsers for a while.
describe('sign-in throttling in the browser: a stranger\'s guesses do not lock the person out of their own browser', () => {
  useOwnApp();
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a new browser with words saying how long to wait, and lets the person in from the browser they used before', async () => {
    const own = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    const other = await openPage(browser, PHONE);
    try {
      // The person signs in once from their own browser, then signs out (the browser stays known).
      await signInByKeyboard(own.page, LEAD.email, DEMO_PASSWORD);
      await own.page.getByTestId('signed-in-as').waitFor();
      await signOutByKeyboard(own.page);

      // A stranger guesses: a few wrong answers, then they must wait.
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 6; i++) codes.push(await strangersGuess(`guess number ${i}`));
      expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);

      // A new browser, even with the right password, is told to wait, in the error summary.
      await signInByKeyboard(other.page, LEAD.email, DEMO_PASSWORD);
      const summary = other.page.locator('.nhsuk-error-summary');
      await summary.getByRole('link', { name: 'There have been too many attempts to sign in. Wait 1 minute and try again.' }).waitFor();
      expect(await focused(other.page)).toMatchObject({ className: expect.stringContaining('nhsuk-error-summary') });
      expect(await other.page.getByTestId('signed-in-as').count()).toBe(0);
      expect(await other.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
      expect(await accessibilityViolations(other.page)).toEqual([]);
      await saveScreenshot(other.page, 'sign-in-too-many-attempts-375');
      expect(other.pageErrors).toEqual([]);

      // The person's own browser signs in at once.
      await signInByKeyboard(own.page, LEAD.email, DEMO_PASSWORD);
      await own.page.getByTestId('signed-in-as').waitFor();
      expect(await own.page.getByTestId('signed-in-as').textContent()).toContain(LEAD.name);
      expect(own.pageErrors).toEqual([]);
    } finally {
      await own.context.close();
      await other.context.close();
    }
  });
});
