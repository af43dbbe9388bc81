import { CANVAS_V1, DEMO_HISTORY_CYCLES } from '@idt/domain';
import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, freshDraftForDemoLead, graphql, saveAnswersAsDemoLead } from './support/api';
import { accessibilityViolations, heading, launchChromium, openPage, PHONE, saveScreenshot, scrollsSideways, signIn } from './support/browser';

const [BASELINE_2021, CYCLE_2022, CYCLE_2023] = DEMO_HISTORY_CYCLES.map((c) => c.name);
const LEAD = demoAccount('ICS_LEAD');
const NATIONAL = demoAccount('NATIONAL');
const selectedText = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');

/** Nothing on the page is wider than the screen: it never scrolls sideways. */

interface ProfileCycle {
  cycle: { id: string; name: string };
  published: boolean;
  peers: { groupName: string; figures: { domainKey: string; withheld: boolean; median: number | null }[] }[];
}

async function cyclesByName(cookie: string): Promise<Record<string, string>> {
  const { assessmentCycles } = await graphql<{ assessmentCycles: { id: string; name: string }[] }>('{ assessmentCycles { id name } }', {}, cookie);
  return Object.fromEntries(assessmentCycles.map((c) => [c.name, c.id]));
}

/** The first row of the peer table (overall): its median as the page shows it. */
const overallMedian = async (page: Page) => (await page.getByTestId('peer-table').locator('tbody tr').first().locator('td').nth(2).textContent())?.trim();

