import { CANVAS_V1, DEMO_HISTORY_CYCLES, PIONEERS_COHORT, PIONEERS_PROJECTS, sourceTitleInFull } from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, freshDraftForDemoLead, graphql } from './support/api';
import { accessibilityViolations, ARTEFACTS, heading, launchChromium, openPage, PHONE, saveScreenshot, signIn } from './support/browser';

const DISCOVERY_REPORT = sourceTitleInFull('003');

/** The page's words: never "seed", and "KLOE" only right after its meaning. */
async function expectNoTeamWords(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text.match(/.{0,60}\bseeds?\b.{0,60}/gi)).toBeNull();
  const kloes = text.match(/KLOE/g)?.length ?? 0;
  expect(text.match(/key lines? of enquiry \(KLOEs?\)/gi)?.length ?? 0).toBe(kloes);
}

async function pioneersId(): Promise<string> {
  const cookie = await apiSignIn(demoAccount('COACH').email);
  const { cohorts } = await graphql<{ cohorts: { id: string; name: string }[] }>('{ cohorts { id name } }', {}, cookie);
  const id = cohorts.find((c) => c.name === PIONEERS_COHORT.name)?.id;
  if (!id) throw new Error('The coach does not coach the Pioneers');
  return id;
}

jest.setTimeout(180_000);

describe('Words: source documents by title, abbreviations explained, no team words', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a domain page says where the domain comes from, with the documents’ titles in full, and explains KLOE', async () => {
    const draft = await freshDraftForDemoLead('Words');
    const coDesign = CANVAS_V1.domains.find((d) => d.key === 'co-design');
    if (!coDesign) throw new Error('No co-design domain');
    for (const options of [{ viewport: { width: 1280, height: 900 } }, PHONE]) {
      const { context, page, pageErrors } = await openPage(browser, options);
      await signIn(page, demoAccount('ICS_LEAD').email);
      await page.goto(`/assessments/${draft.id}/domains/${coDesign.key}`);
      await page.getByRole('heading', { level: 1, name: coDesign.title }).waitFor();
      await page.getByTestId('criterion').first().waitFor();
      await expectNoTeamWords(page);
      // its summary names the report and spells out the key lines of enquiry
      expect(await page.locator('.nhsuk-lede-text').innerText()).toContain('key lines of enquiry (KLOEs)');
      // "Where this comes from", opened with the keyboard
      const sources = page.getByTestId('sources');
      expect(await sources.locator('li').first().isVisible()).toBe(false);
      await sources.locator('summary').focus();
      await page.keyboard.press('Enter');
      await sources.locator('li').first().waitFor();
      expect(await sources.locator('li').count()).toBe(new Set(coDesign.sources.map((s) => s.seed)).size);
      expect(await sources.innerText()).toContain(DISCOVERY_REPORT);
      // the first use of ICS on the page is explained
      expect(await page.locator('#maincontent').innerText()).toMatch(/integrated care systems? \(ICSs?\)/i);
      expect(pageErrors).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await saveScreenshot(page, `words-domain-page-${options.viewport?.width ?? 0}`);
      await context.close();
    }
  });

  it('the printed canvas shows where each domain and criterion comes from, titles in full, and no team words', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demoAccount('COACH').email);
    await page.goto('/canvas/print');
    // Its caption (the framework's title and version) is part of the heading once the framework has loaded.
    await page.getByRole('heading', { level: 1, name: /The canvas as a paper form$/ }).waitFor();
    await page.getByTestId('paper-domain').first().waitFor();
    await expectNoTeamWords(page);
    expect(await page.getByTestId('sources').count()).toBe(CANVAS_V1.domains.length);
    expect(await page.getByTestId('criterion-sources').count()).toBe(CANVAS_V1.domains.reduce((n, d) => n + d.criteria.length, 0));
    expect(await page.getByTestId('sources').first().innerText()).toContain(DISCOVERY_REPORT);
    // printed, the sources are still there (no closed details)
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('sources').first().locator('li').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTEFACTS}/words-printed-canvas.png` });
    await context.close();
  });

  it('the landscape and the learning programme name the report, not a seed', async () => {
    const cohortId = await pioneersId();
    for (const [email, path, title, ready] of [
      [demoAccount('NATIONAL').email, '/landscape', 'National landscape', '[data-testid="diffusion-curve"]'],
      [demoAccount('COACH').email, `/cohorts/${cohortId}/learning-programme`, `Learning programme: ${PIONEERS_COHORT.name}`, 'h2:has-text("Your plan")'],
    ] as const) {
      const { context, page, pageErrors } = await openPage(browser);
      await signIn(page, email);
      await page.goto(path);
      await heading(page, title).waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await page.locator(ready).first().waitFor();
      // every details component open, so hidden hints are read too
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      await expectNoTeamWords(page);
      expect(pageErrors).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('the Pioneers’ cohort page lists all ten projects by ICS, on a phone too', async () => {
    const cohortId = await pioneersId();
    for (const options of [{ viewport: { width: 1280, height: 900 } }, PHONE]) {
      const { context, page, pageErrors } = await openPage(browser, options);
      await signIn(page, demoAccount('COACH').email);
      await page.goto(`/cohorts/${cohortId}`);
      await heading(page, PIONEERS_COHORT.name).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Projects' }).waitFor();
      expect(await page.getByTestId('projects-summary').innerText()).toBe('10 projects in 8 integrated care systems.');
      const rows = page.getByTestId('project-row');
      expect(await rows.count()).toBe(10);
      for (const project of PIONEERS_PROJECTS) {
        expect(await rows.filter({ hasText: project.name }).getAttribute('data-system')).toBe(project.systemName);
      }
      expect(await rows.filter({ hasText: 'severe mental illness' }).getAttribute('data-system')).toBe('North West London');
      expect(await page.locator('[data-system="North West London"][data-testid="project-row"]').count()).toBe(2);
      expect(await page.locator('[data-system="Surrey Heartlands"][data-testid="project-row"]').count()).toBe(2);
      expect(pageErrors).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await saveScreenshot(page, `words-cohort-projects-${options.viewport?.width ?? 0}`);
      await context.close();
    }
  });

  it('a past validated assessment shows its whole history, each step with who did it', async () => {
    const cookie = await apiSignIn(demoAccount('ICS_LEAD').email);
    const { myAssessments } = await graphql<{ myAssessments: { id: string; cycle: { name: string } }[] }>('{ myAssessments { id cycle { name } } }', {}, cookie);
    const past = myAssessments.find((a) => a.cycle.name === DEMO_HISTORY_CYCLES[DEMO_HISTORY_CYCLES.length - 1].name);
    if (!past) throw new Error('The demo lead has no past assessment');
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, demoAccount('ICS_LEAD').email);
    await page.goto(`/assessments/${past.id}`);
    const history = page.getByTestId('history');
    await history.waitFor();
    const rows = history.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const text = await history.innerText();
    expect(text).not.toContain('Not recorded');
    expect(text).toContain(demoAccount('ICS_LEAD').name);
    expect(text).toContain(demoAccount('COACH').name);
    expect(await page.getByTestId('assessment-status').innerText()).toBe('Validated');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
