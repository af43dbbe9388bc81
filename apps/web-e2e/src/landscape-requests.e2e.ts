import { Browser, Page, Request } from 'playwright-core';
import { apiSignIn, demoAccount, graphql } from './support/api';
import { accessibilityViolations, launchChromium, openPage, PHONE, saveScreenshot, signIn } from './support/browser';

interface SeenRequest {
  readonly operation: string;
  readonly method: string;
  readonly status: number | null;
  readonly ifNoneMatch: string | null;
  /** Bytes of answer that came over the network: none when the server said 304 and the browser used what it held. */
  readonly bodyBytes: number | null;
}

/** The operation a GraphQL request asks for (its name, or its first field when it has none), from its address or body. */
function operationOf(request: Request): string {
  const url = new URL(request.url());
  const query = request.method() === 'GET' ? url.searchParams.get('query') : ((request.postDataJSON() as { query?: string } | null)?.query ?? null);
  const match = /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query ?? '') ?? /\{\s*([_A-Za-z][_0-9A-Za-z]*)/.exec(query ?? '');
  return match?.[1] ?? '?';
}

/** Records every GraphQL request the page sends from now on, with the status of its answer. */
function recordGraphQL(page: Page): SeenRequest[] {
  const seen: SeenRequest[] = [];
  const pending = new Map<Request, number>();
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    pending.set(request, seen.length);
    seen.push({ operation: operationOf(request), method: request.method(), status: null, ifNoneMatch: null, bodyBytes: null });
  });
  page.on('requestfinished', async (request) => {
    const index = pending.get(request);
    const response = await request.response();
    if (index === undefined || !response) return;
    const headers = await request.allHeaders();
    const sizes = await request.sizes();
    // Chromium reports a revalidated answer with the status the page sees (200); the bytes say whether it was a 304.
    seen[index] = { ...seen[index], status: response.status(), ifNoneMatch: headers['if-none-match'] ?? null, bodyBytes: sizes.responseBodySize };
  });
  return seen;
}

/** Lets any request the page would still send go out (the notification count polls, so the network is never idle). */
const settled = (page: Page) => page.waitForTimeout(1500);

const heading = (page: Page) => page.getByRole('heading', { level: 1, name: 'National landscape', exact: true });

/**
 * Issue 12: the landscape page asks once for what it needs (its cycle list says which cycle to show), sends queries by
 * GET, and a second visit costs a 304 for the published landscape the browser already holds.
 */
