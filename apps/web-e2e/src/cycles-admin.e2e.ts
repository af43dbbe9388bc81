import { addDaysToIsoDate, CYCLE_PROGRESS_CSV_HEADERS, cycleDateInWords, DEMO_CYCLE_NAME, PIONEERS_COHORT, todayInEngland } from '@idt/domain';
import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, graphql, makeRoomForPioneersCycle } from './support/api';
import { accessibilityViolations, heading, launchChromium, openPage, PHONE, press, saveScreenshot, signIn, tabUntil, waitForFocus, waitOutDoubleClickGuard } from './support/browser';

const ADMIN = demoAccount('ADMIN');
const day = (n: number) => addDaysToIsoDate(todayInEngland(new Date()), n);
const parts = (iso: string) => {
  const [year, month, dayOfMonth] = iso.split('-');
  return { day: String(Number(dayOfMonth)), month: String(Number(month)), year };
};

/** Replaces what a text box holds, by keyboard. */
async function typeInto(page: Page, id: string, value: string) {
  await tabUntil(page, (f) => f.id === id, { what: `#${id}`, maxTabs: 80 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

/** Types a date into the three boxes of an NHS.UK date input, starting from its day box. */
async function typeDate(page: Page, dayId: string, iso: string) {
  const { day: d, month, year } = parts(iso);
  await typeInto(page, dayId, d);
  for (const value of [month, year]) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
}

/** The names of the canvas versions a new cycle may use now (the current published one; not a retired one). */
async function versionsForNewCycles(): Promise<string[]> {
  const { canvasFrameworks } = await graphql<{ canvasFrameworks: { title: string; version: number; usableForNewCycle: boolean }[] }>(
    '{ canvasFrameworks { title version usableForNewCycle } }',
    {},
    await apiSignIn(ADMIN.email),
  );
  return canvasFrameworks.filter((f) => f.usableForNewCycle).map((f) => `${f.title}, version ${f.version}`);
}

/**
 * The cycle open for every ICS that the admin closes early: the demo's own when it is still open (as when this file
 * runs alone); when another browser test has closed it already, one like it, opened over the API.
 */
async function openCycleForEveryIcs(): Promise<string> {
  const admin = await apiSignIn(ADMIN.email);
  const { assessmentCycles, cohorts, canvasFrameworks } = await graphql<{
    assessmentCycles: { name: string; phase: string; cohort: { id: string } | null }[];
    cohorts: { id: string; name: string }[];
    canvasFrameworks: { id: string; usableForNewCycle: boolean }[];
  }>('{ assessmentCycles { name phase cohort { id } } cohorts { id name } canvasFrameworks { id usableForNewCycle } }', {}, admin);
  const pioneers = cohorts.find((c) => c.name === PIONEERS_COHORT.name);
  const framework = canvasFrameworks.find((f) => f.usableForNewCycle);
  if (!pioneers || !framework) throw new Error('The demo data has no Pioneers cohort or no published canvas');
  // Other tests' open Pioneers cycles are closed first: the journey opens one of its own.
  await makeRoomForPioneersCycle(admin, pioneers.id, day(0), { keepAllIcs: true });
  const demo = assessmentCycles.find((c) => c.name === DEMO_CYCLE_NAME && c.phase === 'OPEN');
  if (demo) return demo.name;
  await makeRoomForPioneersCycle(admin, pioneers.id, day(0));
  const name = `Every ICS ${Date.now()}`;
  await graphql(
    'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }',
    { input: { name, frameworkId: framework.id, opensOn: day(0), closesOn: day(60) } },
    admin,
  );
  return name;
}

describe('Cycles for the admin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('closes the open all-ICS cycle early, opens one for the Pioneers, moves its closing date and downloads its progress, by keyboard', async () => {
    const everyIcs = await openCycleForEveryIcs();
    const { context, page, pageErrors } = await openPage(browser, { acceptDownloads: true });
    const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, ADMIN.email);

    // The list of cycles, from the navigation.
    await press(page, 'Cycles', { tag: 'a' });
    await heading(page, 'Assessment cycles').waitFor();
    const row = page.getByTestId('cycle-row').filter({ hasText: everyIcs });
    await row.waitFor();
    expect(await row.textContent()).toContain('Every ICS');
    expect(await row.getByTestId('cycle-phase').textContent()).toBe('Open');
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'cycles-admin-list-1280');

    // The open all-ICS cycle: its progress, then "Close this cycle now" and its confirmation.
    await press(page, everyIcs, { tag: 'a' });
    await heading(page, everyIcs).waitFor();
    await page.getByTestId('progress-row').first().waitFor();
    expect(await page.getByTestId('progress-row').count()).toBe(42);
    await noViolations();
    await press(page, 'Close this cycle now', { tag: 'a' });
    await heading(page, `Close ${everyIcs} now`).waitFor();
    const confirmation = page.getByTestId('close-cycle-confirm');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain('The leads of the 42 ICSs taking part (every ICS) will be told');
    await noViolations();
    await saveScreenshot(page, 'cycles-admin-close-1280');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Yes, close it now', { what: '"Yes, close it now"' });
    await page.keyboard.press('Enter');
    await heading(page, everyIcs).waitFor();
    await page.getByTestId('success-notice').getByText(`${everyIcs} closed on ${cycleDateInWords(day(0))}. Its ICS leads have been told.`).waitFor();
    expect(await page.getByTestId('cycle-facts').getByTestId('cycle-phase').textContent()).toBe('Closed: ICSs are checking their figures');
    expect(await page.getByTestId('cycle-actions').count()).toBe(0);

    // Open a cycle: first with nothing filled in, then with a closing date before the opening (the API's rule).
    await press(page, 'Back to cycles', { tag: 'a' });
    await heading(page, 'Assessment cycles').waitFor();
    await press(page, 'Open a cycle', { tag: 'a' });
    await heading(page, 'Open a cycle').waitFor();
    await page.locator('#cycle-framework option').nth(1).waitFor({ state: 'attached' });
    // Only the version a new cycle may use is offered: once version 2 is published, not the retired version 1.
    const usable = await versionsForNewCycles();
    expect(usable).toHaveLength(1);
    expect(await page.locator('#cycle-framework option').allTextContents()).toEqual(['Choose a canvas version', ...usable]);
    await noViolations();
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Open the cycle', { what: '"Open the cycle"' });
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Enter a name for the cycle, like "Baseline 2027"',
      'Choose a canvas version',
      'Enter the opening date',
      'Enter the closing date',
      'Choose who takes part: every ICS or a cohort',
    ]);
    await noViolations();

    const name = `Pioneers ${Date.now()}`;
    await waitForFocus(page, (f) => f.tag === 'div');
    await typeInto(page, 'cycle-name', name);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // the first published canvas version
    expect(await page.locator('#cycle-framework').inputValue()).not.toBe('');
    await typeDate(page, 'cycle-opens-on', day(0));
    await typeDate(page, 'cycle-closes-on', day(-3));
    await tabUntil(page, (f) => f.id === 'cycle-cohort', { what: 'Every ICS' });
    await page.keyboard.press('ArrowDown'); // "The ICSs of one cohort"
    expect(await page.locator('#cycle-participants-cohort').isChecked()).toBe(true);
    await tabUntil(page, (f) => f.id === 'cycle-cohort-choice', { what: 'the cohort' });
    const cohortId = await page.locator('#cycle-cohort-choice option', { hasText: PIONEERS_COHORT.name }).getAttribute('value');
    for (let i = 0; i < 20 && (await page.locator('#cycle-cohort-choice').inputValue()) !== cohortId; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#cycle-cohort-choice').inputValue()).toBe(cohortId);
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Open the cycle', { what: '"Open the cycle"' });
    await waitOutDoubleClickGuard(page);
    await page.keyboard.press('Enter');
    await summary.getByText(`Closing date must be on or after the opening date, ${cycleDateInWords(day(0))}`).waitFor();
    expect(await page.locator('#cycle-closes-error, .nhsuk-error-message').allTextContents()).toEqual([
      expect.stringContaining('Closing date must be on or after the opening date'),
    ]);
    await noViolations();
    await saveScreenshot(page, 'cycles-admin-open-errors-1280');

    // Mend the closing date and open it.
    await waitForFocus(page, (f) => f.tag === 'div');
    await typeDate(page, 'cycle-closes-on', day(30));
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Open the cycle', { what: '"Open the cycle"' });
    await waitOutDoubleClickGuard(page);
    await page.keyboard.press('Enter');
    await heading(page, name).waitFor();
    await page.getByTestId('success-notice').getByText(`${name} is open.`, { exact: false }).waitFor();
    const pioneersCount = PIONEERS_COHORT.systemNames.length;
    await page.getByTestId('progress-row').first().waitFor();
    expect(await page.getByTestId('progress-row').count()).toBe(pioneersCount);
    expect(await page.getByTestId('cycle-facts').textContent()).toContain(`${PIONEERS_COHORT.name} (${pioneersCount} ICSs)`);
    expect(await page.getByTestId('cycle-facts').getByTestId('cycle-phase').textContent()).toBe('Open');
    // It names its canvas version, linked to that version's page, with no "retired" note.
    const canvasRow = page.getByTestId('cycle-facts').locator('.nhsuk-summary-list__row', { hasText: 'Canvas version' });
    expect(await canvasRow.getByRole('link').textContent()).toBe(usable[0]);
    expect(await page.getByTestId('cycle-canvas-note').count()).toBe(0);
    const notStarted = page.getByTestId('progress-counts').getByRole('row').filter({ hasText: 'Not started' });
    expect(await notStarted.textContent()).toContain(String(pioneersCount));
    await noViolations();
    await saveScreenshot(page, 'cycles-admin-cycle-1280');

    // Change its closing date.
    await press(page, 'Change the closing date', { tag: 'a' });
    await heading(page, `Change the closing date of ${name}`).waitFor();
    await noViolations();
    await typeDate(page, 'cycle-new-closes-on', day(45));
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Change the closing date', { what: '"Change the closing date"' });
    await page.keyboard.press('Enter');
    await heading(page, name).waitFor();
    await page.getByTestId('success-notice').getByText(`The closing date is now ${cycleDateInWords(day(45))}.`, { exact: false }).waitFor();
    expect(await page.getByTestId('cycle-facts').textContent()).toContain(`${cycleDateInWords(day(0))} to ${cycleDateInWords(day(45))}`);

    // Download its progress.
    await tabUntil(page, (f) => f.tag === 'button' && f.text.startsWith('Download (CSV)'), { what: 'Download (CSV)' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^pioneers-\d+-progress\.csv$/);
    const lines = readFileSync((await download.path()) as string, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(CYCLE_PROGRESS_CSV_HEADERS.join(','));
    expect(lines).toHaveLength(pioneersCount + 1);
    expect(lines.some((l) => l.startsWith('Devon,South West,Not started,0,'))).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);

  it('shows the cycles and a cycle on a phone without sideways scrolling', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, ADMIN.email);
    await page.goto('/admin/cycles');
    await heading(page, 'Assessment cycles').waitFor();
    await page.getByTestId('cycle-row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'cycles-admin-list-375');
    const first = page.getByTestId('cycle-row').first().getByRole('link');
    const name = (await first.textContent()) ?? '';
    await first.click();
    await heading(page, name).waitFor();
    await page.getByTestId('progress-row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'cycles-admin-cycle-375');
    await page.goto('/admin/cycles/new');
    await heading(page, 'Open a cycle').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'cycles-admin-open-375');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
