import { DEMO_CYCLE_NAME, DEMO_HISTORY_CYCLES } from '@idt/domain';
import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { demoAccount } from './support/api';
import { accessibilityViolations, launchChromium, openPage, PHONE, saveScreenshot, signIn } from './support/browser';

const CYCLE_2023 = DEMO_HISTORY_CYCLES[2].name;
const UNNAMED = 'An ICS that has not chosen to share its name';
const POOL_ROW = 'Region not shown: ICSs that keep their name private';

/** The landscape as the demo ICS lead, on the demo's 2023 cycle, rendered with its data. */
async function openLandscape2023(page: Page) {
  await signIn(page, demoAccount('ICS_LEAD').email);
  await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Landscape' }).click();
  await page.getByRole('heading', { level: 1, name: 'National landscape', exact: true }).waitFor();
  await page.getByTestId('diffusion-curve').waitFor();
  if ((await page.getByTestId('landscape-cycle').textContent()) !== CYCLE_2023) {
    await page.getByLabel('Assessment cycle').selectOption({ label: CYCLE_2023 });
    await page.getByTestId('landscape-cycle').getByText(CYCLE_2023, { exact: true }).waitFor();
  }
  await page.getByTestId('landscape-row').first().waitFor();
}

describe('An ICS that keeps its name private cannot be picked out (the demo ICS lead, 2023)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<[string, BrowserContextOptions]>([
    ['at 1280 px', { viewport: { width: 1280, height: 900 } }],
    ['at 375 px', PHONE],
  ])('shows unnamed ICSs with no region anywhere: dots, table, map, and one "region not shown" row by region (%s)', async (size, options) => {
    const { context, page, pageErrors } = await openPage(browser, options);
    await openLandscape2023(page);

    // Rendered, with data: 42 dots and rows (more than five ICSs keep their name private, so they are shown).
    expect(await page.getByTestId('curve-dot').count()).toBe(42);
    const rows = page.getByTestId('landscape-row');
    expect(await rows.count()).toBe(42);
    const unnamedRows = rows.filter({ hasText: UNNAMED });
    const unnamed = await unnamedRows.count();
    expect(unnamed).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('unnamed-rule').textContent()).toContain('shown without their name or region');

    // No unnamed row, dot or tooltip shows a region: the table says "Not shown", the dots "region not shown".
    const regionColumn = (await page.getByTestId('landscape-table').locator('thead th').allTextContents()).findIndex((h) => h.startsWith('Region'));
    expect(regionColumn).toBeGreaterThan(-1);
    for (const cells of await unnamedRows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent ?? '')))) {
      expect(cells[regionColumn]).toBe('Not shown');
    }
    const unnamedDots = page.locator('[data-testid="curve-dot"][data-named="false"]');
    expect(await unnamedDots.count()).toBe(unnamed);
    for (const label of await unnamedDots.evaluateAll((dots) => dots.map((d) => d.getAttribute('aria-label') ?? ''))) {
      expect(label).toMatch(new RegExp(`^${UNNAMED}, region not shown: score `));
    }
    expect(await page.getByTestId('legend-region-not-shown').textContent()).toContain('Region not shown');

    // The map colours only the tiles of ICSs seen by name: an unnamed ICS's tile is "not shared".
    const namedWithCategory = await rows.evaluateAll(
      (trs, unnamedText) => trs.filter((tr) => !(tr.textContent ?? '').includes(unnamedText) && !(tr.textContent ?? '').includes('Not placed')).length,
      UNNAMED,
    );
    expect(await page.locator('[data-testid="map-tile"]:not([data-category="none"])').count()).toBe(namedWithCategory);

    // By region: only the ICSs seen by name, and the unnamed ones as one row of their own, adding up to them.
    expect(await page.getByTestId('region-named-only').textContent()).toContain('Each region counts only its ICSs that you see by name.');
    const poolRow = page.getByTestId('region-row').filter({ hasText: POOL_ROW });
    expect(await poolRow.count()).toBe(1);
    const poolTotal = Number((await poolRow.locator('td').last().textContent()) ?? 'NaN');
    expect(poolTotal).toBe(unnamed);

    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    if (size === 'at 375 px') expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, `privacy-landscape-lead-${size === 'at 375 px' ? 375 : 1280}`);
    await context.close();
  }, 180_000);

  it('shows the coach a provisional landscape with their own ICSs only, and no count of anything else', async () => {
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await signIn(page, demoAccount('COACH').email);
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Landscape' }).click();
    await page.getByRole('heading', { level: 1, name: 'National landscape', exact: true }).waitFor();
    await page.getByLabel('Assessment cycle').selectOption({ label: `${DEMO_CYCLE_NAME} (provisional)` });
    await page.getByTestId('provisional-tag').waitFor();
    await page.getByTestId('landscape-row').first().waitFor();

    // Rendered, with data: only Pioneers the coach coaches that have submitted, all by name.
    const rows = page.getByTestId('landscape-row');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.filter({ hasText: UNNAMED }).count()).toBe(0);
    expect(await page.getByTestId('region-table').count()).toBe(0);
    expect(await page.getByText('Regional figures are shown once the cycle is published.').count()).toBe(1);
    expect(await page.getByTestId('chasm-summary').textContent()).toBe('The chasm is shown once the cycle is published.');
    expect(await page.getByTestId('chart-summary').first().textContent()).toMatch(/^You can see \d+ ICSs? in /);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'privacy-landscape-coach-provisional');
    await context.close();
  }, 180_000);
});
