import { DEMO_HISTORY_CYCLES, PIONEERS_COHORT, type Role } from '@idt/domain';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSignIn, demoAccount, graphql } from './support/api';
import { accessibilityViolations, baseUrl, launchChromium, openPage, saveScreenshot, signIn } from './support/browser';

/**
 * Every page of the app on a phone (375 px wide), as each demo role and as a visitor: the page renders (its h1, no
 * page error) and nothing makes the page scroll sideways. Something wider than the screen is allowed only inside a
 * box made to scroll sideways, which keyboard users can reach (tabindex="0") and which says what it is (a labelled
 * region). The map's and the movement matrix's labels stay readable. And nothing jumps as pages load (layout shift).
 */

const WIDTH = 375;
/**
 * A phone-wide window. Not emulating a phone's zoom-out (PHONE): a phone browser widens its layout to fit a page that
 * is too wide, which would hide which element is too wide.
 */
const NARROW = { viewport: { width: WIDTH, height: 667 } };

/** What the test needs to name real pages: ids from the demo data. */
interface Ids {
  devon: string;
  pioneers: string;
  leadAssessment: string;
  domainKey: string;
  review: string;
  user: string;
  cycle2021: string;
  cycle2023: string;
}

async function demoIds(): Promise<Ids> {
  const admin = await apiSignIn(demoAccount('ADMIN').email);
  const { systems, cohorts, users, assessmentCycles } = await graphql<{
    systems: { id: string; name: string }[];
    cohorts: { id: string; name: string }[];
    users: { id: string; email: string }[];
    assessmentCycles: { id: string; name: string }[];
  }>('{ systems { id name } cohorts { id name } users { id email } assessmentCycles { id name } }', {}, admin);
  const lead = await apiSignIn(demoAccount('ICS_LEAD').email);
  const { myAssessments } = await graphql<{ myAssessments: { id: string; framework: { domains: { key: string }[] } }[] }>(
    '{ myAssessments { id framework { domains { key } } } }',
    {},
    lead,
  );
  const coach = await apiSignIn(demoAccount('COACH').email);
  const { reviewQueue } = await graphql<{ reviewQueue: { assessmentId: string }[] }>('{ reviewQueue { assessmentId } }', {}, coach);
  const cycle = (name: string) => assessmentCycles.find((c) => c.name === name)?.id;
  const ids = {
    devon: systems.find((s) => s.name === demoAccount('ICS_LEAD').systemName)?.id,
    pioneers: cohorts.find((c) => c.name === PIONEERS_COHORT.name)?.id,
    leadAssessment: myAssessments[0]?.id,
    domainKey: myAssessments[0]?.framework.domains[0]?.key,
    review: reviewQueue[0]?.assessmentId,
    user: users.find((u) => u.email === demoAccount('ICS_LEAD').email)?.id,
    cycle2021: cycle(DEMO_HISTORY_CYCLES[0].name),
    cycle2023: cycle(DEMO_HISTORY_CYCLES[2].name),
  };
  for (const [key, value] of Object.entries(ids)) if (!value) throw new Error(`The demo data has no ${key}`);
  return ids as Ids;
}

/**
 * Every route of the app (apps/web/src/app/router.tsx) with real ids, each visited by a role that uses it (and some
 * by a role that may not, for the "no permission" page); the landscape in each of its views.
 */
function routesFor(role: Role | null, ids: Ids): string[] {
  const landscape = `/landscape?cycle=${ids.cycle2023}`;
  const cohort = `/cohorts/${ids.pioneers}`;
  const review = `/reviews/${ids.review}`;
  const assessment = `/assessments/${ids.leadAssessment}`;
  switch (role) {
    case null:
      return ['/', '/sign-in', '/no-such-page'];
    case 'ADMIN':
      return ['/', '/admin/users', `/admin/users/${ids.user}`, '/admin/audit', '/cohorts', `${cohort}/learning-programme`, '/notifications'];
    case 'NATIONAL':
      return [
        '/',
        '/landscape',
        `${landscape}&method=natural-breaks&k=5`,
        `${landscape}&method=fixed`,
        `/landscape?cycle=${ids.cycle2021}&from=${ids.cycle2021}&to=${ids.cycle2023}`,
        `/systems/${ids.devon}/profile`,
        `${cohort}/overview`,
        '/canvas/print',
        '/reviews',
      ];
    case 'COACH':
      return ['/', '/reviews', review, `${review}?domain=${ids.domainKey}`, cohort, `${cohort}/overview`, '/notifications'];
    case 'ICS_LEAD':
      return [
        '/',
        '/assessments',
        assessment,
        `${assessment}/domains/${ids.domainKey}`,
        `${assessment}/check`,
        `${assessment}/submitted`,
        `/systems/${ids.devon}/action-plan`,
        `/systems/${ids.devon}/sharing`,
        `/systems/${ids.devon}/profile`,
        landscape,
        '/notifications',
      ];
  }
}

