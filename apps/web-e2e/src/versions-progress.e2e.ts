import { CANVAS_V2, DEMO_PASSWORD, PIONEERS_COHORT } from '@idt/domain';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, graphql, makeRoomForPioneersCycle, saveAnswersAsDemoLead } from './support/api';
import { accessibilityViolations, launchChromium, openPage, PHONE, saveScreenshot, scrollsSideways, signIn, tabTo, tabUntil, waitForFocus } from './support/browser';

/**
 * Progress and movement across canvas versions, said on screen (ADR 0026). Set up over the API: canvas v2 published
 * (unless an earlier suite did), a Pioneers cycle on it in which Devon (with results on canvas v1 from the demo's
 * years) answers, is validated, and the cycle is closed and published. Leaves changed: canvas v2 published (if it was
 * not), the Pioneers' open cycles closed, and one more published Pioneers cycle, on v2, with Devon's figures.
 */

const V2_YAML = readFileSync(resolve(__dirname, '../../../packages/domain/data/canvas-v2.yaml'), 'utf8');
const LEAD = demoAccount('ICS_LEAD');
const COACH = demoAccount('COACH');
const ADMIN = demoAccount('ADMIN');
const NATIONAL = demoAccount('NATIONAL');

const heading = (page: Page, name: string, level = 1) => page.getByRole('heading', { level, name, exact: true });
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

type ProfileCycle = { cycle: { id: string; name: string }; comparedAcrossVersions: { fromVersion: number; toVersion: number; summary: string } | null };

/** Canvas v2, published: the one there is, or imported from the shipped file and published as the admin would. */
async function publishedV2(admin: string): Promise<string> {
  const versions = async () =>
    (await graphql<{ canvasFrameworks: { id: string; version: number; status: string }[] }>('{ canvasFrameworks { id version status } }', {}, admin))
      .canvasFrameworks;
  const existing = (await versions()).find((f) => f.version === 2 && f.status === 'PUBLISHED');
  if (existing) return existing.id;
  const { importFrameworkDraft } = await graphql<{ importFrameworkDraft: { id: string } }>(
    'mutation ($d: String!) { importFrameworkDraft(document: $d, format: YAML) { id } }',
    { d: V2_YAML },
    admin,
  );
  await graphql('mutation ($id: ID!) { publishFramework(id: $id, confirm: true) { id } }', { id: importFrameworkDraft.id }, admin);
  return importFrameworkDraft.id;
}

/** Moves an assessment on as `cookie`'s holder, at its current version. */
async function transition(cookie: string, assessmentId: string, move: string) {
  const { assessment } = await graphql<{ assessment: { version: number } }>('query ($id: ID!) { assessment(id: $id) { version } }', { id: assessmentId }, cookie);
  await graphql(
    'mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { status } }',
    { input: { assessmentId, expectedVersion: assessment.version, transition: move, ...(move === 'SUBMIT' ? { declarationConfirmed: true } : {}) } },
    cookie,
  );
}

