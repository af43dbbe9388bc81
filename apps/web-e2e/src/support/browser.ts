import AxeBuilder from '@axe-core/playwright';
import { DEMO_PASSWORD } from '@idt/domain';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { appUnderTest } from './app-under-test';

/** Where screenshots go: CI keeps this folder as an artefact. */
export const ARTEFACTS = resolve(__dirname, '../../../../test-results');

/** The URL of the app this suite tests: the run's shared app, or the suite's own (see app-under-test.ts). */
export function baseUrl(): string {
  return appUnderTest().url;
}

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. Never a browser download. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page that records every uncaught page error, so a test can assert the page did not crash. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; pageErrors: Error[] }> {
  const context = await browser.newContext({ ...options, baseURL: baseUrl() });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  return { context, page, pageErrors };
}

/** axe-core against WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) }));
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const path = join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A phone-sized screen (an iPhone SE's viewport), for checking pages work on small screens. */
export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };

/** Signs in through the sign-in form (mouse and typing) and waits until the header shows who is signed in. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('heading', { level: 1, name: 'Sign in to IDT Canvas' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

/** The names of the links in the header's primary navigation, in order. */
export async function primaryNavigation(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link');
  return (await links.allTextContents()).map((text) => text.trim());
}

/** Waits until the primary navigation shows exactly these links (some appear once a query has answered). */
export async function waitForNavigation(page: Page, expected: readonly string[], timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let actual = await primaryNavigation(page);
  while (JSON.stringify(actual) !== JSON.stringify(expected) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    actual = await primaryNavigation(page);
  }
  return actual;
}

/**
 * Signs out from the header with the keyboard, once the header has settled: the header starts afresh when its set of
 * links changes (some appear only once a query has answered, see Layout.tsx). Focus then moves to the same button of
 * the new header (auth.e2e tests that); waiting first keeps this helper's tests about signing out, not about that.
 */
export async function signOutByKeyboard(page: Page): Promise<void> {
  let links = await primaryNavigation(page);
  for (let unchangedFor = 0; unchangedFor < 500; ) {
    await page.waitForTimeout(100);
    const now = await primaryNavigation(page);
    unchangedFor = JSON.stringify(now) === JSON.stringify(links) ? unchangedFor + 100 : 0;
    links = now;
  }
  await page.getByRole('button', { name: 'Sign out' }).focus();
  await page.keyboard.press('Enter');
  await heading(page, 'Sign in to IDT Canvas').waitFor();
}

/** What has focus: enough to tell elements apart in an assertion. */
export interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly text: string;
  readonly className: string;
  /** The `name` of a form control (radios of one group share it). */
  readonly name: string;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ');
    return { tag: el.tagName.toLowerCase(), id: el.id, text, className: String(el.className), name: el.getAttribute('name') ?? '' };
  });
}

/**
 * Presses Tab (or Shift+Tab, `backwards`) until what has focus matches, as a keyboard user would; fails after
 * `maxTabs` presses.
 */
export async function tabUntil(
  page: Page,
  matches: (element: Focused) => boolean,
  { backwards = false, maxTabs = 60, what = 'the element' }: { backwards?: boolean; maxTabs?: number; what?: string } = {},
): Promise<Focused> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (element && matches(element)) return element;
  }
  throw new Error(`Pressing ${backwards ? 'Shift+Tab' : 'Tab'} ${maxTabs} times never reached ${what}`);
}

/** Waits until what has focus matches (e.g. the new page's h1, focused after a navigation). */
export async function waitForFocus(page: Page, matches: (element: Focused) => boolean, timeoutMs = 5000): Promise<Focused> {
  const deadline = Date.now() + timeoutMs;
  let element = await focused(page);
  while (!(element && matches(element))) {
    if (Date.now() > deadline) throw new Error(`Focus never got there; it is on ${JSON.stringify(element)}`);
    await page.waitForTimeout(50);
    element = await focused(page);
  }
  return element;
}

/** Presses Tab until the element with this id has focus (as a keyboard user would), failing after `maxTabs`. */
export async function tabTo(page: Page, id: string, maxTabs = 30): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page))?.id === id) return;
  }
  throw new Error(`Pressing Tab ${maxTabs} times never reached #${id}`);
}

/** Asks the API who the browser's session cookie belongs to (null when signed out). */
export function whoAmI(page: Page): Promise<{ email: string } | null> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const body = (await response.json()) as { data: { me: { email: string } | null } };
    return body.data.me;
  });
}

/**
 * Chooses a file for the focused-by-keyboard file input `inputId`: Tab to it, Space opens the chooser, `path` is chosen.
 * Playwright turns on its interception of the chooser when the first listener is added, asynchronously: a Space
 * pressed before that lands opens nothing we can see, so a chooser that has not opened within a few seconds is asked
 * for again (at most three times), as a person would press Space again.
 */
export async function chooseFileByKeyboard(page: Page, inputId: string, path: string): Promise<void> {
  await tabUntil(page, (f) => f.id === inputId, { what: `the file input "${inputId}"` });
  for (let attempt = 1; ; attempt += 1) {
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
    await page.keyboard.press('Space');
    try {
      await (await chooser).setFiles(path);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The page's h1 with this name (exactly, unless `exact` is false; a RegExp matches as it says). */
export function heading(page: Page, name: string | RegExp, exact = true) {
  return page.getByRole('heading', { level: 1, name, exact });
}

/** Whether the page scrolls sideways (it must not, at any width). */
/**
 * Resizes the page's viewport and waits until the page has laid itself out again for the new width: the resize event
 * comes with the next frame and the NHS header answers it a frame later (moving the links that no longer fit into its
 * "More" menu), so measuring straight after the resize can see the old layout.
 */
export async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.evaluate(
    () =>
      new Promise<void>((settled) => {
        let frames = 3;
        const next = () => (--frames === 0 ? settled() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
  );
}

/**
 * Waits out the NHS button's guard against a double submission (`preventDoubleClick`): for a second after it is
 * pressed, the button ignores another press. A person who mends a problem and presses again takes longer than that; a
 * test is quicker, and its second press would be ignored (action-plan and cycles-admin failed one run in a few so).
 */
export function waitOutDoubleClickGuard(page: Page): Promise<void> {
  return page.waitForTimeout(1100);
}

export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * Tabs to the link or button whose text is `text` (or starts with it, contains it, or matches the RegExp), then
 * presses Enter, as a keyboard user would.
 */
export async function press(
  page: Page,
  text: string | RegExp,
  { tag, match = 'exact', maxTabs = 250 }: { tag?: 'a' | 'button'; match?: 'exact' | 'startsWith' | 'contains'; maxTabs?: number } = {},
): Promise<void> {
  const matchesText = (shown: string) =>
    typeof text !== 'string'
      ? text.test(shown)
      : match === 'startsWith'
        ? shown.startsWith(text)
        : match === 'contains'
          ? shown.includes(text)
          : shown === text;
  await tabUntil(page, (f) => (!tag || f.tag === tag) && matchesText(f.text), { what: `"${text}"`, maxTabs });
  await page.keyboard.press('Enter');
}

/** Signs in with the keyboard alone (Tab, type, Tab, type, Enter) and lands on the home page, focus on its heading. */
export async function signInByKeyboard(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await heading(page, 'Sign in to IDT Canvas').waitFor();
  await tabTo(page, 'email');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await heading(page, 'What to do next').waitFor();
  await waitForFocus(page, (f) => f.tag === 'h1');
}
