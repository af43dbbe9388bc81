import { DEMO_ACCOUNTS, DEMO_PASSWORD, PIONEERS_COHORT, ROLE_LABELS, type Role } from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, graphql } from './support/api';
import { accessibilityViolations, baseUrl, focused, heading, launchChromium, openPage, PHONE, primaryNavigation, saveScreenshot, signIn, signOutByKeyboard, tabTo, waitForNavigation, whoAmI } from './support/browser';

/** The links each demo role's header offers (the demo coach coaches, and the demo lead's ICS is in, the Pioneers). */
const EXPECTED_NAVIGATION: Record<Role, string[]> = {
  ADMIN: ['ICSs', 'Landscape', 'Cohorts', 'Reviews', 'Cycles', 'Users'],
  NATIONAL: ['ICSs', 'Landscape', 'Cohorts'],
  COACH: ['ICSs', 'Landscape', 'Cohorts', 'Reviews'],
  ICS_LEAD: ['ICSs', 'Landscape', 'Your assessment', 'Cohorts'],
};

const PIONEERS = 'Digital Health Inequality Pioneers';

const demo = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!;


/** The home page's h1 and a section of it are there: a crashed or empty page has nothing for axe to fault. */
async function waitForHomePage(page: Page) {
  await heading(page, 'What to do next').waitFor();
  await page.locator('.app-home__section').first().waitFor();
}

