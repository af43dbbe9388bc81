import { Browser } from 'playwright-core';
import { accessibilityViolations, baseUrl, launchChromium, openPage, saveScreenshot } from './support/browser';

describe('the started app (as `npm start` runs it)', () => {
  it("answers the README's GraphQL query with all 42 ICSs", async () => {
    const response = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ systems { onsCode name region { name } } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { systems: { onsCode: string; region: { name: string } }[] } };
    expect(body.data.systems).toHaveLength(42);
    expect(new Set(body.data.systems.map((s) => s.region.name)).size).toBe(7);
  });
});

describe('Integrated Care Systems page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists all 42 ICSs region by region, with no accessibility violations', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/systems');

    // First prove the page rendered its heading and data: a crashed page has nothing for axe to fault.
    await page.getByRole('heading', { level: 1, name: 'Integrated Care Systems' }).waitFor();
    await page.getByTestId('system-row').first().waitFor();
    expect(await page.getByTestId('system-row').count()).toBe(42);
    expect(await page.locator('main h2').allTextContents()).toEqual([
      'East of England',
      'London',
      'Midlands',
      'North East and Yorkshire',
      'North West',
      'South East',
      'South West',
    ]);
    const midlands = page.locator('section', { has: page.getByRole('heading', { name: 'Midlands' }) });
    expect(await midlands.getByTestId('system-row').count()).toBe(11);
    await expect(page.getByRole('table', { name: 'Integrated Care Systems in London: 5' }).isVisible()).resolves.toBe(true);
    expect(await page.title()).toBe('Integrated Care Systems – IDT Canvas – NHS');

    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'systems');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets a keyboard user skip the header and jump to a region', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/systems');
    await page.getByTestId('system-row').first().waitFor();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skipLink.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('maincontent');

    // The next stop is the first region link in the contents list; Enter follows it.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('East of England (6)');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => window.location.hash)).resolves.toBe('#region-east-of-england');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
