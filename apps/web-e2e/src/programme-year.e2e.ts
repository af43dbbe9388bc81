import { addDaysToIsoDate, CANVAS_V2, cycleDateInWords, DEMO_CYCLE_NAME, PIONEERS_COHORT, todayInEngland } from '@idt/domain';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, createAccountWithDemoPassword, demoAccount, graphql } from './support/api';
import { accessibilityViolations, chooseFileByKeyboard, focused, heading, launchChromium, openPage, press, saveScreenshot, signInByKeyboard, tabTo, tabUntil, waitForFocus } from './support/browser';
import { useOwnApp } from './support/own-app';

/**
 * The whole programme year as ONE story, in the order its people live it, on canvas v2, keyboard only, with axe on
 * every page: the admin imports canvas v2 (first a copy with mistakes, then the file as shipped), previews it and
 * publishes it; opens a cycle on it for the Pioneers cohort; the demo lead of Devon completes and submits; the coach
 * validates; the admin closes the cycle; the lead confirms their figures and the lead of another Pioneers ICS
 * queries theirs; the admin publishes; a national viewer sees the published landscape; the audit trail shows each
 * step.
 *
 * It runs on an app of its OWN (support/own-app.ts), with a fresh database and the demo as seeded, whatever other
 * suites did before it; it changes nothing the other suites read. Its tests are steps of one story: each needs the
 * ones before it.
 */

const ADMIN = demoAccount('ADMIN');
const LEAD = demoAccount('ICS_LEAD');
const COACH = demoAccount('COACH');
const NATIONAL = demoAccount('NATIONAL');
const DEVON = LEAD.systemName ?? 'Devon';
/** Another Pioneers ICS, led (in this story) by someone the admin gives an account. */
const OTHER_SYSTEM = 'Surrey Heartlands';
const OTHER_LEAD = { email: 'sam.surrey@idt-canvas.test', name: 'Sam Surrey' };
const QUERY = 'Our skills score looks too low: we trained 40 digital champions this year.';

const V2_YAML = readFileSync(resolve(__dirname, '../../../packages/domain/data/canvas-v2.yaml'), 'utf8');
/** canvas v2 with two mistakes: level 5 of its first criterion removed, and its third criterion given the second's key. */
const V2_WITH_MISTAKES = V2_YAML.replace(/\n {10}5: Needs are reassessed[^\n]*/, '').replace(
  '- key: local-needs.barriers-understood',
  '- key: local-needs.assets-and-gaps',
);
const lineOf = (text: string, starts: string) => text.split('\n').findIndex((line) => line.trimStart().startsWith(starts)) + 1;
/** Where the mistakes are: the first criterion's levels, and the duplicated key (its second occurrence). */
const LEVELS_LINE = lineOf(V2_WITH_MISTAKES, '1: No local needs analysis') - 1;
const DUPLICATE_LINE =
  V2_WITH_MISTAKES.split('\n').findIndex((line, i, lines) => line.includes('- key: local-needs.assets-and-gaps') && lines.slice(0, i).some((l) => l.includes('- key: local-needs.assets-and-gaps'))) + 1;

const DOMAINS = CANVAS_V2.domains;
/** The domain the lead answers by keyboard in this story (the last one); the others were saved earlier (see below). */
const LAST = DOMAINS.length - 1;
const today = todayInEngland(new Date());
const CYCLE_NAME = 'Pioneers 2027 on canvas v2';

/** An h1 whose name ends with `name` (some start with a caption, e.g. "Inclusive Digital Transformation Canvas Version 2"). */
const headingEndingWith = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