/** An account made over the API by the admin (no password: it is the page under test that matters here). */
async function createUserOverApi(admin: string, person: { name: string; email: string }): Promise<void> {
  await graphql('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: person }, admin);
}

describe('signing in and out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(DEMO_ACCOUNTS.map((account) => [ROLE_LABELS[account.role], account] as const))('as the demo %s', (_label, account) => {
    it('signs in with the keyboard alone, sees their name, role and links, and signs out', async () => {
      const { context, page, pageErrors } = await openPage(browser);
      await page.goto('/sign-in');
      await heading(page, 'Sign in to IDT Canvas').waitFor();
      expect(await page.title()).toBe('Sign in to IDT Canvas – IDT Canvas – NHS');
      expect(await primaryNavigation(page)).toEqual(['ICSs']);

      // Keyboard only: Tab to the email field, type, Tab to the password, type, Enter.
      await tabTo(page, 'email');
      await page.keyboard.type(account.email);
      await page.keyboard.press('Tab');
      expect((await focused(page))?.id).toBe('password');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');

      await waitForHomePage(page);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(page.url()).not.toContain(DEMO_PASSWORD);
      expect(await page.getByTestId('signed-in-as').textContent()).toBe(`${account.name} (${ROLE_LABELS[account.role]})`);
      expect(await waitForNavigation(page, EXPECTED_NAVIGATION[account.role])).toEqual(EXPECTED_NAVIGATION[account.role]);
      const nav = page.getByRole('navigation', { name: 'Primary navigation' });
      // Home is the service name's link, not a navigation item: no navigation link claims to be this page.
      expect(await nav.getByRole('link', { name: 'ICSs' }).getAttribute('aria-current')).toBeNull();
      // After the navigation, focus is on the new page's heading, for screen readers.
      expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'What to do next' });
      expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
      expect(await whoAmI(page)).toEqual({ email: account.email });
      expect(pageErrors).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);

      // Sign out, with the keyboard too.
      await signOutByKeyboard(page);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
      expect(await page.getByTestId('signed-in-as').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
      expect(await primaryNavigation(page)).toEqual(['ICSs']);
      expect(await whoAmI(page)).toBeNull();
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  });

  it('keeps keyboard focus where it was in the header when the header starts afresh with new links', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    // The coach's "Cohorts" link waits on the count of their cohorts: hold that answer back until they are in the header.
    let release: (() => void) | undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql**', async (route) => {
      const request = route.request();
      const sent = `${new URL(request.url()).searchParams.get('query') ?? ''} ${request.postData() ?? ''}`;
      if (sent.includes('query Cohorts')) await released;
      await route.continue();
    });
    await signIn(page, demo('COACH').email);
    expect(await primaryNavigation(page)).not.toContain('Cohorts');
    await page.getByRole('button', { name: 'Sign out' }).focus();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Sign out' });

    release?.();
    expect(await waitForNavigation(page, EXPECTED_NAVIGATION.COACH)).toEqual(EXPECTED_NAVIGATION.COACH);
    // Still on the same button of the new header (not thrown back to the top of the page), and it still works.
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Sign out' });
    await page.keyboard.press('Enter');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    expect(await whoAmI(page)).toBeNull();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('on a phone, Escape closes the header\'s "More" menu and puts focus back on "More"', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, demo('ADMIN').email);
    // Links that do not fit go into the "More" menu.
    const more = page.locator('.nhsuk-header__menu-toggle');
    await more.waitFor();
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    const inMenu = await focused(page);
    expect(inMenu?.tag).toBe('a');
    expect(EXPECTED_NAVIGATION.ADMIN).toContain(inMenu?.text);

    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page)).toMatchObject({ tag: 'button', className: expect.stringContaining('nhsuk-header__menu-toggle') });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the error summary for empty fields and for a wrong password, with focus on it', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/sign-in');
    await heading(page, 'Sign in to IDT Canvas').waitFor();

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('alert').isVisible()).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter your email address', 'Enter your password']);
    expect(await focused(page)).toMatchObject({ className: expect.stringContaining('nhsuk-error-summary') });
    expect(await page.locator('#email--error-message').textContent()).toContain('Enter your email address');
    expect(await page.locator('#password--error-message').textContent()).toContain('Enter your password');
    expect(await page.getByLabel('Email address').getAttribute('aria-describedby')).toContain('email--error-message');
    expect(await page.title()).toBe('Error: Sign in to IDT Canvas – IDT Canvas – NHS');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-in-errors');

    // Each error links to its field.
    await summary.getByRole('link', { name: 'Enter your password' }).click();
    expect((await focused(page))?.id).toBe('password');

    // A badly formed address is caught before anything is sent.
    await page.getByLabel('Email address').fill('not-an-email');
    await page.getByLabel('Password').fill('anything');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await summary.getByRole('link', { name: /correct format/ }).waitFor();

    // A wrong password: the server's words, the same way.
    await page.getByLabel('Email address').fill(demo('NATIONAL').email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await summary.getByRole('link', { name: 'Enter a correct email address and password.' }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(1);
    expect(await focused(page)).toMatchObject({ className: expect.stringContaining('nhsuk-error-summary') });
    expect(await page.locator('#email--error-message').textContent()).toContain('Enter a correct email address and password.');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(page.url()).not.toContain('not-the-password');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(
      'not-the-password',
    );
    expect(await whoAmI(page)).toBeNull();
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-in-wrong-password');
    await context.close();
  });

  it('works on a phone-sized screen', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await page.goto('/sign-in');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    // Nothing wider than the screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-in-phone');

    await page.getByLabel('Email address').tap();
    await page.getByLabel('Email address').fill(demo('ICS_LEAD').email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).tap();
    await waitForHomePage(page);
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('Lee Lead (ICS lead)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(pageErrors).toEqual([]);
    await saveScreenshot(page, 'signed-in-phone');
    await context.close();
  });

  it('sends a signed-out visit to /admin/users to sign in, and back there afterwards', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/admin/users');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    const signInUrl = new URL(page.url());
    expect(signInUrl.pathname).toBe('/sign-in');
    expect(signInUrl.searchParams.get('returnTo')).toBe('/admin/users');

    await page.getByLabel('Email address').fill(demo('ADMIN').email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await heading(page, 'Users').waitFor();
    await page.getByTestId('user-row').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Users' });
    expect(page.url()).not.toContain(DEMO_PASSWORD);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('sends someone whose session has ended to sign in again, and back afterwards', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demo('ADMIN').email);
    await waitForHomePage(page);
    // The session ends (here: the cookie goes); the app still thinks someone is signed in until the API says not.
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Users' }).click();
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/admin/users');
    await page.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);

    await page.getByLabel('Email address').fill(demo('ADMIN').email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await heading(page, 'Users').waitFor();
    await page.getByTestId('user-row').first().waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('never sends someone off the site after sign-in, whatever returnTo says', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/sign-in?returnTo=//example.com/phish');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    await page.getByLabel('Email address').fill(demo('NATIONAL').email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await waitForHomePage(page);
    expect(new URL(page.url()).origin).toBe(new URL(baseUrl()).origin);
    expect(page.url()).not.toContain('example.com');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows an ICS lead who types /admin/users that they do not have permission', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demo('ICS_LEAD').email);
    await page.goto('/admin/users');
    await heading(page, 'You do not have permission').waitFor();
    expect(await page.getByText('You are signed in as Lee Lead (ICS lead).').isVisible()).toBe(true);
    expect(await page.title()).toBe('You do not have permission – IDT Canvas – NHS');
    expect(await page.getByTestId('user-row').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('says "Page not found" for an address that leads nowhere', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/no-such-page');
    await heading(page, 'Page not found').waitFor();
    expect(await page.getByRole('link', { name: 'Go to the home page' }).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('administration', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates an account, makes it an ICS lead, and lists it; cohorts can be seen and changed', async () => {
    const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const name = `Pat Tester ${stamp}`;
    const email = `pat.tester.${stamp}@example.nhs.uk`;
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demo('ADMIN').email);

    // The users list.
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Users' }).click();
    await heading(page, 'Users').waitFor();
    await page.getByTestId('user-row').first().waitFor();
    expect(await page.getByTestId('user-row').count()).toBeGreaterThanOrEqual(DEMO_ACCOUNTS.length);
    expect(await page.title()).toBe('Users – IDT Canvas – NHS');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    expect(await nav.getByRole('link', { name: 'Users' }).getAttribute('aria-current')).toBe('page');

    // Inviting someone: the form checks first. (The invitation by email, and setting a password from its link, is
    // invitations.e2e.ts's journey: this app sends no email.)
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Enter a full name' }).waitFor();
    expect(await focused(page)).toMatchObject({ className: expect.stringContaining('nhsuk-error-summary') });
    expect(await accessibilityViolations(page)).toEqual([]);

    // An account with no role yet (as an accepted invitation leaves one when its roles were taken away), from the list.
    await createUserOverApi(await apiSignIn(demo('ADMIN').email), { name, email });
    await page.reload();
    await heading(page, 'Users').waitFor();
    await page.getByRole('link', { name, exact: true }).click();

    // The account's page.
    await heading(page, name).waitFor();
    expect(await page.getByText(email).isVisible()).toBe(true);

    // Giving a role: an ICS lead needs an ICS.
    await page.getByLabel('ICS lead').check();
    await page.getByRole('button', { name: 'Give role' }).click();
    await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Select the ICS this person leads' }).waitFor();
    await page.getByLabel('ICS they lead').selectOption({ label: 'Cornwall and the Isles of Scilly' });
    await page.getByRole('button', { name: 'Give role' }).click();
    await page.getByTestId('role-row').first().waitFor();
    expect(await page.getByTestId('role-row').allTextContents()).toEqual([expect.stringContaining('ICS lead for Cornwall and the Isles of Scilly')]);
    // The new row can arrive (a refetch) a moment before the notice changes: wait for the notice's words.
    await page.getByTestId('success-notice').getByText(`Gave ${name} the role ICS lead for Cornwall and the Isles of Scilly.`).waitFor();
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
    expect(
      await page.getByRole('button', { name: 'Remove the role ICS lead for Cornwall and the Isles of Scilly' }).isVisible(),
    ).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-user');

    // Back on the list, the account is there with its role.
    await page.getByRole('link', { name: 'Back to users' }).click();
    await heading(page, 'Users').waitFor();
    // The list may show its cached copy for a moment while it refreshes: wait for the row with the new role.
    const row = page.getByTestId('user-row').filter({ hasText: email }).filter({ hasText: 'ICS lead for Cornwall and the Isles of Scilly' });
    await row.waitFor();
    expect(await page.getByRole('table', { name: /^Accounts \(\d+\)$/ }).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-users');

    // Cohorts: the list, then the Pioneers.
    await nav.getByRole('link', { name: 'Cohorts' }).click();
    await heading(page, 'Cohorts').waitFor();
    await page.getByTestId('cohort-row').first().waitFor();
    expect(await page.getByTestId('cohort-row').filter({ hasText: PIONEERS }).textContent()).toContain('Chris Coach');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'cohorts');

    await page.getByRole('link', { name: PIONEERS }).click();
    await heading(page, PIONEERS).waitFor();
    await page.getByTestId('cohort-system-row').first().waitFor();
    expect(await page.getByTestId('cohort-system-row').count()).toBe(PIONEERS_COHORT.systemNames.length);
    expect(await page.getByTestId('coaches').textContent()).toContain('Chris Coach');
    expect(await page.getByRole('button', { name: 'Remove Devon from this cohort' }).isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Cohorts' }).getAttribute('aria-current')).toBe('true');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'cohort');

    // Add an ICS and take it out again (leaving the seeded cohort as it was).
    await page.getByLabel('ICS to add').selectOption({ label: 'Cornwall and the Isles of Scilly' });
    await page.getByRole('button', { name: 'Add ICS' }).click();
    await page.getByTestId('success-notice').getByText(`Added Cornwall and the Isles of Scilly to ${PIONEERS}.`).waitFor();
    expect(await page.getByTestId('cohort-system-row').count()).toBe(PIONEERS_COHORT.systemNames.length + 1);
    await page.getByRole('button', { name: 'Remove Cornwall and the Isles of Scilly from this cohort' }).click();
    await page.getByTestId('success-notice').getByText(`Removed Cornwall and the Isles of Scilly from ${PIONEERS}.`).waitFor();
    expect(await page.getByTestId('cohort-system-row').count()).toBe(PIONEERS_COHORT.systemNames.length);
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Integrated Care Systems' });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows other roles the cohorts read-only', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demo('COACH').email);
    await page.goto('/cohorts');
    await heading(page, 'Cohorts').waitFor();
    await page.getByTestId('cohort-row').first().waitFor();
    expect(await page.getByTestId('cohort-row').allTextContents()).toEqual([expect.stringContaining(PIONEERS)]);
    expect(await page.getByRole('button', { name: 'Create cohort' }).count()).toBe(0);
    await page.getByRole('link', { name: PIONEERS }).click();
    await heading(page, PIONEERS).waitFor();
    await page.getByTestId('cohort-system-row').first().waitFor();
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await page.getByLabel('ICS to add').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
