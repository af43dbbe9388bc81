import { Browser, Page } from 'playwright-core';
import { demoAccount } from './support/api';
import { accessibilityViolations, launchChromium, openPage, saveScreenshot, signIn } from './support/browser';

const NATIONAL = demoAccount('NATIONAL');

/** Records, in the page, every Content-Security-Policy violation the browser reports (before any script of the app runs). */
async function recordPolicyViolations(page: Page): Promise<{ messages: string[]; violations: () => Promise<string[]> }> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Permissions policy/i.test(message.text())) messages.push(message.text());
  });
  return { messages, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

describe('the edge in the browser: the tightened CSP and the Permissions-Policy break nothing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves the app with style-src \'self\' and a Permissions-Policy, and its pages (chart included) render with no violation', async () => {
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      const policy = await recordPolicyViolations(page);
      const response = await page.goto('/sign-in');
      await page.getByRole('heading', { level: 1, name: 'Sign in to IDT Canvas' }).waitFor();
      const headers = response!.headers();
      expect(headers['content-security-policy']).toMatch(/style-src 'self'(;|$)/);
      expect(headers['content-security-policy']).not.toMatch(/https:(;| |$)/);
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(await accessibilityViolations(page)).toEqual([]);

      await signIn(page, NATIONAL.email);
      await page.goto('/landscape');
      await page.getByRole('heading', { level: 1, name: 'National landscape' }).waitFor();
      await page.getByTestId('diffusion-curve').waitFor();
      await page.getByTestId('landscape-row').first().waitFor();
      // The chart's styles are set by script (d3, React), which the policy allows: it is drawn and visible.
      expect(await page.getByTestId('diffusion-curve').isVisible()).toBe(true);
      await saveScreenshot(page, 'edge-landscape-strict-csp');
      await page.goto('/');
      await page.getByTestId('signed-in-as').waitFor();

      expect(await policy.violations()).toEqual([]);
      expect(policy.messages).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