/** Replaces what a text box holds, by keyboard. */
async function typeInto(page: Page, id: string, value: string) {
  await tabUntil(page, (f) => f.id === id, { what: `#${id}`, maxTabs: 80 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

/** Types a date into the three boxes of an NHS.UK date input, starting from its day box. */
async function typeDate(page: Page, dayId: string, iso: string) {
  const [year, month, dayOfMonth] = iso.split('-');
  await typeInto(page, dayId, String(Number(dayOfMonth)));
  for (const value of [String(Number(month)), year]) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
}

/** Tabs to a <select> and moves it by arrow keys (down, then up) until the option whose text matches is chosen. */
async function chooseByKeyboard(page: Page, id: string, matches: (text: string) => boolean, what: string) {
  await tabUntil(page, (f) => f.id === id, { what: `#${id}`, maxTabs: 80 });
  const select = page.locator(`#${id}`);
  const chosen = () => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
  const options = await select.locator('option').count();
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < options; i++) {
      if (matches(await chosen())) return;
      await page.keyboard.press(key);
    }
  }
  if (!matches(await chosen())) throw new Error(`${what} is not among #${id}'s options`);
}

/** Whether one of the audit trail's rows holds every one of these words (who, what happened, to what, ICS). */
const hasEvent = (rows: readonly string[], ...words: string[]) => rows.some((row) => words.every((w) => row.includes(w)));

/** The ids the domain page gives one criterion's fields ("local-needs.x" becomes "local-needs--x"). */
const slug = (criterionKey: string) => criterionKey.replace(/[^A-Za-z0-9_-]/g, '--');

interface Assessment {
  id: string;
  version: number;
  cycle: { id: string; name: string };
}

/** A lead's assessment in the story's cycle, over the API. */
async function assessmentIn(cookie: string, cycleName: string): Promise<Assessment> {
  const { myAssessments } = await graphql<{ myAssessments: Assessment[] }>('{ myAssessments { id version cycle { id name } } }', {}, cookie);
  const found = myAssessments.find((a) => a.cycle.name === cycleName);
  if (!found) throw new Error(`No assessment in ${cycleName}`);
  return found;
}

/** Every criterion of these domains answered at `level`, with evidence, over the API (as the lead's own session would save). */
async function saveDomains(cookie: string, assessment: Assessment, domains: typeof DOMAINS, level: number): Promise<number> {
  const { saveAnswers } = await graphql<{ saveAnswers: { version: number } }>(
    'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }',
    {
      input: {
        assessmentId: assessment.id,
        expectedVersion: assessment.version,
        responses: domains.flatMap((d) => d.criteria.map((c) => ({ criterionKey: c.key, selfLevel: level, evidence: `What we do for ${c.key}` }))),
      },
    },
    cookie,
  );
  return saveAnswers.version;
}

async function transition(cookie: string, assessmentId: string, expectedVersion: number, input: Record<string, unknown>): Promise<number> {
  const { transitionAssessment } = await graphql<{ transitionAssessment: { version: number } }>(
    'mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { version } }',
    { input: { assessmentId, expectedVersion, ...input } },
    cookie,
  );
  return transitionAssessment.version;
}

describe('the programme year, on canvas v2, from a new version to a published landscape', () => {
  const app = useOwnApp();
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'programme-year-'));
  const withMistakes = join(folder, 'mistakes', 'canvas-v2.yaml');
  const asShipped = join(folder, 'canvas-v2.yaml');
  let cycleId = '';
  /** Set when a step fails: the steps after it cannot happen, and say so at once instead of tabbing in vain. */
  let failedStep: string | null = null;

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(join(folder, 'mistakes'));
    writeFileSync(withMistakes, V2_WITH_MISTAKES);
    writeFileSync(asShipped, V2_YAML);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** One step of the story: it runs only if every step before it passed. */
  function storyStep(name: string, work: () => Promise<void>, timeoutMs = 300_000) {
    it(
      name,
      async () => {
        if (failedStep) throw new Error(`Not run: an earlier step did not finish (${failedStep})`);
        // Cleared only when the step finishes: a step that fails or runs out of time leaves it set.
        failedStep = name;
        await work();
        failedStep = null;
      },
      timeoutMs,
    );
  }

  /** A fresh browser window (1280 wide) for one person's step; closed after, whatever happens. */
  async function step(work: (page: Page) => Promise<void>) {
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      await work(page);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }
  /** The page rendered without a page error, and axe finds nothing (WCAG 2.2 AA). */
  const noViolations = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);

  storyStep('0. starts from the demo as seeded, on an app of its own', async () => {
    expect(app().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const admin = await apiSignIn(ADMIN.email);
    const { canvasFrameworks, assessmentCycles } = await graphql<{
      canvasFrameworks: { version: number; status: string }[];
      assessmentCycles: { name: string; phase: string }[];
    }>('{ canvasFrameworks { version status } assessmentCycles { name phase } }', {}, admin);
    expect(canvasFrameworks.map((f) => `${f.version} ${f.status}`)).toEqual(['1 PUBLISHED']);
    expect(assessmentCycles.find((c) => c.name === DEMO_CYCLE_NAME)?.phase).toBe('OPEN');
  });

  storyStep('1. the admin imports canvas v2, sees its problems by line and field, fixes them, previews and publishes it', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, ADMIN.email);
      await page.getByTestId('home-admin').waitFor();
      await press(page, 'Canvas versions', { tag: 'a' });
      await headingEndingWith(page, 'Canvas versions').waitFor();
      const list = page.getByTestId('canvas-versions');
      await list.locator('[data-version="1"]').getByText('Published').waitFor();
      await noViolations(page);

      await press(page, 'Import a file');
      await headingEndingWith(page, 'Import a canvas version from a file').waitFor();
      await noViolations(page);
      // The copy with mistakes: every problem with its line and field; nothing is stored.
      await chooseFileByKeyboard(page, 'canvas-file', withMistakes);
      await press(page, 'Import file', { tag: 'button' });
      const summary = page.locator('.nhsuk-error-summary');
      await summary.waitFor();
      await waitForFocus(page, (f) => f.className.includes('nhsuk-error-summary'));
      const problems = (await summary.locator('li').allTextContents()).join('\n');
      expect(problems).toContain(`Line ${LEVELS_LINE}, at domains[0].criteria[0].levels.5`);
      expect(problems).toContain('level 5 has no descriptor');
      expect(problems).toContain(`Line ${DUPLICATE_LINE}, at domains[0].criteria[2].key`);
      expect(problems).toMatch(/Criterion 1\.3 has the same key as criterion 1\.2, "local-needs\.assets-and-gaps": give each criterion its own key/);
      // The duplicate is said once, naming the key the criterion lost; no piece of YAML is shown.
      expect(problems).toContain('if this criterion is that one, give it that key back');
      expect(await summary.locator('li').count()).toBe(2);
      expect(problems).not.toMatch(/replaces: - key|- key:/);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-01-import-problems-1280');
      const admin = await apiSignIn(ADMIN.email);
      const { canvasFrameworks } = await graphql<{ canvasFrameworks: unknown[] }>('{ canvasFrameworks { id } }', {}, admin);
      expect(canvasFrameworks).toHaveLength(1);

      // The file as shipped: a draft, with no problems.
      await chooseFileByKeyboard(page, 'canvas-file', asShipped);
      await press(page, 'Import file', { tag: 'button' });
      await headingEndingWith(page, 'Version 2').waitFor();
      await page.getByTestId('success-notice').getByText('Version 2 imported from canvas-v2.yaml').waitFor();
      await page.getByTestId('no-problems').waitFor();
      expect(await page.getByTestId('crosswalk').locator('tbody tr').count()).toBe(5);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-02-draft-1280');

      // The previews: as the online form a lead will fill in (its task list, then the first domain's page), then as
      // the printed canvas; back to the version from each.
      await press(page, 'Preview version 2 as the online form', { match: 'startsWith' });
      await headingEndingWith(page, 'Complete your self-assessment').waitFor();
      await page.getByText('This is a preview. Nothing you enter is saved.').first().waitFor();
      await noViolations(page);
      await press(page, `1. ${DOMAINS[0].title}`, { tag: 'a', match: 'startsWith' });
      await headingEndingWith(page, DOMAINS[0].title).waitFor();
      await page.getByText(DOMAINS[0].criteria[0].statement, { exact: false }).first().waitFor();
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-02b-preview-form-1280');
      // Back the way a keyboard user goes: from the page's heading (focused on arrival), back to the back link.
      await waitForFocus(page, (f) => f.tag === 'h1');
      await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Back to your assessment', { what: 'the back link', backwards: true, maxTabs: 20 });
      await page.keyboard.press('Enter');
      await headingEndingWith(page, 'Complete your self-assessment').waitFor();
      await press(page, 'Back to the version', { match: 'startsWith' });
      await headingEndingWith(page, 'Version 2').waitFor();
      await press(page, 'Preview version 2 as the printed canvas', { match: 'startsWith' });
      await page.getByRole('heading', { level: 1, name: /Preview/ }).waitFor();
      await page.getByText(DOMAINS[0].criteria[0].statement, { exact: false }).first().waitFor();
      await noViolations(page);
      await press(page, 'Back to the version', { match: 'startsWith' });
      await headingEndingWith(page, 'Version 2').waitFor();

      // Publish, confirming that it is final.
      await press(page, 'Publish version 2');
      await headingEndingWith(page, 'Publish version 2').waitFor();
      await page.getByText('Publishing is final').waitFor();
      await noViolations(page);
      await press(page, 'Yes, publish version 2');
      await headingEndingWith(page, 'Canvas versions').waitFor();
      await page.getByTestId('success-notice').getByText('Version 2 is published.').waitFor();
      await list.locator('[data-version="2"]').getByText('Published').waitFor();
      await list.locator('[data-version="1"]').getByText('Retired').waitFor();
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-04-published-version-1280');
    });
  });

  storyStep('2. the admin closes the demo’s open cycle on its page, then opens a cycle on canvas v2 for the Pioneers', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, ADMIN.email);
      await press(page, 'Cycles', { tag: 'a' });
      await heading(page, 'Assessment cycles').waitFor();
      await page.getByTestId('cycle-row').first().waitFor();
      await noViolations(page);

      // The demo's cycle for every ICS is open, and an ICS answers one open cycle at a time: close it first.
      await press(page, DEMO_CYCLE_NAME, { tag: 'a' });
      await heading(page, DEMO_CYCLE_NAME).waitFor();
      await page.getByTestId('progress-row').first().waitFor();
      await press(page, 'Close this cycle now', { tag: 'a' });
      await heading(page, `Close ${DEMO_CYCLE_NAME} now`).waitFor();
      await noViolations(page);
      await press(page, 'Yes, close it now', { tag: 'button' });
      await heading(page, DEMO_CYCLE_NAME).waitFor();
      await page.getByTestId('success-notice').getByText(`${DEMO_CYCLE_NAME} closed on`, { exact: false }).waitFor();

      // Open the new cycle: canvas version 2, today to 30 days on, the Pioneers.
      await press(page, 'Back to cycles', { tag: 'a' });
      await heading(page, 'Assessment cycles').waitFor();
      await press(page, 'Open a cycle', { tag: 'a' });
      await heading(page, 'Open a cycle').waitFor();
      await page.locator('#cycle-framework option').nth(1).waitFor({ state: 'attached' });
      // Version 1 is retired now that version 2 is published: a new cycle cannot use it, so it is not offered.
      expect(await page.locator('#cycle-framework option').allTextContents()).toEqual([
        'Choose a canvas version',
        'Inclusive Digital Transformation Canvas, version 2',
      ]);
      await noViolations(page);
      await typeInto(page, 'cycle-name', CYCLE_NAME);
      await chooseByKeyboard(page, 'cycle-framework', (t) => /\b2\b/.test(t), 'Canvas version 2');
      await typeDate(page, 'cycle-opens-on', today);
      await typeDate(page, 'cycle-closes-on', addDaysToIsoDate(today, 30));
      await tabUntil(page, (f) => f.id === 'cycle-cohort', { what: 'Every ICS' });
      await page.keyboard.press('ArrowDown'); // "The ICSs of one cohort"
      expect(await page.locator('#cycle-participants-cohort').isChecked()).toBe(true);
      await chooseByKeyboard(page, 'cycle-cohort-choice', (t) => t.startsWith(`${PIONEERS_COHORT.name} (`), PIONEERS_COHORT.name);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-05-open-cycle-1280');
      await press(page, 'Open the cycle', { tag: 'button' });
      await heading(page, CYCLE_NAME).waitFor();
      await page.getByTestId('success-notice').getByText(`${CYCLE_NAME} is open.`, { exact: false }).waitFor();
      await page.getByTestId('progress-row').first().waitFor();
      expect(await page.getByTestId('progress-row').count()).toBe(PIONEERS_COHORT.systemNames.length);
      const facts = (await page.getByTestId('cycle-facts').textContent()) ?? '';
      expect(facts).toContain(`${PIONEERS_COHORT.name} (${PIONEERS_COHORT.systemNames.length} ICSs)`);
      expect(facts).toContain('Canvas versionInclusive Digital Transformation Canvas, version 2');
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-06-cycle-open-1280');
      cycleId = new URL(page.url()).pathname.split('/').pop() ?? '';
      // The list of cycles says which canvas version it uses too.
      await press(page, 'Back to cycles', { tag: 'a' });
      await heading(page, 'Assessment cycles').waitFor();
      const row = page.getByTestId('cycle-row').filter({ hasText: CYCLE_NAME });
      await row.waitFor();
      expect(await row.textContent()).toContain('Inclusive Digital Transformation Canvas, version 2');
      expect(await row.getByTestId('cycle-phase').textContent()).toBe('Open');
    });
    expect(cycleId).not.toBe('');
  });

  storyStep('3. the demo lead of Devon completes the last domain and submits, by keyboard', async () => {
    // Set-up, as an earlier save-and-return session of the lead's (answering every criterion by keyboard would take
    // minutes): the first ten domains are saved over the API; the last domain, check answers and submit are by keyboard.
    const leadCookie = await apiSignIn(LEAD.email);
    const draft = await assessmentIn(leadCookie, CYCLE_NAME);
    await saveDomains(leadCookie, draft, DOMAINS.slice(0, LAST), 3);

    await step(async (page) => {
      await signInByKeyboard(page, LEAD.email);
      await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Your assessment', { backwards: true, what: '"Your assessment"' });
      await page.keyboard.press('Enter');
      await heading(page, 'Your assessments').waitFor();
      await page.getByTestId('current-assessment').filter({ hasText: CYCLE_NAME }).waitFor();
      await noViolations(page);
      await tabUntil(page, (f) => f.tag === 'a' && f.text.includes(`your self-assessment for ${CYCLE_NAME}`), { what: 'the assessment' });
      await page.keyboard.press('Enter');

      // The task list, on canvas v2's eleven domains: ten done, the last to do.
      await heading(page, `${DEVON}: ${CYCLE_NAME} – Complete your self-assessment`).waitFor();
      const statuses = page.getByTestId('task').locator('.nhsuk-task-list__status');
      await statuses.first().waitFor();
      expect((await statuses.allTextContents()).map((t) => t.trim())).toEqual(DOMAINS.map((_, i) => (i < LAST ? 'Completed' : 'Not started')));
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-07-task-list-1280');

      await press(page, `${LAST + 1}. ${DOMAINS[LAST].title}`, { tag: 'a' });
      await page.getByRole('heading', { level: 1, name: new RegExp(`Domain ${LAST + 1} of ${DOMAINS.length}`) }).waitFor();
      expect(await page.getByTestId('criterion').count()).toBe(DOMAINS[LAST].criteria.length);
      await waitForFocus(page, (f) => f.tag === 'h1');
      for (const [c, criterion] of DOMAINS[LAST].criteria.entries()) {
        // Into the (unanswered) radio group: focus lands on "1 – Not started"; ArrowDown moves to the next level.
        await tabUntil(page, (f) => f.name === `${slug(criterion.key)}-level`, { what: `the level of ${criterion.key}` });
        for (let i = 0; i < c + 2; i++) await page.keyboard.press('ArrowDown');
        await tabTo(page, `${slug(criterion.key)}-evidence`);
        await page.keyboard.type(`Evidence for ${criterion.key}: our shared learning log`);
      }
      await page.getByTestId('save-status').getByText(/^Saved at \d\d:\d\d$/).waitFor();
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-08-domain-1280');
      await press(page, 'Save and continue', { tag: 'button' });

      await heading(page, `${DEVON}: ${CYCLE_NAME} – Check your answers before you submit`).waitFor();
      expect(await page.getByTestId('domain-answers').count()).toBe(DOMAINS.length);
      await noViolations(page);
      await tabTo(page, 'declaration', 300);
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Submit assessment' });
      await page.keyboard.press('Enter');
      await heading(page, 'Assessment submitted').waitFor();
      expect(await page.getByTestId('confirmation').textContent()).toContain(`${DEVON}: ${CYCLE_NAME}`);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-09-submitted-1280');
    });
  });

  storyStep('4. the coach validates Devon’s self-assessment, by keyboard', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, COACH.email);
      await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Reviews', { backwards: true, what: '"Reviews"' });
      await page.keyboard.press('Enter');
      await heading(page, 'Assessments to review').waitFor();
      const row = page.getByTestId('review-row').filter({ hasText: CYCLE_NAME });
      await row.waitFor();
      expect(await row.textContent()).toContain(DEVON);
      await noViolations(page);
      await press(page, `Review ${DEVON}`, { tag: 'a' });
      await heading(page, `Review: ${DEVON} – ${CYCLE_NAME}`).waitFor();
      expect(await page.getByTestId('review-domain').count()).toBe(DOMAINS.length);
      await noViolations(page);
      await press(page, 'Start review', { tag: 'button' });
      await page.getByTestId('review-status').getByText('In review').waitFor();
      await press(page, 'Validate', { tag: 'button' });
      await waitForFocus(page, (f) => f.tag === 'h3' && f.text === 'Important: Validate this self-assessment?');
      await noViolations(page);
      await press(page, 'Yes, validate', { tag: 'button' });
      await heading(page, 'Assessments to review').waitFor();
      await page.getByTestId('success-notice').getByText(`You validated ${DEVON}’s self-assessment.`).waitFor();
      await noViolations(page);
    });
  });

  storyStep('5. the admin closes the cycle on its page', async () => {
    // Set-up through the API (another ICS's year, not under test here): the admin gives Surrey Heartlands a lead, who
    // answers and submits; the coach validates it.
    const admin = await apiSignIn(ADMIN.email);
    const { systems } = await graphql<{ systems: { id: string; name: string }[] }>('{ systems { id name } }', {}, admin);
    const surrey = systems.find((s) => s.name === OTHER_SYSTEM);
    if (!surrey) throw new Error(`No ${OTHER_SYSTEM}`);
    const createUser = { id: await createAccountWithDemoPassword(admin, OTHER_LEAD) };
    await graphql('mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }', { input: { userId: createUser.id, role: 'ICS_LEAD', systemId: surrey.id } }, admin);
    const otherLead = await apiSignIn(OTHER_LEAD.email);
    const theirs = await assessmentIn(otherLead, CYCLE_NAME);
    let version = await saveDomains(otherLead, theirs, DOMAINS, 2);
    version = await transition(otherLead, theirs.id, version, { transition: 'SUBMIT', declarationConfirmed: true });
    const coach = await apiSignIn(COACH.email);
    version = await transition(coach, theirs.id, version, { transition: 'START_REVIEW' });
    await transition(coach, theirs.id, version, { transition: 'VALIDATE' });

    await step(async (page) => {
      await signInByKeyboard(page, ADMIN.email);
      await press(page, 'Cycles', { tag: 'a' });
      await heading(page, 'Assessment cycles').waitFor();
      await press(page, CYCLE_NAME, { tag: 'a' });
      await heading(page, CYCLE_NAME).waitFor();
      const validated = page.getByTestId('progress-counts').getByRole('row').filter({ hasText: 'Validated' });
      await validated.waitFor();
      expect(await validated.textContent()).toContain('2');
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-10-cycle-progress-1280');
      await press(page, 'Close this cycle now', { tag: 'a' });
      await heading(page, `Close ${CYCLE_NAME} now`).waitFor();
      await noViolations(page);
      await press(page, 'Yes, close it now', { tag: 'button' });
      await heading(page, CYCLE_NAME).waitFor();
      await page.getByTestId('success-notice').getByText(`${CYCLE_NAME} closed on ${cycleDateInWords(today)}. Its ICS leads have been told.`).waitFor();
      expect(await page.getByTestId('cycle-facts').getByTestId('cycle-phase').textContent()).toBe('Closed: ICSs are checking their figures');
      await noViolations(page);
    });
  });

  storyStep('6. the lead confirms Devon’s figures, by keyboard, from their home', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, LEAD.email);
      await page.getByTestId('figures-to-check').waitFor();
      expect(await page.getByTestId('figures-to-check').textContent()).toContain(`${CYCLE_NAME} has closed`);
      await noViolations(page);
      await press(page, `Check ${DEVON}’s figures for ${CYCLE_NAME}`, { tag: 'a', match: 'startsWith' });
      await heading(page, 'Check your provisional figures').waitFor();
      await page.getByTestId('provisional-figures').waitFor();
      expect(await page.getByTestId('overall-score').textContent()).toMatch(/^\d+ out of 100$/);
      expect(await page.getByTestId('sign-off-state').textContent()).toBe('Not answered');
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-11-figures-1280');
      await tabTo(page, 'answer', 80);
      await page.keyboard.press('Space'); // "Yes, they are right"
      await press(page, 'Send your answer', { tag: 'button' });
      await page.getByTestId('success-notice').getByText(`You confirmed ${DEVON}'s figures.`, { exact: false }).waitFor();
      await page.getByTestId('sign-off-state').getByText(/^Confirmed, on /).waitFor();
      await noViolations(page);
    });
  });

  storyStep('7. the lead of another Pioneers ICS queries theirs, with a comment, by keyboard', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, OTHER_LEAD.email);
      await page.getByTestId('figures-to-check').waitFor();
      await press(page, `Check ${OTHER_SYSTEM}’s figures for ${CYCLE_NAME}`, { tag: 'a', match: 'startsWith' });
      await heading(page, 'Check your provisional figures').waitFor();
      await page.getByTestId('provisional-figures').waitFor();
      await noViolations(page);
      await tabTo(page, 'answer', 80);
      await page.keyboard.press('ArrowDown'); // "Raise a query"
      expect((await focused(page))?.id).toBe('answer-queried');
      await tabTo(page, 'sign-off-comment');
      await page.keyboard.type(QUERY);
      await press(page, 'Send your answer', { tag: 'button' });
      await page.getByTestId('success-notice').getByText(`Your query about ${OTHER_SYSTEM}'s figures was sent`, { exact: false }).waitFor();
      expect(await page.getByTestId('sign-off-state').textContent()).toContain(`Your query: ${QUERY}`);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-12-query-1280');
    });
  });

  storyStep('8. the admin sees who confirmed and who queried, and publishes (with a confirmation)', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, ADMIN.email);
      await press(page, `Sign-off and publishing of ${CYCLE_NAME}`, { tag: 'a', match: 'startsWith' });
      await heading(page, `Sign-off and publishing: ${CYCLE_NAME}`).waitFor();
      await page.getByTestId('sign-off-row').first().waitFor();
      const rows = await page.getByTestId('sign-off-row').allTextContents();
      expect(rows.find((r) => r.includes(DEVON))).toContain('Confirmed');
      expect(rows.find((r) => r.includes(OTHER_SYSTEM))).toContain('Queried');
      expect(rows.find((r) => r.includes(OTHER_SYSTEM))).toContain(QUERY);
      expect(await page.getByTestId('sign-off-counts').textContent()).toContain('1 confirmed, 1 queried');
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-13-sign-off-1280');

      await press(page, `Publish ${CYCLE_NAME}`, { tag: 'a' });
      await heading(page, `Publish ${CYCLE_NAME}`).waitFor();
      const statements = (await page.getByTestId('publish-statements').textContent()) ?? '';
      expect(statements).toContain(`1 ICS queried their figures: ${OTHER_SYSTEM}.`);
      expect(statements).toContain('cannot be undone');
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-14-publish-1280');
      await tabTo(page, 'publish-confirmed', 80);
      await page.keyboard.press('Space');
      await press(page, 'Publish the landscape', { tag: 'button' });
      await heading(page, `Sign-off and publishing: ${CYCLE_NAME}`).waitFor();
      await page.getByTestId('success-notice').getByText(`${CYCLE_NAME} is published.`, { exact: false }).waitFor();
      await page.getByTestId('sign-off-phase').getByText('Published.').waitFor();
      await noViolations(page);
    });
  });

  storyStep('9. a national viewer sees the published landscape of the cycle, by keyboard from their home', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, NATIONAL.email);
      await page.getByTestId('home-national').waitFor();
      await noViolations(page);
      await press(page, `See the whole landscape for ${CYCLE_NAME}`, { tag: 'a' });
      await heading(page, 'National landscape').waitFor();
      await page.getByTestId('landscape-cycle').getByText(CYCLE_NAME).waitFor();
      await page.getByTestId('landscape-row').first().waitFor();
      const rows = await page.getByTestId('landscape-row').allTextContents();
      // The two Pioneers with figures (the others never submitted), named: a national viewer sees every name.
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.includes(DEVON))).toMatch(/Early majority/);
      expect(rows.find((r) => r.includes(OTHER_SYSTEM))).toMatch(/Late majority/);
      expect(await page.getByTestId('provisional-tag').count()).toBe(0);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-15-landscape-1280');
    });
  });

  storyStep('10. the audit trail shows each step, by keyboard', async () => {
    await step(async (page) => {
      await signInByKeyboard(page, ADMIN.email);
      await press(page, 'Read the audit trail', { tag: 'a' });
      await heading(page, 'Audit trail').waitFor();
      const rows = page.getByTestId('audit-row');
      await rows.first().waitFor();
      await noViolations(page);
      // Newest first: the year's last steps are on the first page. (A sign-off says which answer, and its ICS.)
      const latest = await rows.allTextContents();
      expect(hasEvent(latest, ADMIN.name, "Published a cycle's landscape", `Assessment cycle: ${CYCLE_NAME}`)).toBe(true);
      expect(hasEvent(latest, LEAD.name, `Confirmed ${DEVON}’s provisional figures`, CYCLE_NAME)).toBe(true);
      expect(hasEvent(latest, OTHER_LEAD.name, `Queried ${OTHER_SYSTEM}’s provisional figures`, CYCLE_NAME, `ICS ${OTHER_SYSTEM}`)).toBe(true);
      expect(hasEvent(latest, ADMIN.name, 'Closed an assessment cycle', `Assessment cycle: ${CYCLE_NAME}`)).toBe(true);
      await saveScreenshot(page, 'programme-year-16-audit-1280');

      // Devon's own steps: the ICS filter.
      const applied = async (param: string) => {
        await press(page, 'Apply filters', { tag: 'button' });
        await page.waitForURL((url) => url.searchParams.has(param));
        await page.getByTestId('audit-summary').getByText('matching events', { exact: false }).waitFor();
        await rows.first().waitFor();
        return rows.allTextContents();
      };
      await waitForFocus(page, (f) => f.tag === 'h1').catch(() => undefined);
      await chooseByKeyboard(page, 'audit-ics', (t) => t === DEVON, DEVON);
      const devon = await applied('ics');
      expect(hasEvent(devon, LEAD.name, 'Changed an answer in an assessment', CYCLE_NAME, DEVON)).toBe(true);
      expect(hasEvent(devon, LEAD.name, 'Submitted an assessment', CYCLE_NAME, DEVON)).toBe(true);
      expect(hasEvent(devon, COACH.name, 'Validated an assessment', CYCLE_NAME, DEVON)).toBe(true);
      expect(hasEvent(devon, LEAD.name, `Confirmed ${DEVON}’s provisional figures`, `Assessment cycle: ${CYCLE_NAME}`)).toBe(true);
      expect(hasEvent(devon, `Assessment: ${DEVON}’s assessment for ${CYCLE_NAME}`)).toBe(true);
      expect(devon.every((r) => r.includes(DEVON))).toBe(true);
      await noViolations(page);

      // The admin's own steps, from the start of the year: the person filter (every ICS again).
      await chooseByKeyboard(page, 'audit-person', (t) => t === ADMIN.name, ADMIN.name);
      await chooseByKeyboard(page, 'audit-ics', (t) => t === 'Every ICS', 'Every ICS');
      const admins = await applied('person');
      expect(hasEvent(admins, 'Saved a new version of the canvas (draft)', 'Canvas version: Inclusive Digital Transformation Canvas, version 2')).toBe(true);
      expect(hasEvent(admins, 'Published a version of the canvas', 'Canvas version: Inclusive Digital Transformation Canvas, version 2')).toBe(true);
      expect(hasEvent(admins, 'Closed an assessment cycle', `Assessment cycle: ${DEMO_CYCLE_NAME}`)).toBe(true);
      expect(hasEvent(admins, 'Opened an assessment cycle', `Assessment cycle: ${CYCLE_NAME}`)).toBe(true);
      expect(hasEvent(admins, 'Closed an assessment cycle', `Assessment cycle: ${CYCLE_NAME}`)).toBe(true);
      expect(hasEvent(admins, "Published a cycle's landscape", `Assessment cycle: ${CYCLE_NAME}`)).toBe(true);
      expect(admins.every((r) => r.includes(ADMIN.name))).toBe(true);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-17-audit-admin-1280');
    });
  });

  storyStep("11. the national viewer reads the cycle in NHS England's framework (the crosswalk view), by keyboard", async () => {
    await step(async (page) => {
      await signInByKeyboard(page, NATIONAL.email);
      await press(page, `See the whole landscape for ${CYCLE_NAME}`, { tag: 'a' });
      await heading(page, 'National landscape').waitFor();
      await page.getByTestId('landscape-cycle').getByText(CYCLE_NAME).waitFor();
      // The link keeps the cycle being looked at.
      await press(page, "Every ICS in NHS England's framework", { tag: 'a', match: 'startsWith' });
      await heading(page, "The landscape in NHS England's framework").waitFor();
      const picker = page.locator('#crosswalk-cycle');
      expect(await picker.locator('option:checked').textContent()).toContain(CYCLE_NAME);
      // The nation's five domains, and each of the two ICSs with figures, named, in the five domains.
      const nation = page.getByTestId('crosswalk-nation-table');
      await nation.waitFor();
      const domains = await nation.locator('tbody tr th').allTextContents();
      expect(domains).toEqual([
        expect.stringMatching(/^Access to devices and data/),
        expect.stringMatching(/^Accessibility and ease of use/),
        expect.stringMatching(/^Skills and capability/),
        expect.stringMatching(/^Beliefs and trust/),
        expect.stringMatching(/^Leadership and partnerships/),
      ]);
      const rows = await page.getByTestId('crosswalk-row').allTextContents();
      expect(rows).toHaveLength(2);
      expect(rows.some((r) => r.includes(DEVON))).toBe(true);
      expect(rows.some((r) => r.includes(OTHER_SYSTEM))).toBe(true);
      await noViolations(page);
      await saveScreenshot(page, 'programme-year-18-crosswalk-1280');
    });
  });
});