describe('The ICS profile and the landscape, read by real people', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("compares the lead's ICS in its latest published cycle by default, with real peer figures, and keeps a picked cycle in the address", async () => {
    // Devon's latest cycle is provisional: a fresh cycle, answered and submitted by its lead.
    const { id, cycleName: provisional } = await freshDraftForDemoLead('Profile cycle');
    await saveAnswersAsDemoLead(
      id,
      CANVAS_V1.domains.flatMap((d) => d.criteria).map((c) => ({ criterionKey: c.key, selfLevel: 3, evidence: 'Our evidence.' })),
    );
    const cookie = await apiSignIn(LEAD.email);
    const { assessment } = await graphql<{ assessment: { version: number } }>('query ($id: ID!) { assessment(id: $id) { version } }', { id }, cookie);
    await graphql(
      'mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { status } }',
      { input: { assessmentId: id, expectedVersion: assessment.version, transition: 'SUBMIT', declarationConfirmed: true } },
      cookie,
    );
    const { me } = await graphql<{ me: { roleGrants: { system: { id: string; name: string } | null }[] } }>('{ me { roleGrants { system { id name } } } }', {}, cookie);
    const devon = me.roleGrants.find((g) => g.system?.name === 'Devon')?.system?.id ?? '';
    const { systemProfile } = await graphql<{ systemProfile: { cycles: ProfileCycle[] } }>(
      'query ($s: ID!) { systemProfile(systemId: $s) { cycles { cycle { id name } published peers { groupName figures { domainKey withheld median } } } } }',
      { s: devon },
      cookie,
    );
    // The latest is provisional: this one, or another test's fresh cycle of the same day.
    expect(systemProfile.cycles[systemProfile.cycles.length - 1]).toMatchObject({ published: false });
    const latest = systemProfile.cycles.find((c) => c.cycle.name === provisional);
    expect(latest).toMatchObject({ cycle: { name: provisional }, published: false });
    const latestPublished = [...systemProfile.cycles].reverse().find((c) => c.published);
    expect(latestPublished?.cycle.name).toBe(CYCLE_2023);
    const medianIn = (name: string) => systemProfile.cycles.find((c) => c.cycle.name === name)?.peers[0].figures[0].median?.toFixed(1);

    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, LEAD.email);
    await page.goto(`/systems/${devon}/profile`);
    await heading(page, 'Devon').waitFor();
    await page.getByTestId('peer-bars').waitFor();

    // The latest published cycle, with every figure shown; the latest (provisional) one is still there to pick.
    expect(await selectedText(page, 'Assessment cycle')).toBe(CYCLE_2023);
    const options = await page.getByLabel('Assessment cycle', { exact: true }).locator('option').allTextContents();
    expect(options).toContain(`${provisional} (provisional)`);
    expect(options.indexOf(CYCLE_2023)).toBeGreaterThan(options.indexOf(`${provisional} (provisional)`));
    expect(await page.getByTestId('peer-table').getByText('Withheld', { exact: true }).count()).toBe(0);
    expect(await overallMedian(page)).toBe(medianIn(CYCLE_2023));
    expect(await page.getByTestId('peer-table').locator('caption').textContent()).toBe('Devon against All ICSs');
    // Peers to learn from: no entry without a peer, and "your" to the ICS's own lead.
    const matches = await page.getByTestId('peer-matches').locator('li').allTextContents();
    for (const text of matches) {
      expect(text.trim().endsWith(':')).toBe(false);
      expect(text).toContain('(your score ');
    }
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'profile-lead-1280');

    // Another cycle: the address says which, and the figures are that cycle's.
    await page.getByLabel('Assessment cycle', { exact: true }).selectOption({ label: CYCLE_2022 });
    await page.waitForURL((url) => url.searchParams.get('cycle') !== null);
    const cycles = await cyclesByName(cookie);
    expect(new URL(page.url()).searchParams.get('cycle')).toBe(cycles[CYCLE_2022]);
    await page.waitForFunction((median) => document.querySelector('[data-testid="peer-table"] tbody tr td:nth-of-type(3)')?.textContent?.trim() === median, medianIn(CYCLE_2022));
    expect(medianIn(CYCLE_2022)).not.toBe(medianIn(CYCLE_2023));

    // The provisional cycle: peer figures withheld from a lead, and said so.
    await page.getByLabel('Assessment cycle', { exact: true }).selectOption({ label: `${provisional} (provisional)` });
    await page.getByTestId('peer-table').getByText('Withheld', { exact: true }).first().waitFor({ state: 'attached' });
    expect(new URL(page.url()).searchParams.get('cycle')).toBe(latest?.cycle.id);

    // A reload (or a shared link) keeps the cycle picked.
    await page.goto(`/systems/${devon}/profile?cycle=${cycles[BASELINE_2021]}`);
    await page.getByTestId('peer-bars').waitFor();
    expect(await selectedText(page, 'Assessment cycle')).toBe(BASELINE_2021);
    expect(await overallMedian(page)).toBe(medianIn(BASELINE_2021));
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();

    // At phone size: the same page, nothing scrolling sideways.
    const phone = await openPage(browser, PHONE);
    await signIn(phone.page, LEAD.email);
    await phone.page.goto(`/systems/${devon}/profile`);
    await phone.page.getByTestId('peer-bars').waitFor();
    expect(await scrollsSideways(phone.page)).toBe(false);
    await saveScreenshot(phone.page, 'profile-lead-375');
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  }, 300_000);

  it('shows the national viewer all 11 domains at desktop width and keeps the sort in the address', async () => {
    const cookie = await apiSignIn(NATIONAL.email);
    const cycles = await cyclesByName(cookie);
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, NATIONAL.email);
    await page.goto(`/landscape?cycle=${cycles[CYCLE_2023]}`);
    await heading(page, 'National landscape').waitFor();
    await page.getByTestId('landscape-row').first().waitFor();
    expect(await page.getByTestId('landscape-row').count()).toBe(42);

    // All eleven domain columns within the window, and the table not scrolling sideways: each heading short, its
    // full name in the heading's accessible name and in the key above the table.
    const table = page.getByTestId('landscape-table');
    const region = await table.evaluate((el) => el.parentElement?.getBoundingClientRect().toJSON() as { left: number; right: number });
    expect(region.right).toBeLessThanOrEqual(1280);
    const domains = [...CANVAS_V1.domains].sort((a, b) => a.number - b.number);
    expect(domains).toHaveLength(11);
    for (const d of domains) {
      const button = table.getByRole('button', { name: `${d.number}. ${d.title}`, exact: true });
      const box = await button.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(region.left);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(region.right);
      expect(await button.isVisible()).toBe(true);
      expect(await page.getByTestId('domain-key').getByText(d.title, { exact: true }).count()).toBe(1);
    }
    // Every cell within the table's region too, with no need to scroll it (the NHS.UK table's 2px edge aside).
    expect(await table.evaluate((el) => (el.parentElement?.scrollWidth ?? 0) - (el.parentElement?.clientWidth ?? 0))).toBeLessThanOrEqual(4);
    expect(await scrollsSideways(page)).toBe(false);

    // Sort by domain 3, lowest first: the address keeps it, and a reload restores it.
    const third = domains[2];
    const sortButton = table.getByRole('button', { name: `${third.number}. ${third.title}`, exact: true });
    await sortButton.click();
    await sortButton.click();
    await page.waitForURL((url) => url.searchParams.get('dir') === 'asc');
    expect(new URL(page.url()).searchParams.get('sort')).toBe(`domain:${third.key}`);
    await page.reload();
    await page.getByTestId('landscape-row').first().waitFor();
    const header = page.getByTestId('landscape-table').locator('th', { has: page.getByRole('button', { name: `${third.number}. ${third.title}`, exact: true }) });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const column = 5 + third.number - 1;
    const scores = (await page.getByTestId('landscape-row').evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), column))
      .map((t) => Number.parseFloat(t))
      .filter((n) => !Number.isNaN(n));
    expect(scores.length).toBeGreaterThan(30);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'landscape-national-1280');
    await context.close();
  }, 300_000);

  it('refuses the national viewer a reversed movement with an error message, and lists which ICSs moved, with a CSV', async () => {
    const cookie = await apiSignIn(NATIONAL.email);
    const cycles = await cyclesByName(cookie);
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, NATIONAL.email);
    await page.goto(`/landscape?cycle=${cycles[CYCLE_2023]}`);
    await heading(page, 'National landscape').waitFor();
    await page.getByTestId('landscape-row').first().waitFor();

    // Movement: a "from" after the "to" is refused, with the problem beside the field and nothing shown.
    const movement = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Movement between two cycles' }) });
    // (Each choice goes into the address before the next, as it does for a person.)
    const choose = async (label: 'From' | 'To', cycleName: string) => {
      await movement.getByLabel(label, { exact: true }).selectOption({ label: cycleName });
      await page.waitForURL((url) => url.searchParams.get(label.toLowerCase()) === cycles[cycleName]);
    };
    await choose('From', CYCLE_2023);
    await choose('To', BASELINE_2021);
    const error = movement.getByTestId('movement-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(`Error: Choose a "from" cycle that comes before ${BASELINE_2021}: ${CYCLE_2023} comes after it`);
    expect(await movement.getByLabel('From', { exact: true }).getAttribute('aria-describedby')).toBe('movement-from-error');
    expect(await movement.getByTestId('movement-chart').count()).toBe(0);
    expect(await movement.getByTestId('who-moved').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // From 2021 to 2023: every ICS that was placed in both, by name, with its move.
    await choose('From', BASELINE_2021);
    await choose('To', CYCLE_2023);
    await movement.getByTestId('who-moved-row').first().waitFor();
    await error.waitFor({ state: 'detached' });
    expect(await movement.getByTestId('who-moved-row').count()).toBe(42);
    const { movement: moved } = await graphql<{ movement: { moves: { name: string; regionName: string; from: string; to: string }[] } }>(
      'query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t) { moves { name regionName from to } } }',
      { f: cycles[BASELINE_2021], t: cycles[CYCLE_2023] },
      cookie,
    );
    const southWest = moved.moves.filter((m) => m.regionName === 'South West');
    await movement.getByLabel('Region', { exact: true }).selectOption({ label: 'South West' });
    await movement.getByTestId('who-moved-count').getByText(`Showing ${southWest.length} of 42 ICSs.`).waitFor();
    const rows = await movement.getByTestId('who-moved-row').allTextContents();
    expect(rows).toHaveLength(southWest.length);
    expect(rows.every((r) => r.includes('South West'))).toBe(true);
    expect(await movement.getByTestId('moved-by-region').locator('tbody tr').count()).toBe(7);
    const [csv] = await Promise.all([page.waitForEvent('download'), movement.getByRole('button', { name: 'Download CSV of the ICSs that moved' }).click()]);
    const lines = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(southWest.length + 1);
    expect(lines[0]).toContain('ICS,Region,Cohorts');
    for (const m of southWest) expect(lines.some((l) => l.includes(m.name) && l.includes('South West'))).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The movement chart as SVG: its title, cycles, method, legend and the illustrative stamp; the side label whole.
    const [movementSvg] = await Promise.all([page.waitForEvent('download'), movement.getByRole('button', { name: 'Download SVG of the movement matrix' }).click()]);
    const movementFile = readFileSync(await movementSvg.path(), 'utf8');
    expect(movementFile).toContain(`<title>Movement between adopter categories from ${BASELINE_2021} to ${CYCLE_2023}</title>`);
    expect(movementFile).toContain('ILLUSTRATIVE DATA');
    expect(movementFile).toContain(`In ${BASELINE_2021}`);
    expect(movementFile).toContain('Method: Rogers');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 300_000);

  it('downloads the curve as an SVG that stands on its own and as a real PNG; the landscape fits a phone', async () => {
    const cookie = await apiSignIn(NATIONAL.email);
    const cycles = await cyclesByName(cookie);
    const third = [...CANVAS_V1.domains].sort((a, b) => a.number - b.number)[2];
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, NATIONAL.email);
    await page.goto(`/landscape?cycle=${cycles[CYCLE_2023]}`);
    await heading(page, 'National landscape').waitFor();
    await page.getByTestId('landscape-row').first().waitFor();

    // The curve as SVG and as PNG: the PNG is a real PNG, twice the SVG's size.
    const curve = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'The diffusion curve' }) });
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), curve.getByRole('button', { name: 'Download SVG of the diffusion curve' }).click()]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg).toContain(`<title>ICSs on the diffusion curve, ${CYCLE_2023}</title>`);
    expect(svg).toContain(`Cycle: ${CYCLE_2023}`);
    expect(svg).toContain('ILLUSTRATIVE DATA');
    expect(svg).toContain('>South West</text>');
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), curve.getByRole('button', { name: 'Download PNG of the diffusion curve' }).click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync(await pngDownload.path());
    // Decoded in the browser, as a person's image viewer would: the signature, then the IHDR chunk's width and height.
    const decoded = await page.evaluate(async (bytes: number[]) => {
      const data = new Uint8Array(bytes);
      const view = new DataView(data.buffer);
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      return {
        signature: Array.from(data.slice(0, 8)),
        chunk: String.fromCharCode(...data.slice(12, 16)),
        width: view.getUint32(16),
        height: view.getUint32(20),
        decodedWidth: bitmap.width,
        decodedHeight: bitmap.height,
      };
    }, Array.from(png));
    expect(decoded.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(decoded.chunk).toBe('IHDR');
    expect(decoded).toMatchObject({ width: Number(width) * 2, height: Number(height) * 2, decodedWidth: Number(width) * 2, decodedHeight: Number(height) * 2 });
    expect(pageErrors).toEqual([]);
    await context.close();

    // At phone size: the landscape does not scroll sideways (the wide table scrolls in its own region).
    const phone = await openPage(browser, PHONE);
    await signIn(phone.page, NATIONAL.email);
    await phone.page.goto(`/landscape?cycle=${cycles[CYCLE_2023]}&sort=domain:${third.key}&dir=asc`);
    await phone.page.getByTestId('landscape-row').first().waitFor();
    expect(await scrollsSideways(phone.page)).toBe(false);
    await saveScreenshot(phone.page, 'landscape-national-375');
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  }, 300_000);

  it("words peers to learn from for a national viewer: the ICS's name, not \"your\"", async () => {
    const cookie = await apiSignIn(NATIONAL.email);
    const cycles = await cyclesByName(cookie);
    const { landscape } = await graphql<{ landscape: { entries: { systemId: string; name: string; category: string | null }[] } }>(
      'query ($c: ID!) { landscape(cycleId: $c) { entries { systemId name category } } }',
      { c: cycles[CYCLE_2023] },
      cookie,
    );
    const laggard = landscape.entries.find((e) => e.category === 'LAGGARDS');
    const frimley = landscape.entries.find((e) => e.name === 'Frimley');
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, NATIONAL.email);
    for (const system of [laggard, frimley]) {
      await page.goto(`/systems/${system?.systemId}/profile`);
      await heading(page, system?.name ?? '').waitFor();
      await page.getByRole('heading', { level: 2, name: 'Peers to learn from' }).waitFor();
      const items = await page.getByTestId('peer-matches').locator('li').allTextContents();
      if (system === laggard) expect(items.length).toBeGreaterThan(0);
      for (const text of items) {
        expect(text).toContain(`(${system?.name}'s score `);
        expect(text).not.toContain('your score');
        expect(text.trim().endsWith(':')).toBe(false);
      }
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
