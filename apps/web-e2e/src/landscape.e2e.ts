import { DEMO_HISTORY_CYCLES, PIONEERS_COHORT } from '@idt/domain';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, graphql } from './support/api';
import { accessibilityViolations, focused, heading, launchChromium, openPage, saveScreenshot, signIn, tabUntil } from './support/browser';

const [BASELINE_2021, , CYCLE_2023] = DEMO_HISTORY_CYCLES.map((c) => c.name);
const curveSummary = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'The diffusion curve' }) }).getByTestId('chart-summary');

/** The cycle the landscape should open on: the newest whose landscape has any entry this person can see. */
async function newestCycleWithEntries(email: string): Promise<string> {
  const cookie = await apiSignIn(email);
  const { assessmentCycles } = await graphql<{ assessmentCycles: { id: string; name: string; publishedAt: string | null }[] }>(
    '{ assessmentCycles { id name publishedAt } }',
    {},
    cookie,
  );
  for (const cycle of assessmentCycles) {
    const { landscape } = await graphql<{ landscape: { entries: unknown[] } }>(
      'query ($id: ID!) { landscape(cycleId: $id) { entries { rank } } }',
      { id: cycle.id },
      cookie,
    );
    // The picker marks a cycle whose results are not published yet.
    if (landscape.entries.length > 0) return cycle.publishedAt ? cycle.name : `${cycle.name} (provisional)`;
  }
  throw new Error('No cycle has entries');
}

