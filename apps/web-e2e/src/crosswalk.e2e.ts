import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser } from 'playwright-core';
import { apiSignIn, demoAccount, graphql } from './support/api';
import { accessibilityViolations, ARTEFACTS, heading, launchChromium, openPage, PHONE, saveScreenshot, scrollsSideways, signIn, tabUntil } from './support/browser';

const ADMIN = demoAccount('ADMIN');
const NATIONAL = demoAccount('NATIONAL');
const LEAD = demoAccount('ICS_LEAD');
const V2_YAML = readFileSync(resolve(__dirname, '../../../packages/domain/data/canvas-v2.yaml'), 'utf8');
const TITLE = "The landscape in NHS England's framework";
const CITED = 'Inclusive digital healthcare: a framework for NHS action on digital inclusion';
const DOMAINS = ['Access to devices and data', 'Accessibility and ease of use', 'Skills and capability', 'Beliefs and trust', 'Leadership and partnerships'];


/**
 * Canvas v2 published, as the admin would (through the API: the canvas-versions suite does it in the browser). Run
 * after that suite (sequencer.cjs), this changes nothing; run alone, it publishes v2 (for good, as the year would).
 */
async function publishCanvasV2(): Promise<void> {
  const cookie = await apiSignIn(ADMIN.email);
  const { canvasFrameworks } = await graphql<{ canvasFrameworks: { version: number; status: string }[] }>('{ canvasFrameworks { version status } }', {}, cookie);
  if (canvasFrameworks.some((f) => f.version === 2 && f.status === 'PUBLISHED')) return;
  const { importFrameworkDraft } = await graphql<{ importFrameworkDraft: { id: string } }>(
    'mutation ($d: String!) { importFrameworkDraft(document: $d, format: YAML) { id } }',
    { d: V2_YAML },
    cookie,
  );
  await graphql('mutation ($id: ID!) { publishFramework(id: $id, confirm: true) { id } }', { id: importFrameworkDraft.id }, cookie);
}

