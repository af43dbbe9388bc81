import { CANVAS_V1 } from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, graphql } from './support/api';
import { accessibilityViolations, focused, heading, launchChromium, openPage, PHONE, saveScreenshot, signIn, tabUntil, waitForFocus, waitOutDoubleClickGuard } from './support/browser';

const LEAD = demoAccount('ICS_LEAD');
const PLAN_TITLE = 'Devon: action plan';

/** Replaces what a text box holds, by keyboard. */
async function typeInto(page: Page, id: string, value: string) {
  await tabUntil(page, (f) => f.id === id, { what: `#${id}`, maxTabs: 80 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
}

describe("An ICS's action plan", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the ICS lead adds an action by keyboard (problems first), changes its status, and removes it', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, LEAD.email);
    await heading(page, 'What to do next').waitFor();

    // From "Your assessments", by keyboard, to Devon's plan.
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Your assessment' }).click();
    await heading(page, 'Your assessments').waitFor();
    await page.getByTestId('action-plan-links').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1');
    await tabUntil(page, (f) => f.tag === 'a' && f.text === "Devon's action plan", { what: "Devon's action plan", maxTabs: 100 });
    await page.keyboard.press('Enter');
    await heading(page, PLAN_TITLE).waitFor();
    await page.getByTestId('action-form').waitFor();
    const before = await page.getByTestId('action-row').count();
    expect(pageErrors).toEqual([]);
    await noViolations();

    // An action with no domain and a date that does not exist: nothing is sent, every problem is named.
    const action = `Map the digital inclusion hubs with the VCSE partners (${Date.now()})`;
    await waitForFocus(page, (f) => f.tag === 'h1');
    await typeInto(page, 'action-text', action);
    await typeInto(page, 'action-owner', 'Digital inclusion lead');
    await typeInto(page, 'action-due-day', '31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2027');
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'div' });
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Choose a domain of the canvas',
      'Due date must be a real date, for example 31 3 2027',
    ]);
    expect(await page.getByTestId('action-row').count()).toBe(before);
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe(action);
    await noViolations();
    await saveScreenshot(page, 'action-plan-errors');

    // From the summary's first link to the domain; choose the first domain by keyboard; mend the date; add.
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Choose a domain of the canvas', { what: 'the domain problem' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ id: 'action-domain' });
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Domain', { exact: true }).inputValue()).toBe(CANVAS_V1.domains[0].key);
    await typeInto(page, 'action-due-day', '28');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Add action', { what: '"Add action"' });
    await waitOutDoubleClickGuard(page);
    await page.keyboard.press('Enter');

    await page.getByTestId('success-notice').getByText('Action added to the plan.').waitFor();
    await page.locator('.nhsuk-error-summary').waitFor({ state: 'detached' });
    const added = page.getByTestId('action-row').filter({ hasText: action });
    await added.waitFor();
    expect(await added.textContent()).toContain(`1. ${CANVAS_V1.domains[0].title}`);
    expect(await added.textContent()).toContain('Digital inclusion lead');
    expect(await added.textContent()).toContain('28 February 2027');
    expect(await added.textContent()).toContain('Not started');
    // The form is empty again, ready for the next action.
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe('');
    expect(pageErrors).toEqual([]);
    await noViolations();

    // Change it: its "Change" link opens the form on it, with focus on the form's heading; mark it done.
    await tabUntil(page, (f) => f.tag === 'a' && f.text === `Change the action “${action}”`, { what: 'its Change link', maxTabs: 120 });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Change an action');
    expect(await page.getByLabel('Owner (optional)').inputValue()).toBe('Digital inclusion lead');
    await tabUntil(page, (f) => f.tag === 'input' && f.name === 'status', { what: 'the status radios' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ id: 'action-status-done' });
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Save changes', { what: '"Save changes"' });
    await page.keyboard.press('Enter');
    await page.getByTestId('success-notice').getByText('Action changed.').waitFor();
    await heading(page, PLAN_TITLE).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Add an action' }).waitFor();
    await added.filter({ hasText: 'Done' }).waitFor();
    expect(new URL(page.url()).searchParams.get('change')).toBeNull();
    await noViolations();

    // The API has it as the page shows it.
    const cookie = await apiSignIn(LEAD.email);
    const systemId = new URL(page.url()).pathname.split('/')[2];
    const { actionPlan } = await graphql<{ actionPlan: { action: string; status: string; dueOn: string | null; domainKey: string }[] }>(
      'query ($s: ID!) { actionPlan(systemId: $s) { action status dueOn domainKey } }',
      { s: systemId },
      cookie,
    );
    expect(actionPlan.find((a) => a.action === action)).toEqual({ action, status: 'DONE', dueOn: '2027-02-28', domainKey: CANVAS_V1.domains[0].key });

    // Remove it.
    await tabUntil(page, (f) => f.tag === 'a' && f.text === `Change the action “${action}”`, { what: 'its Change link', maxTabs: 120 });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Change an action');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Remove this action', { what: '"Remove this action"' });
    await page.keyboard.press('Enter');
    // It asks first, with focus on the question; "No, keep it" keeps it and goes back to the button.
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Important: Remove this action?');
    expect(await page.getByTestId('confirm-remove').textContent()).toContain(`“${action}” will be taken out of the plan`);
    await noViolations();
    await saveScreenshot(page, 'action-plan-confirm-remove');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'No, keep it', { what: '"No, keep it"' });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'button' && f.text === 'Remove this action');
    expect(await page.getByTestId('confirm-remove').count()).toBe(0);
    expect(await added.count()).toBe(1);
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Important: Remove this action?');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Yes, remove this action', { what: '"Yes, remove this action"' });
    await page.keyboard.press('Enter');
    await page.getByTestId('success-notice').getByText('Action removed from the plan.').waitFor();
    await added.waitFor({ state: 'detached' });
    expect(await page.getByTestId('action-row').count()).toBe(before);
    expect(pageErrors).toEqual([]);
    await noViolations();
    await context.close();
  }, 180_000);

  it('the coach reads the plan of an ICS in their cohort, on a phone, with no way to change it', async () => {
    // Devon's lead adds an action over the API; the coach of Devon's cohort opens Devon's profile and its plan.
    const leadCookie = await apiSignIn(LEAD.email);
    const { myAssessments } = await graphql<{ myAssessments: { system: { id: string } }[] }>('{ myAssessments { system { id } } }', {}, leadCookie);
    const devon = myAssessments[0].system.id;
    const action = `Fund two digital champions in rural practices (${Date.now()})`;
    await graphql(
      'mutation ($s: ID!, $i: ActionPlanItemInput!) { addAction(systemId: $s, input: $i) { id } }',
      { s: devon, i: { domainKey: CANVAS_V1.domains[4].key, action, owner: 'Workforce lead', status: 'IN_PROGRESS' } },
      leadCookie,
    );

    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, demoAccount('COACH').email);
    await heading(page, 'What to do next').waitFor();
    await page.goto(`/systems/${devon}/profile`);
    await heading(page, 'Devon').waitFor();
    await page.getByTestId('action-plan-link').click();
    await heading(page, PLAN_TITLE).waitFor();
    const row = page.getByTestId('action-row').filter({ hasText: action });
    await row.waitFor();
    expect(await row.textContent()).toContain('In progress');
    expect(await row.textContent()).toContain(`5. ${CANVAS_V1.domains[4].title}`);
    expect(await page.getByTestId('action-form').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Change/ }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'action-plan-coach-phone');
    await context.close();
  }, 120_000);
});
