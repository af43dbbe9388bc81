import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { demoAccount } from './support/api';
import { accessibilityViolations, chooseFileByKeyboard, launchChromium, openPage, PHONE, press, saveScreenshot, signIn, waitForFocus } from './support/browser';

const ADMIN = demoAccount('ADMIN');
const V2_YAML = readFileSync(resolve(__dirname, '../../../packages/domain/data/canvas-v2.yaml'), 'utf8');
/** canvas v2 with a deliberate mistake: one mapping taken out, so nothing says what takes over a merged criterion. */
const V2_WITHOUT_A_MAPPING = V2_YAML.replace(/\n {10}- key: investment\.pilots-to-mainstream\n {12}note: [^\n]*/, '');
const DOMAINS_LINE = V2_WITHOUT_A_MAPPING.split('\n').findIndex((line) => line.startsWith('domains:')) + 1;

/** The page's h1, whose name may start with its caption ("Inclusive Digital Transformation Canvas Version 2"). */
const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));

/** Tabs to the file input, opens its chooser with the space bar and picks the file. */
const chooseFile = (page: Page, path: string) => chooseFileByKeyboard(page, 'canvas-file', path);

describe('canvas versions: the admin imports canvas v2, fixes its mistake and publishes it', () => {
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'canvas-v2-'));
  const withMistake = join(folder, 'mistake', 'canvas-v2.yaml');
  const correct = join(folder, 'canvas-v2.yaml');
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(join(folder, 'mistake'));
    writeFileSync(withMistake, V2_WITHOUT_A_MAPPING);
    writeFileSync(correct, V2_YAML);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keyboard only, axe on every page', async () => {
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await signIn(page, ADMIN.email);
      // From the admin's home to the list of versions.
      await page.goto('/');
      await page.getByTestId('home-admin').waitFor();
      await press(page, 'Canvas versions');
      await heading(page, 'Canvas versions').waitFor();
      const list = page.getByTestId('canvas-versions');
      await list.locator('[data-version="1"]').getByText('Published').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-versions-list-1280');

      // Import the file with the mistake: every problem with its line, nothing stored.
      await press(page, 'Import a file');
      await heading(page, 'Import a canvas version from a file').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      // The worked example can be downloaded from the page itself: the very file the domain's tests check.
      const example = page.getByRole('link', { name: /Download the worked example: canvas version 2/ });
      expect(await example.getAttribute('download')).toBe('canvas-v2.yaml');
      const exampleFile = await page.request.get(new URL((await example.getAttribute('href')) ?? '', page.url()).toString());
      expect(exampleFile.status()).toBe(200);
      expect(await exampleFile.text()).toBe(V2_YAML);
      await chooseFile(page, withMistake);
      await press(page, 'Import file');
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      await waitForFocus(page, (f) => f.className.includes('nhsuk-error-summary'));
      const problems = await summary.locator('li').allTextContents();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(`Line ${DOMAINS_LINE}, at domains:`);
      expect(problems[0]).toContain('investment.pilots-to-mainstream');
      await page.getByText('The file has a problem: fix it and import it again').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-versions-import-problems-1280');

      // The corrected file: the draft, what changed, the crosswalk.
      await chooseFile(page, correct);
      await press(page, 'Import file');
      await heading(page, 'Version 2').waitFor();
      await page.getByTestId('success-notice').getByText('Version 2 imported from canvas-v2.yaml').waitFor();
      await page.getByTestId('no-problems').waitFor();
      const retired = page.getByTestId('retired-criteria');
      await retired.getByText(/access\.devices-and-connectivity is split into access\.devices and access\.connectivity/).waitFor();
      await retired.getByText(/investment\.pilots-to-mainstream is merged into investment\.sustained-funding/).waitFor();
      await page.getByTestId('changes').getByText(/local-needs\.needs-analysis: new wording for its statement/).waitFor();
      expect(await page.getByTestId('crosswalk').locator('tbody tr').count()).toBe(5);
      await page.getByTestId('crosswalk').getByText('Access to devices and data', { exact: false }).first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-versions-draft-1280');

      // The preview is the printed canvas's form, with v2's new criteria.
      await press(page, 'Preview version 2 as the printed canvas');
      await heading(page, 'Preview: the canvas as a paper form').waitFor();
      await page.getByRole('heading', { level: 3, name: /People who need services and do not have a suitable device can get one/ }).waitFor();
      expect(await page.getByTestId('paper-domain').count()).toBe(11);
      expect(await accessibilityViolations(page)).toEqual([]);
      await press(page, 'Back to the version');
      await heading(page, 'Version 2').waitFor();

      // Publish, confirming that it is final.
      await press(page, 'Publish version 2');
      await heading(page, 'Publish version 2').waitFor();
      await page.getByText('Publishing is final').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-versions-publish-1280');
      await press(page, 'Yes, publish version 2');
      await heading(page, 'Canvas versions').waitFor();
      await page.getByTestId('success-notice').getByText('Version 2 is published.').waitFor();
      await list.locator('[data-version="2"]').getByText('Published').waitFor();
      await list.locator('[data-version="1"]').getByText('Retired').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-versions-published-1280');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('works on a phone: nothing scrolls sideways', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    try {
      await signIn(page, ADMIN.email);
      await page.goto('/admin/canvas');
      await heading(page, 'Canvas versions').waitFor();
      await page.getByTestId('canvas-versions').locator('[data-version="1"]').waitFor();
      await noSidewaysScroll(page);
      await saveScreenshot(page, 'canvas-versions-list-375');
      await page.getByTestId('canvas-versions').locator('[data-version="2"]').getByRole('link').click();
      await heading(page, 'Version 2').waitFor();
      await page.getByTestId('crosswalk').waitFor();
      await noSidewaysScroll(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-versions-version-375');
      await page.goto('/admin/canvas/import');
      await heading(page, 'Import a canvas version from a file').waitFor();
      await noSidewaysScroll(page);
      await saveScreenshot(page, 'canvas-versions-import-375');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