/** Opens the landscape from the header, waits for it to render, and shows the 2023 cycle (the demo's newest). */
async function openLandscape(page: Page, email: string) {
  await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Landscape' }).click();
  await heading(page, 'National landscape').waitFor();
  await page.getByTestId('diffusion-curve').waitFor();
  const cycle = page.getByLabel('Assessment cycle');
  expect(await cycle.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe(await newestCycleWithEntries(email));
  // Other browser tests may have submitted assessments in newer cycles: the figures below are the demo's 2023.
  if ((await page.getByTestId('landscape-cycle').textContent()) !== CYCLE_2023) {
    await cycle.selectOption({ label: CYCLE_2023 });
    await page.getByTestId('landscape-cycle').getByText(CYCLE_2023, { exact: true }).waitFor();
  }
  await page.getByTestId('landscape-row').first().waitFor();
}

describe('National landscape and ICS profile', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the national viewer all 42 ICSs, changes method and cycle by keyboard, and opens a profile from a dot', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demoAccount('NATIONAL').email);
    await openLandscape(page, demoAccount('NATIONAL').email);

    // Rendered, with data: the heading, the illustrative callout, 42 dots and 42 table rows.
    expect(await page.getByTestId('illustrative-callout').textContent()).toContain('Illustrative data: made up for demonstration');
    expect(await page.getByTestId('curve-dot').count()).toBe(42);
    expect(await page.getByTestId('landscape-row').count()).toBe(42);
    expect(await page.getByTestId('map-tile').count()).toBe(42);
    // The map's abbreviations have a key: opened, it names each of the 42 ICSs.
    const key = page.getByTestId('tile-key');
    await key.getByText('What the abbreviations on the map stand for').click();
    expect(await key.locator('dt').count()).toBe(42);
    expect(await key.locator('.app-tile-key__row').filter({ hasText: 'NENC' }).textContent()).toBe('NENCNorth East and North Cumbria');
    expect(await page.locator('svg a[data-testid="curve-dot"]').count()).toBe(42);
    expect(await curveSummary(page).textContent()).toMatch(/^Of 42 ICSs placed in 2023 \(illustrative\), /);
    expect(await page.getByTestId('method-description').textContent()).toMatch(/^Rogers' proportions/);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The keyboard alone: Tab to the cycle, arrow down to the 2021 baseline; Tab to the method, arrow down to
    // natural breaks; Tab to the number of groups, which is 4 already.
    // (Loaded afresh, so focus starts at the top of the page.)
    await page.goto(page.url());
    await page.getByTestId('diffusion-curve').waitFor();
    await tabUntil(page, (f) => f.id === 'landscape-cycle', { what: 'the cycle picker' });
    while ((await page.getByLabel('Assessment cycle').evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)) !== BASELINE_2021) {
      await page.keyboard.press('ArrowDown');
    }
    await tabUntil(page, (f) => f.tag === 'input' && f.name === 'method', { what: 'the method radios' });
    expect(await focused(page)).toMatchObject({ id: 'landscape-method-rogers-quantiles' });
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ id: 'landscape-method-natural-breaks' });
    // The number of groups appears under natural breaks once the choice has gone into the address.
    await page.getByLabel('Number of groups').waitFor();
    await tabUntil(page, (f) => f.id === 'landscape-k', { what: 'the number of groups' });
    expect(await page.getByLabel('Number of groups').inputValue()).toBe('4');

    await page.getByTestId('landscape-cycle').getByText(BASELINE_2021, { exact: true }).waitFor();
    await page.getByTestId('method-description').getByText(/^Natural breaks: 4 groups/).waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    expect(await curveSummary(page).textContent()).toBe(
      `Of 42 ICSs placed in ${BASELINE_2021}, 6 are early adopters, 16 are early majority, 12 are late majority and 8 are laggards / latecomers.`,
    );
    expect(new URL(page.url()).searchParams.get('method')).toBe('natural-breaks');
    expect(new URL(page.url()).searchParams.get('cycle')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await page.getByTestId('curve-dot').count()).toBe(42);
    await saveScreenshot(page, 'landscape');

    // Tab on to the first dot: its tooltip shows; Enter opens that ICS's profile.
    const dot = await tabUntil(page, (f) => f.tag === 'a' && f.id.startsWith('curve-dot-'), { what: 'a dot on the curve' });
    const label = (await page.locator(`[id="${dot.id}"]`).getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^.+, [A-Za-z ]+: score \d+\.\d, Early adopters, rank 1$/);
    expect(await page.getByTestId('curve-tooltip').isVisible()).toBe(true);
    // All of it inside the curve's frame, which would clip what goes beyond it.
    const within = await page.getByTestId('curve-tooltip').evaluate((tip) => {
      const inner = tip.getBoundingClientRect();
      const outer = tip.closest('.app-curve-frame')!.getBoundingClientRect();
      return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
    });
    expect(within).toBe(true);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/systems\/[0-9a-f-]{36}\/profile$/);
    await page.getByTestId('peer-bars').waitFor();
    const profileName = (await page.locator('main h1').textContent()) ?? '';
    expect(profileName).not.toBe('');
    expect(label.startsWith(`${profileName}, `)).toBe(true);
    expect(await page.getByTestId('peer-bar').count()).toBe(12);
    expect(await page.getByTestId('trend-chart').count()).toBe(1);
    expect(await page.getByTestId('calibration-chart').count()).toBe(1);
    expect(await page.getByTestId('progress-table').locator('tbody tr').count()).toBe(12);
    expect(await page.getByTestId('peer-table').locator('tbody tr').count()).toBe(12);
    expect(await page.getByTestId('illustrative-callout').count()).toBe(1);
    // The evidence behind its latest self-assessment: counts per domain, with a sentence that adds them up.
    expect(await page.getByTestId('evidence-table').locator('tbody tr').count()).toBe(11);
    expect(await page.getByTestId('evidence-summary').textContent()).toMatch(/: .+ gave written evidence for \d+ of 34 criteria, and links for \d+\.$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'ics-profile');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets the national viewer set fixed score bands by keyboard: problems beside each box, then the bands applied and linked', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demoAccount('NATIONAL').email);
    await openLandscape(page, demoAccount('NATIONAL').email);
    await page.goto(page.url());
    await page.getByTestId('diffusion-curve').waitFor();

    // Tab to the method, arrow down twice to fixed thresholds: the four boxes appear with the default bands.
    await tabUntil(page, (f) => f.tag === 'input' && f.name === 'method', { what: 'the method radios' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ id: 'landscape-method-fixed-thresholds' });
    await page.getByLabel('Innovators from').waitFor();
    await page.getByTestId('method-description').getByText(/^Fixed score bands: innovators 80\+, early adopters 65\+/).waitFor();
    expect(await page.getByLabel('Late majority from').inputValue()).toBe('25');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Type bands whose early majority is not below the early adopters', and press Enter.
    const typeInto = async (id: string, value: string) => {
      await tabUntil(page, (f) => f.id === id, { what: `#${id}` });
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    };
    await typeInto('landscape-band-innovators', '90');
    await typeInto('landscape-band-early-adopters', '70');
    await typeInto('landscape-band-early-majority', '70');
    await typeInto('landscape-band-late-majority', '20');
    await page.keyboard.press('Enter');

    // The error summary takes focus; its link and the box's own message name the box to change; nothing is lost.
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'div' });
    const problem = 'The early majority threshold must be lower than the early adopters threshold';
    expect(await summary.getByRole('link', { name: problem }).count()).toBe(1);
    expect(await page.locator('.nhsuk-error-message').filter({ hasText: problem }).count()).toBe(1);
    expect(await page.getByLabel('Innovators from').inputValue()).toBe('90');
    expect(new URL(page.url()).searchParams.get('bands')).toBeNull();
    await page.getByTestId('method-description').getByText(/innovators 80\+/).waitFor();
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'landscape-score-bands-error');

    // The summary's link goes to the box; fix it and apply with the button.
    await tabUntil(page, (f) => f.tag === 'a' && f.text === problem, { what: 'the problem link' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ id: 'landscape-band-early-majority' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Apply score bands', { what: '"Apply score bands"' });
    await page.keyboard.press('Enter');

    const described = 'Fixed score bands: innovators 90+, early adopters 70+, early majority 50+, late majority 20+, laggards below 20';
    await page.getByTestId('method-description').getByText(described, { exact: true }).waitFor();
    await page.locator('.nhsuk-error-summary').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    expect(new URL(page.url()).searchParams.get('bands')).toBe('90,70,50,20');
    // The page places ICSs as the API does with those bands: the same innovators, each scoring 90 or more.
    const cookie = await apiSignIn(demoAccount('NATIONAL').email);
    const cycleId = new URL(page.url()).searchParams.get('cycle') ?? '';
    const { landscape } = await graphql<{ landscape: { entries: { name: string; overallScore: number | null; category: string | null }[] } }>(
      'query ($c: ID!, $t: FixedThresholdsInput) { landscape(cycleId: $c, method: FIXED_THRESHOLDS, thresholds: $t) { entries { name overallScore category } } }',
      { c: cycleId, t: { innovators: 90, earlyAdopters: 70, earlyMajority: 50, lateMajority: 20 } },
      cookie,
    );
    const innovators = landscape.entries.filter((e) => e.category === 'INNOVATORS');
    expect(innovators.every((e) => (e.overallScore ?? 0) >= 90)).toBe(true);
    expect(landscape.entries.filter((e) => (e.overallScore ?? 0) >= 90)).toHaveLength(innovators.length);
    const rows = await page.getByTestId('landscape-row').allTextContents();
    expect(rows.filter((r) => r.includes('Innovators'))).toHaveLength(innovators.length);
    // Movement between cycles uses the same bands.
    const movement = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Movement between two cycles' }) });
    await movement.getByText(described).waitFor();

    // The table downloads as an Excel workbook too: the same 42 rows, each naming the bands it was placed by.
    const table = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Table' }) });
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: /^Download Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^landscape-.+\.xlsx$/);
    const workbook = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const sheet = strFromU8(workbook['xl/worksheets/sheet1.xml']);
    expect(sheet.match(/<row /g)).toHaveLength(43);
    expect(sheet.split(described).length - 1).toBe(42);
    expect(strFromU8(workbook['xl/workbook.xml'])).toContain('<sheet name="Landscape ');

    // The address carries the bands: a reload (or a shared link) shows them again.
    await page.reload();
    await page.getByLabel('Innovators from').waitFor();
    expect(await page.getByLabel('Early majority from').inputValue()).toBe('50');
    await page.getByTestId('method-description').getByText(described, { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  }, 150_000);

  it("shows the ICS lead their own ICS by name, the others unnamed (no region) and not links, and withholds small regions' counts", async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demoAccount('ICS_LEAD').email);
    await openLandscape(page, demoAccount('ICS_LEAD').email);

    expect(await page.getByTestId('curve-dot').count()).toBe(42);
    const unnamed = page.locator('[data-testid="curve-dot"][data-named="false"]');
    expect(await unnamed.count()).toBeGreaterThan(0);
    expect(await page.locator('svg a[aria-label^="An ICS that has not chosen to share its name"]').count()).toBe(0);
    expect(await unnamed.first().getAttribute('aria-label')).toMatch(/^An ICS that has not chosen to share its name, region not shown: score /);
    expect(await unnamed.first().evaluate((el) => el.closest('a') === null && !el.hasAttribute('tabindex'))).toBe(true);
    expect(await page.locator('svg a[aria-label^="Devon (your ICS), South West: score "]').count()).toBe(1);
    expect(await page.getByTestId('landscape-table').getByText('Devon', { exact: true }).count()).toBe(1);

    const northWest = page.getByTestId('region-row').filter({ hasText: 'North West' });
    expect(await northWest.getAttribute('data-withheld')).toBe('true');
    expect(await northWest.textContent()).toContain('Withheld: fewer than 5 ICSs');
    // Regions count only the ICSs the lead sees by name: the South West's four (Devon and three that share) are withheld,
    // the Midlands' five are shown, and the unnamed ICSs are one row of their own, without a region.
    expect(await page.getByTestId('region-row').filter({ hasText: 'South West' }).getAttribute('data-withheld')).toBe('true');
    expect(await page.getByTestId('region-row').filter({ hasText: 'Midlands' }).getAttribute('data-withheld')).toBe('false');
    expect(await page.getByTestId('region-row').last().textContent()).toContain('Region not shown: ICSs that keep their name private');

    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'landscape-ics-lead');

    // Their own profile compares Devon with its cohort too, chosen by keyboard: over the Pioneers the lead sees by name
    // only (Devon and the three that share), so its figures are withheld: fewer than five.
    await page.locator('svg a[aria-label^="Devon (your ICS), South West: score "]').click();
    await page.waitForURL(/\/systems\/[0-9a-f-]{36}\/profile$/);
    await page.getByTestId('peer-bars').waitFor();
    const compareWith = page.getByLabel('Compare with');
    const options = await compareWith.locator('option').allTextContents();
    expect(options.slice(0, 3)).toEqual([
      'All ICSs',
      'ICSs in the South West that you see by name',
      `ICSs in ${PIONEERS_COHORT.name} that you see by name`,
    ]);
    await compareWith.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const peerTable = page.getByTestId('peer-table');
    await peerTable
      .locator('caption')
      .getByText(`Devon against ICSs in ${PIONEERS_COHORT.name} that you see by name`, { exact: true })
      .waitFor({ state: 'attached' });
    expect(await peerTable.locator('tbody tr').count()).toBe(12);
    expect(await peerTable.getByText('Withheld', { exact: true }).count()).toBe(12);
    expect(await page.getByTestId('peer-bar').count()).toBe(12);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