describe('the requests behind the landscape, profile and movement', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the landscape with one request for its choices and one for the landscape, and a published one costs a 304 on the next visit', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    const national = demoAccount('NATIONAL').email;
    await signIn(page, national);
    const cookie = await apiSignIn(national);
    const { newestLandscape, assessmentCycles } = await graphql<{
      newestLandscape: { cycleId: string };
      assessmentCycles: { id: string; name: string; publishedAt: string | null }[];
    }>('{ newestLandscape { cycleId } assessmentCycles { id name publishedAt } }', {}, cookie);
    const newest = assessmentCycles.find((c) => c.id === newestLandscape.cycleId);

    // First load of the page, as from a bookmark.
    let seen = recordGraphQL(page);
    await page.goto('/landscape');
    await heading(page).waitFor();
    await page.getByTestId('landscape-row').first().waitFor();
    await settled(page);
    expect(pageErrors).toEqual([]);
    expect(await page.getByTestId('landscape-cycle').textContent()).toBe(newest?.name);
    const landscapeRequests = seen.filter((r) => r.operation === 'Landscape' || r.operation === 'LandscapeChoices');
    expect(landscapeRequests.map((r) => [r.operation, r.method])).toEqual([
      ['LandscapeChoices', 'GET'],
      ['Landscape', 'GET'],
    ]);
    // Nothing else asks twice, and nothing but queries is sent (every one of them by GET).
    const operations = seen.map((r) => r.operation);
    expect(new Set(operations).size).toBe(operations.length);
    expect(seen.filter((r) => r.method !== 'GET')).toEqual([]);
    // The whole first load: who is signed in, the unread count in the header, the choices, the landscape, and the
    // movement chart below it (it shows two cycles by default).
    expect([...operations].sort()).toEqual(['Landscape', 'LandscapeChoices', 'Me', 'Movement', 'UnreadNotificationCount']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'landscape-requests-1280');

    // A published cycle, then the next visit: the browser holds the answers and asks whether they changed; a published
    // landscape has not, so it costs a 304 and no body.
    const published = assessmentCycles.find((c) => c.publishedAt !== null) as { id: string; name: string };
    seen = recordGraphQL(page);
    await page.goto(`/landscape?cycle=${published.id}`);
    await page.getByTestId('landscape-cycle').getByText(published.name, { exact: true }).waitFor();
    await settled(page);
    const firstLandscape = seen.find((r) => r.operation === 'Landscape');
    seen = recordGraphQL(page);
    await page.reload();
    await heading(page).waitFor();
    await page.getByTestId('landscape-row').first().waitFor();
    await settled(page);
    const again = seen.filter((r) => r.operation === 'Landscape');
    expect(again).toHaveLength(1);
    expect(again[0].ifNoneMatch).toMatch(/^"/);
    expect(again[0].bodyBytes).toBe(0);
    // The first load carried the whole answer.
    expect(firstLandscape?.bodyBytes).toBeGreaterThan(1000);
    expect(await page.getByTestId('landscape-cycle').textContent()).toBe(published.name);
    await context.close();
  }, 180_000);

  it('opens a published cycle named in the address with one landscape request, and a profile without asking for any landscape', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, demoAccount('NATIONAL').email);
    const cookie = await apiSignIn(demoAccount('NATIONAL').email);
    const { assessmentCycles } = await graphql<{ assessmentCycles: { id: string; name: string; publishedAt: string | null }[] }>(
      '{ assessmentCycles { id name publishedAt } }',
      {},
      cookie,
    );
    const published = assessmentCycles.filter((c) => c.publishedAt !== null);
    const [to, from] = [published[0], published[published.length - 1]];

    let seen = recordGraphQL(page);
    await page.goto(`/landscape?cycle=${to.id}`);
    await heading(page).waitFor();
    await page.getByTestId('landscape-row').first().waitFor();
    await settled(page);
    expect(pageErrors).toEqual([]);
    expect(seen.filter((r) => r.operation === 'Landscape')).toHaveLength(1);
    expect(seen.filter((r) => r.operation === 'Movement').length).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(page, 'landscape-requests-375');

    // The movement between two published cycles: one request, by GET, revalidated on the next visit.
    seen = recordGraphQL(page);
    await page.goto(`/landscape?cycle=${to.id}&from=${from.id}&to=${to.id}`);
    await heading(page).waitFor();
    await settled(page);
    expect(seen.filter((r) => r.operation === 'Movement').map((r) => r.method)).toEqual(['GET']);

    // An ICS's profile asks for its profile, never for a landscape.
    const { landscape } = await graphql<{ landscape: { entries: { systemId: string; name: string }[] } }>(
      'query ($c: ID!) { landscape(cycleId: $c) { entries { systemId name } } }',
      { c: to.id },
      cookie,
    );
    seen = recordGraphQL(page);
    await page.goto(`/systems/${landscape.entries[0].systemId}/profile`);
    await page.getByRole('heading', { level: 1, name: landscape.entries[0].name }).waitFor();
    await settled(page);
    expect(pageErrors).toEqual([]);
    const operations = seen.map((r) => r.operation);
    expect(operations.filter((o) => o === 'Landscape' || o === 'LandscapeChoices')).toEqual([]);
    expect(new Set(operations).size).toBe(operations.length);
    await context.close();
  }, 180_000);
});
