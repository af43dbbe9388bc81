import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, Page, Request } from 'playwright-core';
import { apiSignIn, demoAccount, graphql } from './support/api';
import { accessibilityViolations, ARTEFACTS, focused, launchChromium, openPage, PHONE, press, saveScreenshot, signIn, tabUntil, waitForFocus } from './support/browser';

const ADMIN = demoAccount('ADMIN');
const V2_YAML = readFileSync(resolve(__dirname, '../../../packages/domain/data/canvas-v2.yaml'), 'utf8');

interface VersionFacts {
  id: string;
  version: number;
  lifecycle: 'DRAFT' | 'PUBLISHED' | 'RETIRED';
}

/**
 * The draft this suite previews, never published: the draft there is, if any; otherwise canvas v2 imported from its
 * file while v1 is the latest (the very draft canvas-versions.e2e replaces with the same file), or else a copy of the
 * latest version. Either way the programme year is not changed: a draft is seen by admins only.
 */
async function draftToPreview(admin: string): Promise<VersionFacts> {
  const { canvasFrameworks } = await graphql<{ canvasFrameworks: VersionFacts[] }>('{ canvasFrameworks { id version lifecycle } }', {}, admin);
  const draft = canvasFrameworks.find((f) => f.lifecycle === 'DRAFT');
  if (draft) return draft;
  const latest = Math.max(...canvasFrameworks.map((f) => f.version));
  const made =
    latest < 2
      ? (
          await graphql<{ importFrameworkDraft: VersionFacts }>(
            'mutation ($d: String!) { importFrameworkDraft(document: $d, format: YAML) { id version lifecycle } }',
            { d: V2_YAML },
            admin,
          )
        ).importFrameworkDraft
      : (await graphql<{ createFrameworkDraft: VersionFacts }>('mutation { createFrameworkDraft { id version lifecycle } }', {}, admin)).createFrameworkDraft;
  return made;
}

/** The text of every GraphQL request the page sends from now on (a GET's query, or a POST's body). */
function recordGraphQL(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname !== '/graphql') return;
    sent.push(request.method() === 'GET' ? (url.searchParams.get('query') ?? '') : (request.postData() ?? ''));
  });
  return sent;
}

/** The page's h1, whose accessible name may start with its caption. */
const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));

/** The preview says what it is, directly after the h1, on every page. */
async function seesPreviewNotice(page: Page) {
  const notice = page.getByTestId('preview-notice');
  await notice.getByText('This is a preview. Nothing you enter is saved.').waitFor();
  expect(await page.locator('#maincontent h1 + [data-testid="preview-notice"]').count()).toBe(1);
}

