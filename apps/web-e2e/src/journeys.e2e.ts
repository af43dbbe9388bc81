import { CANVAS_V1 } from '@idt/domain';
import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { demoAccount, freshDraftForDemoLead } from './support/api';
import { accessibilityViolations, launchChromium, openPage, PHONE, saveScreenshot, signIn } from './support/browser';

const LEAD = demoAccount('ICS_LEAD');
const DOMAIN = CANVAS_V1.domains[0];
const LAST = DOMAIN.criteria[DOMAIN.criteria.length - 1];
const slug = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '--');

/** Whether the save status is on the screen now (not scrolled out of sight above or below). */
async function saveStatusInSight(page: Page): Promise<boolean> {
  return page.getByTestId('save-status').evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

describe('The lead watches a long domain page save', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const screens: [string, BrowserContextOptions][] = [
    ['desktop', { viewport: { width: 1280, height: 900 } }],
    ['phone', PHONE],
  ];

  it.each(screens)('evidence typed in the last criterion says "Saved at" where the person is looking (%s)', async (name, options) => {
    const { id } = await freshDraftForDemoLead(`Journeys ${name}`);
    const { context, page, pageErrors } = await openPage(browser, options);
    await signIn(page, LEAD.email);
    await page.goto(`/assessments/${id}/domains/${DOMAIN.key}`);
    await page.getByRole('heading', { level: 1, name: `Domain 1 of ${CANVAS_V1.domains.length}`, exact: false }).waitFor();
    expect(await page.getByTestId('criterion').count()).toBe(DOMAIN.criteria.length);

    const evidence = page.locator(`#${slug(LAST.key)}-evidence`);
    await evidence.scrollIntoViewIfNeeded();
    await evidence.fill('Our survey of 2,000 residents, repeated every year.');
    await page.getByTestId('save-status').getByText(/^Saved at \d{1,2}:\d{2}/).waitFor();
    // The evidence box is on the screen, far down a long page, and so is the status that says it saved.
    expect(await evidence.evaluate((e) => e.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await saveStatusInSight(page)).toBe(true);
    // Nothing scrolls sideways, and nothing the status covers is lost from the accessibility tree.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await saveScreenshot(page, `journeys-save-status-${name}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