/** Every route in the router, with the parts that are ids replaced by ":id" (the test checks none is left out). */
const ROUTER_PATHS = [
  '/',
  '/sign-in',
  '/cohorts',
  '/cohorts/:id',
  '/cohorts/:id/overview',
  '/cohorts/:id/learning-programme',
  '/reviews',
  '/reviews/:id',
  '/notifications',
  '/canvas/print',
  '/landscape',
  '/systems/:id/profile',
  '/systems/:id/action-plan',
  '/systems/:id/sharing',
  '/assessments',
  '/assessments/:id',
  '/assessments/:id/domains/:id',
  '/assessments/:id/check',
  '/assessments/:id/submitted',
  '/admin/users',
  '/admin/users/:id',
  '/admin/audit',
  '/no-such-page',
];

/** Waits until the page has its h1 and has stopped loading (no "Loading …" message left in it). */
async function settle(page: Page): Promise<string> {
  const h1 = page.locator('main h1').first();
  await h1.waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !/\bLoading\b[^.]*…/.test(document.querySelector('main')?.textContent ?? ''), undefined, { timeout: 15_000 });
  return ((await h1.textContent()) ?? '').trim();
}

interface Overflow {
  readonly documentWidth: number;
  readonly windowWidth: number;
  /** Elements reaching past the screen's edges outside a labelled, focusable scrolling box (the outermost of each). */
  readonly outside: string[];
}

/**
 * Opens every "Show the data as a table" (and any other details), then measures: how wide the document is, and
 * every element that reaches past the screen's edges other than inside a box that scrolls (overflow-x auto or
 * scroll), fits the screen, takes focus (tabindex="0") and is a region with a name; or inside a box that clips it
 * and fits the screen (e.g. NHS.UK's responsive table hiding its header row on a phone).
 */