describe('canvas preview: the admin sees a draft version as the online form an ICS lead fills in', () => {
  let browser: Browser;
  let draft: VersionFacts;
  beforeAll(async () => {
    browser = await launchChromium();
    draft = await draftToPreview(await apiSignIn(ADMIN.email));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keyboard only: the task list, a domain, a level chosen and kept in the page, nothing sent to be saved; axe on each page', async () => {
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await signIn(page, ADMIN.email);
      const sent = recordGraphQL(page);
      await page.goto(`/admin/canvas/${draft.id}`);
      await heading(page, `Version ${draft.version}`).waitFor();

      // From the version to its online form.
      await press(page, `Preview version ${draft.version} as the online form`);
      await heading(page, 'Complete your self-assessment').waitFor();
      await waitForFocus(page, (f) => f.tag === 'h1');
      expect(await page.locator('#maincontent h1').textContent()).toContain(`version ${draft.version} (draft)`);
      await seesPreviewNotice(page);
      const tasks = page.getByTestId('task');
      await tasks.first().waitFor();
      const domainCount = await tasks.count();
      expect(domainCount).toBeGreaterThan(1);
      const firstTask = (await tasks.first().getByRole('link').textContent())?.trim() ?? '';
      expect(firstTask).toMatch(/^1\. \S/);
      await tasks.first().getByText('Not started').waitFor();
      await page.getByTestId('check-task').getByText('Cannot start yet').waitFor();
      expect(await page.getByTestId('domains-completed').textContent()).toBe(`0 of ${domainCount}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-preview-task-list-1280');

      // The first domain: its heading, criteria, levels and fields, as the lead's page has them.
      await press(page, firstTask);
      const domainTitle = firstTask.replace(/^1\. /, '');
      await heading(page, domainTitle).waitFor();
      await waitForFocus(page, (f) => f.tag === 'h1');
      await seesPreviewNotice(page);
      const criteria = page.getByTestId('criterion');
      await criteria.first().waitFor();
      const criterionCount = await criteria.count();
      expect(criterionCount).toBeGreaterThan(0);
      expect(await tasks.count()).toBe(0);
      const first = criteria.first();
      expect(await first.locator('input[type="radio"][name$="-level"]').count()).toBe(6); // five levels and "not assessed"
      await first.getByRole('group', { name: 'Where are you now?' }).waitFor();
      await first.getByLabel('Evidence', { exact: true }).waitFor();
      await first.getByLabel('Where do you want to be? (optional)').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-preview-domain-1280');
      await page.screenshot({ path: join(ARTEFACTS, 'canvas-preview-domain-1280-top.png') });

      // Choose level 3 with the keyboard: into the group, then down the radios.
      const levelOne = (await first.locator('input[type="radio"][name$="-level"]').first().getAttribute('id')) ?? '';
      await tabUntil(page, (f) => f.id === levelOne, { what: 'the first level', maxTabs: 40 });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect((await focused(page))?.id).toBe(`${levelOne}-3`);
      expect(await page.locator(`#${levelOne}-3`).isChecked()).toBe(true);
      await tabUntil(page, (f) => f.id === levelOne.replace(/-level$/, '-evidence'), { what: 'the evidence', maxTabs: 20 });
      await page.keyboard.type('Our digital inclusion lead owns the plan.');

      // Back to the task list: the domain is started, and counted as the lead's would be.
      await press(page, 'Save and return to the task list');
      await heading(page, 'Complete your self-assessment').waitFor();
      await tasks.first().getByText('In progress').waitFor();
      await tasks.first().getByText(`1 of ${criterionCount} criteria answered`).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // The answer is kept in the page: back in the domain, level 3 and the evidence are still there.
      await press(page, firstTask);
      await heading(page, domainTitle).waitFor();
      expect(await page.locator(`#${levelOne}-3`).isChecked()).toBe(true);
      expect(await page.locator(`#${levelOne.replace(/-level$/, '-evidence')}`).inputValue()).toBe('Our digital inclusion lead owns the plan.');

      // "Save and continue" goes on to the second domain, as it does for a lead.
      await press(page, 'Save and continue');
      await page.locator('#maincontent h1').getByText(`Domain 2 of ${domainCount}`).waitFor();
      await seesPreviewNotice(page);
      expect(await accessibilityViolations(page)).toEqual([]);

      // A link that is not a web address stops the page, as it would for a lead: the error summary, then the field.
      await waitForFocus(page, (f) => f.tag === 'h1');
      const links = (await criteria.first().locator('textarea[id$="-links"]').getAttribute('id')) ?? '';
      await tabUntil(page, (f) => f.id === links, { what: 'the links', maxTabs: 40 });
      await page.keyboard.type('not a web address');
      await press(page, 'Save and continue');
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      await waitForFocus(page, (f) => f.className.includes('nhsuk-error-summary'));
      expect(await summary.getByRole('link').first().getAttribute('href')).toBe(`#${links}`);
      await page.locator('#maincontent h1').getByText(`Domain 2 of ${domainCount}`).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // Nothing was sent to be saved: no saveAnswers, no mutation at all.
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.filter((body) => /saveAnswers|mutation/i.test(body))).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('the printed canvas preview links to the online form', async () => {
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await signIn(page, ADMIN.email);
      await page.goto(`/admin/canvas/${draft.id}/preview`);
      await heading(page, 'Preview: the canvas as a paper form').waitFor();
      await page.getByTestId('paper-domain').first().waitFor();
      await press(page, 'Preview it as the online form');
      await heading(page, 'Complete your self-assessment').waitFor();
      await seesPreviewNotice(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('works on a phone: nothing scrolls sideways', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    try {
      await signIn(page, ADMIN.email);
      await page.goto(`/admin/canvas/${draft.id}/preview/form`);
      await heading(page, 'Complete your self-assessment').waitFor();
      await page.getByTestId('task').first().waitFor();
      await seesPreviewNotice(page);
      await noSidewaysScroll(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-preview-task-list-375');
      await page.getByTestId('task').first().getByRole('link').click();
      await page.getByTestId('criterion').first().waitFor();
      await seesPreviewNotice(page);
      await noSidewaysScroll(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, 'canvas-preview-domain-375');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(ARTEFACTS, 'canvas-preview-domain-375-top.png') });
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