describe("the crosswalk view: results in NHS England's five domains of digital inclusion", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    await publishCanvasV2();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a national viewer reaches every ICS in the five domains from the landscape, keyboard only (axe, 1280 and 375)', async () => {
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await signIn(page, NATIONAL.email);
      await page.goto('/landscape');
      await heading(page, 'National landscape').waitFor();
      await tabUntil(page, (f) => f.tag === 'a' && f.text.startsWith("Every ICS in NHS England's framework"), { what: 'the link to the crosswalk view', maxTabs: 80 });
      await page.keyboard.press('Enter');
      await heading(page, TITLE).waitFor();

      // Rendered: the nation's five figures and a row for every ICS, as the API gives them for the cycle picked.
      const nation = page.getByTestId('crosswalk-nation-table');
      await nation.waitFor();
      expect((await nation.locator('tbody th').allTextContents()).map((t) => t.trim())).toEqual(DOMAINS);
      const cycleId = await page.locator('#crosswalk-cycle').inputValue();
      const cookie = await apiSignIn(NATIONAL.email);
      const { crosswalkLandscape } = await graphql<{
        crosswalkLandscape: { citation: string; systems: { name: string }[]; figures: { median: number | null }[] };
      }>('query ($c: ID!) { crosswalkLandscape(cycleId: $c) { citation systems { name } figures { median } } }', { c: cycleId }, cookie);
      expect(crosswalkLandscape.citation).toContain(CITED);
      expect(crosswalkLandscape.systems.length).toBeGreaterThan(0);
      await expect(page.getByTestId('crosswalk-row').count()).resolves.toBe(crosswalkLandscape.systems.length);
      expect(await page.getByTestId('chart-summary').first().textContent()).toMatch(/median score is highest in .+ and lowest in /);
      expect(await page.locator('cite').first().textContent()).toBe(CITED);
      expect(pageErrors).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'crosswalk-landscape-1280');

      // The keyboard reaches the cycle picker, then the table of ICSs (its scrolling region, then a column's sort button).
      await tabUntil(page, (f) => f.id === 'crosswalk-cycle', { what: 'the cycle picker', backwards: true, maxTabs: 80 });
      await tabUntil(page, (f) => f.tag === 'button' && f.text.startsWith('Beliefs and trust'), { what: 'the "Beliefs and trust" column', maxTabs: 80 });
      await page.keyboard.press('Enter');
      const sorted = page.locator('th[aria-sort="descending"]');
      await sorted.waitFor();
      expect((await sorted.textContent())?.trim()).toMatch(/^Beliefs and trust/);
      const firstScore = Number((await page.getByTestId('crosswalk-row').first().locator('td').nth(4).textContent())?.replace(/[^\d.]/g, ''));
      const lastScored = (await page.getByTestId('crosswalk-row').locator('td:nth-of-type(5)').allTextContents())
        .map((t) => Number(t.replace(/[^\d.]/g, '')))
        .filter((n) => Number.isFinite(n) && n > 0);
      expect(firstScore).toBe(Math.max(...lastScored));
    } finally {
      await context.close();
    }

    const phone = await openPage(browser, PHONE);
    try {
      await signIn(phone.page, NATIONAL.email);
      await phone.page.goto('/landscape/crosswalk');
      await heading(phone.page, TITLE).waitFor();
      await phone.page.getByTestId('crosswalk-systems-table').waitFor();
      expect(await accessibilityViolations(phone.page)).toEqual([]);
      expect(await scrollsSideways(phone.page)).toBe(false);
      expect(phone.pageErrors).toEqual([]);
      await saveScreenshot(phone.page, 'crosswalk-landscape-375');
    } finally {
      await phone.context.close();
    }
  }, 120_000);

  it('an ICS lead reads their own results in the five domains on their profile, and is not shown every ICS (axe, 1280 and 375)', async () => {
    const cookie = await apiSignIn(LEAD.email);
    const { me } = await graphql<{ me: { roleGrants: { system: { id: string } | null }[] } }>('{ me { roleGrants { system { id } } } }', {}, cookie);
    const devon = me.roleGrants.find((g) => g.system)?.system?.id ?? '';
    for (const [viewport, name] of [[{ viewport: { width: 1280, height: 900 } }, 'crosswalk-profile-1280'], [PHONE, 'crosswalk-profile-375']] as const) {
      const { context, page, pageErrors } = await openPage(browser, viewport);
      try {
        await signIn(page, LEAD.email);
        await page.goto(`/systems/${devon}/profile`);
        await heading(page, 'Devon').waitFor();
        const section = page.getByTestId('crosswalk-section');
        await section.getByRole('heading', { level: 2, name: "Your results in NHS England's framework" }).waitFor();
        expect(await section.locator('cite').textContent()).toBe(CITED);
        const rows = section.getByTestId('crosswalk-table').locator('tbody tr');
        expect((await rows.locator('th').allTextContents()).map((t) => t.trim())).toEqual(DOMAINS);
        expect(await rows.first().locator('td').last().textContent()).toMatch(/canvas criteri/);
        expect(await section.getByTestId('chart-summary').textContent()).toMatch(/^.+: Devon scores /);
        // The demo's cycles are on canvas v1: the page says its levels were carried over to version 2.
        expect(await section.getByTestId('crosswalk-cycle').textContent()).toMatch(/canvas version 1.*version 2/);
        expect(pageErrors).toEqual([]);
        expect(await scrollsSideways(page)).toBe(false);
        await section.scrollIntoViewIfNeeded();
        expect(await accessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, name);
        await section.screenshot({ path: join(ARTEFACTS, `${name}-section.png`) });
      } finally {
        await context.close();
      }
    }

    // The national page is not for a lead: it says so, and the API refuses them.
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await signIn(page, LEAD.email);
      await page.goto('/landscape/crosswalk');
      await heading(page, TITLE).waitFor();
      await page.getByTestId('crosswalk-national-only').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