async function measureOverflow(page: Page): Promise<Overflow> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const width = window.innerWidth;
    const beyond = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && (r.right > width + 0.5 || r.left < -0.5);
    };
    const fits = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.left >= -0.5 && r.right <= width + 0.5;
    };
    const nameOf = (el: Element) =>
      (el.getAttribute('aria-label') ?? '').trim() ||
      (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const allowed = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowX;
        if (overflow === 'visible') continue;
        if (!fits(box)) return false;
        if (overflow === 'hidden' || overflow === 'clip') return true;
        return box.getAttribute('tabindex') === '0' && box.getAttribute('role') === 'region' && nameOf(box) !== '';
      }
      return false;
    };
    const outside: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!beyond(el) || (el.parentElement && beyond(el.parentElement) && !allowed(el.parentElement))) continue;
      if (allowed(el)) continue;
      const r = el.getBoundingClientRect();
      const className = typeof el.className === 'string' ? el.className : '';
      outside.push(`<${el.tagName.toLowerCase()} class="${className}"> from ${Math.round(r.left)} to ${Math.round(r.right)} px: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return {
      documentWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      windowWidth: window.innerWidth,
      outside,
    };
  });
}

/** The smallest rendered font size (px, after the SVG is scaled to the screen) of the text in these charts. */
async function smallestChartText(page: Page, testIds: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const sizes: Record<string, number> = {};
    for (const id of ids) {
      const svg = document.querySelector<SVGSVGElement>(`svg[data-testid="${id}"]`);
      if (!svg) continue;
      const scale = svg.getScreenCTM()?.a ?? 0;
      const texts = Array.from(svg.querySelectorAll('text'));
      sizes[id] = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    }
    return sizes;
  }, testIds);
}

/** Adds an action with a long web address to the demo ICS lead's action plan: long words must wrap on a phone. */
async function addActionWithLongAddress(ids: Ids): Promise<void> {
  const lead = await apiSignIn(demoAccount('ICS_LEAD').email);
  await graphql(
    'mutation ($systemId: ID!, $input: ActionPlanItemInput!) { addAction(systemId: $systemId, input: $input) { id } }',
    {
      systemId: ids.devon,
      input: {
        action: 'Read https://www.england.nhs.uk/long-term-plan/digital-inclusion-framework-for-integrated-care-systems-and-their-partners and share it',
        domainKey: ids.domainKey,
        owner: 'Digital inclusion lead',
      },
    },
    lead,
  );
}

describe('small screens (375 px)', () => {
  let browser: Browser;
  let ids: Ids;
  const checkedForAxe = new Set<string>();

  beforeAll(async () => {
    browser = await launchChromium();
    ids = await demoIds();
    await addActionWithLongAddress(ids);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Visits every route and returns what is wrong, page by page (empty when all is well). */
  async function visitEveryRoute(role: Role | null): Promise<{ problems: string[]; pages: number }> {
    const { context, page, pageErrors } = await openPage(browser, NARROW);
    if (role) await signIn(page, demoAccount(role).email);
    const problems: string[] = [];
    let pages = 0;
    for (const path of routesFor(role, ids)) {
      await page.goto(path);
      const heading = await settle(page);
      const where = `${role ?? 'visitor'} ${path} ("${heading}")`;
      if (heading === '') problems.push(`${where}: the h1 is empty`);
      const { documentWidth, windowWidth, outside } = await measureOverflow(page);
      if (windowWidth !== WIDTH) problems.push(`${where}: the window is ${windowWidth} px wide`);
      if (documentWidth > WIDTH) problems.push(`${where}: the page is ${documentWidth} px wide`);
      for (const element of outside) problems.push(`${where}: ${element}`);
      if (pageErrors.length > 0) problems.push(`${where}: page errors ${pageErrors.splice(0).map((e) => e.message).join('; ')}`);
      // axe once per page (and per kind of page a role sees: a page or the "no permission" page), with the tables open.
      const key = `${path.split('?')[0]} ${heading}`;
      if (!checkedForAxe.has(key)) {
        checkedForAxe.add(key);
        const violations = await accessibilityViolations(page);
        if (violations.length > 0) problems.push(`${where}: axe ${JSON.stringify(violations)}`);
      }
      pages += 1;
    }
    await context.close();
    return { problems, pages };
  }

  it('visits every route of the router', () => {
    const visited = new Set(
      ([null, 'ADMIN', 'NATIONAL', 'COACH', 'ICS_LEAD'] as const)
        .flatMap((role) => routesFor(role, ids))
        .map((path) => path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}|(?<=domains\/)[a-z-]+$/g, ':id')),
    );
    expect([...visited].sort()).toEqual([...ROUTER_PATHS].sort());
  });

  it.each<[string, Role | null]>([
    ['a visitor (signed out)', null],
    ['the admin', 'ADMIN'],
    ['the national viewer', 'NATIONAL'],
    ['the programme coach', 'COACH'],
    ['the ICS lead', 'ICS_LEAD'],
  ])('every page fits the screen for %s', async (_, role) => {
    const { problems, pages } = await visitEveryRoute(role);
    expect(pages).toBe(routesFor(role, ids).length);
    expect(problems).toEqual([]);
  }, 300_000);

  it('the curve, the map, the movement matrix and the chart by region keep labels of at least 12 px, in boxes that scroll sideways', async () => {
    const { context, page, pageErrors } = await openPage(browser, NARROW);
    await signIn(page, demoAccount('NATIONAL').email);
    await page.goto(`/landscape?cycle=${ids.cycle2023}&from=${ids.cycle2021}&to=${ids.cycle2023}`);
    expect(await settle(page)).toBe('National landscape');
    expect(await page.getByTestId('map-tile').count()).toBe(42);
    await page.getByTestId('movement-chart').waitFor();
    expect(pageErrors).toEqual([]);

    await page.getByTestId('region-chart').waitFor();
    const sizes = await smallestChartText(page, ['diffusion-curve', 'tile-map', 'movement-chart', 'region-chart']);
    expect(sizes['diffusion-curve']).toBeGreaterThanOrEqual(12);
    expect(sizes['tile-map']).toBeGreaterThanOrEqual(12);
    expect(sizes['movement-chart']).toBeGreaterThanOrEqual(12);
    expect(sizes['region-chart']).toBeGreaterThanOrEqual(12);
    // Each is in a named region that takes focus, and can be scrolled by keyboard.
    for (const [testId, name] of [
      ['diffusion-curve', 'The diffusion curve, which scrolls sideways'],
      ['tile-map', 'The map, which scrolls sideways'],
      ['movement-chart', 'The movement matrix, which scrolls sideways'],
      ['region-chart', 'The chart by region, which scrolls sideways'],
    ]) {
      const region = page.getByRole('region', { name, exact: true });
      expect(await region.count()).toBe(1);
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.locator(`svg[data-testid="${testId}"]`).count()).toBe(1);
      // It does scroll on a phone, and the keyboard can reach it.
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await region.focus();
      expect(await region.evaluate((el) => document.activeElement === el)).toBe(true);
    }
    // No tall blank band above the landscape table: its heading row is a few lines, not a column of words.
    const headerHeight = await page.getByTestId('landscape-table').locator('thead').evaluate((el) => el.getBoundingClientRect().height);
    expect(headerHeight).toBeLessThan(120);
    await saveScreenshot(page, 'small-screens-landscape');
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('an action with a long web address wraps on the action plan rather than widening it', async () => {
    const { context, page } = await openPage(browser, NARROW);
    await signIn(page, demoAccount('ICS_LEAD').email);
    await page.goto(`/systems/${ids.devon}/action-plan`);
    await settle(page);
    const cell = page.locator('.app-action-text', { hasText: 'digital-inclusion-framework-for-integrated-care-systems' }).first();
    await cell.waitFor();
    expect(await cell.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(WIDTH);
    // Each action is a block of its values, each labelled (no columns squeezed to a few letters), with its "Change"
    // link on the screen rather than off its right edge.
    const row = page.getByTestId('action-row').first();
    expect(await row.locator('.nhsuk-table__heading').allTextContents()).toEqual(expect.arrayContaining(['Action ', 'Domain ', 'Owner ', 'Due ', 'Status ']));
    const change = row.getByRole('link', { name: /^Change/ });
    const box = await change.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTH);
    const actionWidth = await row.locator('.app-action-text').evaluate((el) => el.getBoundingClientRect().width);
    expect(actionWidth).toBeGreaterThan(WIDTH / 2);
    await context.close();
  }, 120_000);
});

/** The sum of the layout shifts not caused by input (Cumulative Layout Shift, as Lighthouse counts it on load). */
async function layoutShiftOnLoad(context: BrowserContext, path: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __layoutShift: number };
    w.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await settle(page);
  await page.waitForTimeout(1000); // late arrivals (a chart drawn after its data) would shift things now
  const shift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
  await page.close();
  return shift;
}

describe('layout shift while pages load', () => {
  let browser: Browser;
  let ids: Ids;
  beforeAll(async () => {
    browser = await launchChromium();
    ids = await demoIds();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A browser signed in (through the form); each measured page is then opened afresh, as a first load. */
  async function signedInContext(role: Role, viewport: { width: number; height: number }): Promise<BrowserContext> {
    const context = await browser.newContext({ baseURL: baseUrl(), viewport });
    const page = await context.newPage();
    await signIn(page, demoAccount(role).email);
    await page.close();
    return context;
  }

  it('stays under 0.1 on the landscape on a phone', async () => {
    const context = await signedInContext('NATIONAL', { width: WIDTH, height: 667 });
    const shift = await layoutShiftOnLoad(context, '/landscape');
    expect(shift).toBeLessThan(0.1);
    await context.close();
  }, 120_000);

  it('stays under 0.1 on the home page and data pages on a desktop screen', async () => {
    const context = await signedInContext('NATIONAL', { width: 1280, height: 800 });
    const shifts: Record<string, number> = {};
    for (const path of ['/', '/landscape', `/systems/${ids.devon}/profile`, `/cohorts/${ids.pioneers}/overview`]) {
      shifts[path] = await layoutShiftOnLoad(context, path);
    }
    const visitor = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 800 } });
    shifts['/ (signed out)'] = await layoutShiftOnLoad(visitor, '/');
    await visitor.close();
    for (const [path, shift] of Object.entries(shifts)) expect({ path, shift: shift < 0.1 ? 'under 0.1' : shift }).toEqual({ path, shift: 'under 0.1' });
    await context.close();
  }, 180_000);
});
