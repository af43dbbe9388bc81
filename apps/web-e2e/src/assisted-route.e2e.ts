import { CANVAS_V1, PIONEERS_COHORT } from '@idt/domain';
import { Browser } from 'playwright-core';
import { apiSignIn, demoAccount, freshDraftForDemoLead, graphql, saveAnswersAsDemoLead } from './support/api';
import { accessibilityViolations, heading, launchChromium, openPage, PHONE, saveScreenshot, scrollsSideways, signIn } from './support/browser';

const COACH = demoAccount('COACH');
const LEAD = demoAccount('ICS_LEAD');
/** The demo lead's ICS, a Pioneer. */
const ICS = LEAD.systemName as string;
const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
/** "6 December 2026 at 09:14", as every page says a time. */
const WHEN = String.raw`\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d`;

// Each test walks several pages, each checked with axe: more than the default minute on a busy machine.
jest.setTimeout(180_000);


/** The page fits the screen: nothing scrolls sideways. */

/**
 * The assisted route seen from both sides: a coach starts recording a Pioneer's draft that its lead has begun, and
 * the lead is told and sees who is recording it and since when; the coach submits it and the confirmation speaks to
 * the coach; the lead is told of that too.
 */
describe('the assisted route, seen by the coach and by the ICS lead', () => {
  let browser: Browser;
  let draft: { id: string; cycleName: string };
  let cohortId: string;
  let cycleId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    // A cycle of its own for the Pioneers, so that no other suite's journey is touched; the lead has begun its draft.
    draft = await freshDraftForDemoLead('Assisted route');
    await saveAnswersAsDemoLead(draft.id, [{ criterionKey: KEYS[0], selfLevel: 2, evidence: 'Our first thoughts, not agreed yet.' }]);
    const coach = await apiSignIn(COACH.email);
    const { cohorts } = await graphql<{ cohorts: { id: string; name: string }[] }>('{ cohorts { id name } }', {}, coach);
    cohortId = cohorts.find((c) => c.name === PIONEERS_COHORT.name)?.id as string;
    const { cohortOverview } = await graphql<{ cohortOverview: { cycles: { id: string; name: string }[] } }>(
      'query ($id: ID!) { cohortOverview(cohortId: $id) { cycles { id name } } }',
      { id: cohortId },
      coach,
    );
    cycleId = cohortOverview.cycles.find((c) => c.name === draft.cycleName)?.id as string;
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the coach starts recording the lead’s draft and is told the ICS leads will know', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, COACH.email);
    await page.goto(`/cohorts/${cohortId}/overview?cycle=${cycleId}`);
    await heading(page, `Cohort view: ${PIONEERS_COHORT.name}`, false).waitFor();
    await page.getByText('its ICS leads are told at once').waitFor();
    const start = page.getByRole('button', { name: `Record on behalf of ${ICS}` });
    await start.focus();
    await page.keyboard.press('Enter');

    await page.waitForURL(new RegExp(`/assessments/${draft.id}$`));
    await page.getByTestId('task-list').waitFor();
    expect(await page.locator('main h1').textContent()).toContain(`Complete ${ICS}’s self-assessment`);
    const marking = await page.getByTestId('recorded-on-behalf').textContent();
    expect(marking).toMatch(new RegExp(`^Information: ${COACH.name} \\(programme coach\\) has been recording ${ICS}’s assessment on its behalf since ${WHEN}\\.`));
    expect(marking).toContain('Its ICS leads were told when the recording started');
    await page.getByText(`Check ${ICS}’s answers and submit`).waitFor();
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assisted-route-coach-task-list');

    // A domain page asks about the ICS, not about the coach.
    await page.getByRole('link', { name: new RegExp(`^1\\. ${CANVAS_V1.domains[0].title}`) }).click();
    await page.getByTestId('criterion').first().waitFor();
    expect(await page.getByText(`Where is ${ICS} now?`).count()).toBe(CANVAS_V1.domains[0].criteria.length);
    expect(await page.getByText('Where are you now?').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assisted-route-coach-domain');

    // The cohort view says who is recording it, and since when.
    await page.goto(`/cohorts/${cohortId}/overview?cycle=${cycleId}`);
    const row = page.locator(`[data-testid="status-row"][data-system="${ICS}"]`);
    expect(await row.getByTestId('recorded-on-behalf').textContent()).toMatch(
      new RegExp(`^${COACH.name} \\(programme coach\\) has been recording ${ICS}’s assessment on its behalf since ${WHEN}\\.$`),
    );
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('the lead is told in the app, and sees who is recording the assessment and since when', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, LEAD.email);
    await page.goto('/notifications');
    await heading(page, 'Notifications', false).waitFor();
    const started = page
      .getByTestId('notification')
      .filter({ hasText: `${COACH.name}, your programme coach, started recording ${ICS}'s self-assessment for ${draft.cycleName} on its behalf` });
    await started.waitFor();
    expect(await started.textContent()).toContain('can now see and change its draft answers');
    expect(await started.getByText('New', { exact: true }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assisted-route-lead-notifications');

    // "Your assessments": the card of this cycle says it too.
    await page.goto('/assessments');
    await heading(page, 'Your assessments', false).waitFor();
    const card = page.getByTestId('current-assessment').filter({ hasText: draft.cycleName });
    expect(await card.getByTestId('recorded-on-behalf').textContent()).toMatch(
      new RegExp(`^${COACH.name} \\(programme coach\\) has been recording this assessment on your behalf since ${WHEN}\\.$`),
    );
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The notification leads to the assessment, which says so where the lead starts reading.
    await page.goto('/notifications');
    await started.getByRole('link').click();
    await page.waitForURL(new RegExp(`/assessments/${draft.id}$`));
    await page.getByTestId('task-list').waitFor();
    expect(await page.locator('main h1').textContent()).toContain('Complete your self-assessment');
    expect(await page.getByTestId('recorded-on-behalf').textContent()).toMatch(
      new RegExp(`${COACH.name} \\(programme coach\\) has been recording this assessment on your behalf since ${WHEN}\\. They can see and change its answers, and so can you\\.`),
    );
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assisted-route-lead-task-list');
    await context.close();
  });

  it('the coach submits on the ICS’s behalf, and the confirmation speaks to the coach', async () => {
    // The rest of the canvas, answered for the ICS over the API: the pages under test are check answers and after.
    const coach = await apiSignIn(COACH.email);
    const { assessment } = await graphql<{ assessment: { version: number } }>('query ($id: ID!) { assessment(id: $id) { version } }', { id: draft.id }, coach);
    await graphql(
      'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }',
      { input: { assessmentId: draft.id, expectedVersion: assessment.version, responses: KEYS.map((criterionKey) => ({ criterionKey, selfLevel: 3, evidence: 'Told us on a call.' })) } },
      coach,
    );

    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, COACH.email);
    await page.goto(`/assessments/${draft.id}`);
    await page.getByRole('link', { name: `Check ${ICS}’s answers and submit` }).click();
    await heading(page, `Check ${ICS}’s answers before you submit`, false).waitFor();
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel(`I confirm that these answers are accurate and have been agreed by ${ICS}`).check();
    await page.getByRole('button', { name: 'Submit assessment' }).click();

    await page.waitForURL(new RegExp(`/assessments/${draft.id}/submitted$`));
    await heading(page, 'Assessment submitted', false).waitFor();
    expect(await page.getByTestId('submitted-done').textContent()).toBe(`You submitted ${ICS}’s assessment on its behalf. Its ICS leads have been told.`);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/your (programme )?coach|your answers|your submission/i);
    expect(main).toContain(`Until the review starts, you or ${ICS}’s ICS leads can withdraw the submission`);
    expect(await page.getByTestId('recorded-on-behalf').textContent()).toMatch(
      new RegExp(`${COACH.name} \\(programme coach\\) recorded ${ICS}’s assessment on its behalf, starting on ${WHEN}\\.`),
    );
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assisted-route-coach-confirmation');
    await context.close();
  });

  it('on a phone, the lead reads the notice of the submission and the assessment, with nothing scrolling sideways', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, LEAD.email);
    await page.goto('/notifications');
    await heading(page, 'Notifications', false).waitFor();
    const submitted = page
      .getByTestId('notification')
      .filter({ hasText: `${COACH.name}, your programme coach, submitted ${ICS}'s self-assessment for ${draft.cycleName} on its behalf.` });
    await submitted.waitFor();
    // Newest first: the submission is listed above the start of the recording.
    const messages = await page.getByTestId('notification').allTextContents();
    const at = (text: string) => messages.findIndex((m) => m.includes(text));
    expect(at(`submitted ${ICS}'s self-assessment for ${draft.cycleName}`)).toBeLessThan(at(`started recording ${ICS}'s self-assessment for ${draft.cycleName}`));
    expect(await scrollsSideways(page)).toBe(false);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assisted-route-lead-notifications-phone');

    await submitted.getByRole('link').click();
    await page.waitForURL(new RegExp(`/assessments/${draft.id}$`));
    await page.getByTestId('history').waitFor();
    expect(await page.getByTestId('recorded-on-behalf').textContent()).toMatch(
      new RegExp(`${COACH.name} \\(programme coach\\) recorded this assessment on your behalf, starting on ${WHEN}\\.`),
    );
    expect(await scrollsSideways(page)).toBe(false);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assisted-route-lead-assessment-phone');
    await context.close();
  });
});