describe('Progress and movement across canvas versions, said on screen', () => {
  let browser: Browser;
  let devon: string;
  let cycleId: string;
  let cycleName: string;
  let crossing: ProfileCycle;
  let earliestCycleId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const admin = await apiSignIn(ADMIN.email);
    const v2 = await publishedV2(admin);
    const { cohorts } = await graphql<{ cohorts: { id: string; name: string }[] }>('{ cohorts { id name } }', {}, admin);
    const pioneers = cohorts.find((c) => c.name === PIONEERS_COHORT.name)?.id ?? '';
    // A name that sorts after any other cycle opening today, so this cycle is the last on Devon's profile.
    cycleName = `Year on version 2 ${Date.now()}`;
    const until = await makeRoomForPioneersCycle(admin, pioneers, isoDay(0));
    const { openAssessmentCycle } = await graphql<{ openAssessmentCycle: { id: string } }>(
      'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }',
      { input: { name: cycleName, frameworkId: v2, opensOn: isoDay(0), closesOn: until && until < isoDay(60) ? until : isoDay(60), cohortId: pioneers } },
      admin,
    );
    cycleId = openAssessmentCycle.id;

    // Devon's lead answers every v2 criterion and submits; the coach validates; the admin closes and publishes.
    const lead = await apiSignIn(LEAD.email);
    const { myAssessments } = await graphql<{ myAssessments: { id: string; cycle: { id: string }; system: { id: string } }[] }>(
      '{ myAssessments { id cycle { id } system { id } } }',
      {},
      lead,
    );
    const draft = myAssessments.find((a) => a.cycle.id === cycleId);
    if (!draft) throw new Error(`The demo ICS lead has no assessment in ${cycleName}`);
    devon = draft.system.id;
    await saveAnswersAsDemoLead(
      draft.id,
      CANVAS_V2.domains.flatMap((d) => d.criteria).map((c, i) => ({ criterionKey: c.key, selfLevel: (i % 5) + 1, evidence: 'Our evidence.' })),
    );
    await transition(lead, draft.id, 'SUBMIT');
    const coach = await apiSignIn(COACH.email);
    await transition(coach, draft.id, 'START_REVIEW');
    await transition(coach, draft.id, 'VALIDATE');
    await graphql('mutation ($c: ID!) { closeAssessmentCycle(cycleId: $c) { id } }', { c: cycleId }, admin);
    const { publishPreview } = await graphql<{ publishPreview: { outstandingSystemIds: string[] } }>(
      'query ($c: ID!) { publishPreview(cycleId: $c) { outstandingSystemIds } }',
      { c: cycleId },
      admin,
    );
    await graphql(
      'mutation ($c: ID!, $o: [ID!]!) { publishCycle(cycleId: $c, confirmed: true, outstandingSystemIds: $o) { publishedAt } }',
      { c: cycleId, o: publishPreview.outstandingSystemIds },
      admin,
    );

    // What the API says of the change into this cycle: the screen must show the same.
    const national = await apiSignIn(NATIONAL.email);
    const { systemProfile } = await graphql<{ systemProfile: { cycles: ProfileCycle[] } }>(
      'query ($s: ID!) { systemProfile(systemId: $s) { cycles { cycle { id name } comparedAcrossVersions { fromVersion toVersion summary } } } }',
      { s: devon },
      national,
    );
    crossing = systemProfile.cycles.find((c) => c.cycle.id === cycleId) as ProfileCycle;
    earliestCycleId = systemProfile.cycles[0].cycle.id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the API says the change into the v2 cycle crosses from version 1 to version 2', () => {
    expect(crossing.comparedAcrossVersions).toMatchObject({ fromVersion: 1, toVersion: 2, summary: expect.stringMatching(/^Compared with .+ on the \d+ criteria that canvas version 1 and version 2 share/) });
  });

  it('says on the landscape that the movement from a v1 cycle crosses versions, then on Devon’s profile, reached by keyboard', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/sign-in');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    await tabTo(page, 'email');
    await page.keyboard.type(NATIONAL.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, 'What to do next').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1');

    // The landscape of the v2 cycle, with the movement from the demo's first (v1) cycle to it.
    await page.goto(`/landscape?cycle=${cycleId}&from=${earliestCycleId}&to=${cycleId}`);
    await heading(page, 'National landscape').waitFor();
    await heading(page, 'Movement between two cycles', 2).waitFor();
    const movementNote = page.getByTestId('movement-across-versions');
    await movementNote.waitFor();
    const text = (await movementNote.textContent()) ?? '';
    expect(text).toMatch(
      new RegExp(`^Information: This movement crosses canvas versions\\. .+ used canvas version 1 and ${cycleName} used version 2\\. `),
    );
    expect(text).toContain('standing among its peers');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await movementNote.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'versions-progress-movement-1280');

    // From the landscape's table to Devon's profile, by keyboard.
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Devon', { what: 'the link to Devon’s profile', maxTabs: 300 });
    await page.keyboard.press('Enter');
    await heading(page, 'Devon').waitFor();
    await heading(page, 'Progress between cycles', 3).waitFor();
    const note = page.getByTestId('progress-across-versions').filter({ hasText: cycleName });
    await note.waitFor();
    expect(await note.textContent()).toBe(
      `Information: The changes into ${cycleName} cross from canvas version 1 to version 2. ${crossing.comparedAcrossVersions?.summary}`,
    );
    // The trend chart says its scores are each cycle's own, on its version.
    expect(await page.getByTestId('trend-across-versions').textContent()).toContain('did not all use the same version of the canvas');
    // The progress table has this cycle's column.
    expect(await page.getByTestId('progress-table').locator('th', { hasText: cycleName }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await note.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'versions-progress-profile-1280');
    await context.close();
  });

  it('shows Devon’s lead the same on a phone, with nothing scrolling sideways', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, LEAD.email);
    await page.goto(`/systems/${devon}/profile`);
    await heading(page, 'Devon').waitFor();
    const note = page.getByTestId('progress-across-versions').filter({ hasText: cycleName });
    await note.waitFor();
    expect(await note.textContent()).toContain(`cross from canvas version 1 to version 2. ${crossing.comparedAcrossVersions?.summary}`);
    await note.scrollIntoViewIfNeeded();
    expect(await scrollsSideways(page)).toBe(false);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'versions-progress-profile-375');
    await context.close();
  });
});
