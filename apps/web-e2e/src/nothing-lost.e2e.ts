import { CANVAS_V1, DEMO_PASSWORD, RESPONSE_LIMITS } from '@idt/domain';
import { Browser, Dialog, Page } from 'playwright-core';
import { apiSignIn, demoAccount, freshDraftForDemoLead, graphql, saveAnswersAsDemoLead } from './support/api';
import { accessibilityViolations, focused, launchChromium, openPage, PHONE, saveScreenshot, signIn, tabUntil, waitForFocus, waitOutDoubleClickGuard } from './support/browser';

const LEAD = demoAccount('ICS_LEAD');
const COACH = demoAccount('COACH');
const DOMAIN = CANVAS_V1.domains[0];
const CRITERION = DOMAIN.criteria[1]; // "1.2" on the page
const slug = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '--');
const EVIDENCE_ID = `${slug(CRITERION.key)}-evidence`;
const LINK = 'https://www.example.nhs.uk/devon/digital-inclusion-plan';

const h1 = (page: Page, name: string, exact = true) => page.getByRole('heading', { level: 1, name, exact });
const statusText = async (page: Page) => ((await page.getByTestId('save-status').textContent()) ?? '').trim();

/** What the API has saved as the evidence for the criterion. */
async function savedEvidence(assessmentId: string): Promise<string> {
  const cookie = await apiSignIn(LEAD.email);
  const { assessment } = await graphql<{ assessment: { responses: { criterionKey: string; evidence: string }[] } }>(
    'query ($id: ID!) { assessment(id: $id) { responses { criterionKey evidence } } }',
    { id: assessmentId },
    cookie,
  );
  return assessment.responses.find((r) => r.criterionKey === CRITERION.key)?.evidence ?? '';
}

describe('Nothing a person typed is lost', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('evidence over its limit stays in the page and in the tab, is explained, stops the person leaving, and is saved once shortened', async () => {
    const { id } = await freshDraftForDemoLead('Nothing lost');
    await saveAnswersAsDemoLead(id, [{ criterionKey: CRITERION.key, selfLevel: 3, evidence: 'What we had before', links: [LINK] }]);
    const { context, page, pageErrors } = await openPage(browser);
    const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await signIn(page, LEAD.email);
    await page.goto(`/assessments/${id}/domains/${DOMAIN.key}`);
    await h1(page, `Domain 1 of ${CANVAS_V1.domains.length}`, false).waitFor();
    await page.getByTestId('criterion').first().waitFor();
    expect(await page.locator(`#${EVIDENCE_ID}`).inputValue()).toBe('What we had before');
    await noViolations();

    // 5,330 characters of evidence, by keyboard: the box, the summary and the save status all say it is not saved.
    const tooLong = `Our digital inclusion survey of 2,000 residents. ${'x'.repeat(5330 - 49 - 5)}`;
    await tabUntil(page, (f) => f.id === EVIDENCE_ID, { what: 'the evidence of 1.2', maxTabs: 80 });
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(tooLong);
    await page.keyboard.type('12345');
    const typed = `${tooLong}12345`;
    expect(typed).toHaveLength(5330);
    const notSaved = 'Not saved: evidence for 1.2 is 330 characters too long. Shorten it to save.';
    await page.getByTestId('save-status').getByText(notSaved, { exact: true }).waitFor();
    await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Evidence must be 5000 characters or fewer' }).waitFor();
    expect(await page.locator(`#${EVIDENCE_ID}`).locator('xpath=..').textContent()).toContain('Evidence must be 5000 characters or fewer');
    expect(await page.locator(`#${EVIDENCE_ID}-info`).count()).toBe(1);
    expect(await page.getByText('You have 330 characters too many').count()).toBeGreaterThan(0);
    // The summary appeared as the person typed: it did not take the cursor out of the box.
    expect((await focused(page))?.id).toBe(EVIDENCE_ID);
    expect(await savedEvidence(id)).toBe('What we had before');
    await noViolations();
    await saveScreenshot(page, 'nothing-lost-over-limit');

    // "Back to your assessment" is stopped, with a warning that has focus; "Stay on this page" keeps everything.
    const domainUrl = page.url();
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Back to your assessment', { backwards: true, maxTabs: 120, what: 'the back link' });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Important: Your changes are not saved');
    expect(page.url()).toBe(domainUrl);
    expect(await page.getByTestId('leave-warning').textContent()).toContain(notSaved);
    await noViolations();
    await saveScreenshot(page, 'nothing-lost-leave-warning');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Stay on this page', { what: '"Stay on this page"' });
    await page.keyboard.press('Enter');
    await page.getByTestId('leave-warning').waitFor({ state: 'detached' });
    expect(page.url()).toBe(domainUrl);
    expect(await page.locator(`#${EVIDENCE_ID}`).inputValue()).toBe(typed);

    // A reload asks the browser's "Leave site?" first; the text comes back, with a notice saying it is not saved.
    await page.reload();
    expect(dialogs).toContain('beforeunload');
    await h1(page, `Domain 1 of ${CANVAS_V1.domains.length}`, false).waitFor();
    await page.getByTestId('kept-text-notice').getByText('You have text that is not saved yet').waitFor();
    expect(await page.locator(`#${EVIDENCE_ID}`).inputValue()).toBe(typed);
    await page.getByTestId('save-status').getByText(notSaved, { exact: true }).waitFor();
    expect(await savedEvidence(id)).toBe('What we had before');
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'nothing-lost-restored');

    // Shortened by keyboard to the limit: saved, the notice and the problems go.
    await tabUntil(page, (f) => f.id === EVIDENCE_ID, { what: 'the evidence of 1.2', maxTabs: 80 });
    const valid = typed.slice(0, RESPONSE_LIMITS.evidenceMaxLength);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(valid.slice(0, -10));
    await page.keyboard.type(valid.slice(-10));
    await page.getByTestId('save-status').getByText(/^Saved at \d\d:\d\d$/).waitFor();
    await page.getByTestId('kept-text-notice').waitFor({ state: 'detached' });
    await page.locator('.nhsuk-error-summary').waitFor({ state: 'detached' });
    expect(await savedEvidence(id)).toBe(valid);
    await noViolations();

    // Nothing is waiting any more: the page reloads without asking, and shows the saved text, with no notice.
    const asked = dialogs.length;
    await page.reload();
    await h1(page, `Domain 1 of ${CANVAS_V1.domains.length}`, false).waitFor();
    await page.getByTestId('criterion').first().waitFor();
    expect(dialogs).toHaveLength(asked);
    expect(await page.locator(`#${EVIDENCE_ID}`).inputValue()).toBe(valid);
    expect(await page.getByTestId('kept-text-notice').count()).toBe(0);
    expect(await statusText(page)).toBe('');

    // Check your answers lists the link it counts, as a link.
    await page.goto(`/assessments/${id}/check`);
    await h1(page, 'Check your answers', false).waitFor();
    const links = page.getByTestId('evidence-links');
    await links.first().waitFor();
    expect(await links.getByRole('link', { name: LINK }).getAttribute('href')).toBe(LINK);
    expect(pageErrors).toEqual([]);
    await noViolations();
    await context.close();
  }, 360_000);

  it('an over-long action is kept after it is refused, and the character count follows the box when it is emptied', async () => {
    const leadCookie = await apiSignIn(LEAD.email);
    const { myAssessments } = await graphql<{ myAssessments: { system: { id: string } }[] }>('{ myAssessments { system { id } } }', {}, leadCookie);
    const devon = myAssessments[0].system.id;
    // On a phone: the warnings must fit a small screen too.
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, LEAD.email);
    await page.goto(`/systems/${devon}/action-plan`);
    await h1(page, 'Devon: action plan').waitFor();
    await page.getByTestId('action-form').waitFor();

    await tabUntil(page, (f) => f.id === 'action-domain', { what: 'the domain', maxTabs: 120 });
    await page.keyboard.press('ArrowDown');
    await tabUntil(page, (f) => f.id === 'action-text', { what: 'the action' });
    const action = `Train digital champions in every library (${Date.now()}) `;
    const tooLong = action + 'y'.repeat(1010 - action.length);
    await page.keyboard.insertText(tooLong);
    await page.getByText('You have 10 characters too many').first().waitFor();
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Add action', { what: '"Add action"' });
    await page.keyboard.press('Enter');
    await page.locator('.nhsuk-error-summary').getByRole('link', { name: 'The action must be 1000 characters or fewer' }).waitFor();
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe(tooLong);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Shortened and added: the box is emptied, and its count says so (not "10 characters too many" any more).
    await tabUntil(page, (f) => f.id === 'action-text', { what: 'the action', backwards: true });
    await page.keyboard.press('Control+A');
    await page.keyboard.type(action.trim());
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Add action', { what: '"Add action"' });
    await waitOutDoubleClickGuard(page);
    await page.keyboard.press('Enter');
    await page.getByTestId('success-notice').getByText('Action added to the plan.').waitFor();
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe('');
    const count = page.locator('#action-text').locator('xpath=..').locator('.nhsuk-character-count__status');
    await count.getByText('You have 1,000 characters remaining').waitFor();
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Half an action typed, then "Back to the ICS profile": the page asks first, and leaves only when told to.
    await tabUntil(page, (f) => f.id === 'action-text', { what: 'the action', backwards: true });
    await page.keyboard.type('Half an action');
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Back to the ICS profile', { what: 'the back link', backwards: true, maxTabs: 150 });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Important: Your changes are not saved');
    expect(new URL(page.url()).pathname).toBe(`/systems/${devon}/action-plan`);
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe('Half an action');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The warning fits the screen (the plan's table is another matter: part 7 of issue 11).
    expect(await page.getByTestId('leave-warning').evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(375);
    await saveScreenshot(page, 'nothing-lost-action-leave-warning-phone');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Leave without saving', { what: '"Leave without saving"' });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/systems/${devon}/profile`);
    await h1(page, 'Devon').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it("a coach's unsaved comment on one domain of a review holds them on the page when they go to the next domain", async () => {
    // Devon in a cycle of its own, answered and submitted by its lead, its review started by the coach, over the API.
    const { id } = await freshDraftForDemoLead('Review comment kept');
    await saveAnswersAsDemoLead(
      id,
      CANVAS_V1.domains.flatMap((d) => d.criteria).map((c) => ({ criterionKey: c.key, selfLevel: 3, evidence: 'Our evidence' })),
    );
    const transition = async (cookie: string, input: Record<string, unknown>) => {
      const { assessment } = await graphql<{ assessment: { version: number } }>('query ($id: ID!) { assessment(id: $id) { version } }', { id }, cookie);
      await graphql('mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { status } }', {
        input: { assessmentId: id, expectedVersion: assessment.version, ...input },
      }, cookie);
    };
    await transition(await apiSignIn(LEAD.email), { transition: 'SUBMIT', declarationConfirmed: true });
    await transition(await apiSignIn(COACH.email), { transition: 'START_REVIEW' });

    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, COACH.email);
    await page.goto(`/reviews/${id}?domain=${encodeURIComponent(DOMAIN.key)}`);
    await h1(page, DOMAIN.title, false).waitFor();
    const comment = 'Could you say which residents the survey reached?';
    const box = page.locator(`#${slug(CRITERION.key)}-comment`);
    await box.fill(comment);

    // "Next domain" is held, with the warning; staying keeps the comment.
    await page.getByRole('link', { name: /^Next domain/ }).click();
    await page.getByRole('button', { name: 'Stay on this page' }).waitFor();
    expect(new URL(page.url()).searchParams.get('domain')).toBe(DOMAIN.key);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stay on this page' }).click();
    expect(await box.inputValue()).toBe(comment);
    // So is "Back to the review" (the same address without the domain); leaving without saving goes there.
    await page.getByRole('link', { name: 'Back to the review' }).first().click();
    await page.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByTestId('review-domain').first().waitFor();
    expect(new URL(page.url()).searchParams.get('domain')).toBeNull();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("signing out forgets the page the previous person was on: the next person is not sent there", async () => {
    const { id } = await freshDraftForDemoLead('Sign out');
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, LEAD.email);
    const leadsPage = `/assessments/${id}`;
    await page.goto(leadsPage);
    await h1(page, 'Devon', false).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await h1(page, 'Sign in to IDT Canvas').waitFor();
    await page.getByTestId('signed-in-as').waitFor({ state: 'detached' });
    // Give any late redirect its chance: the address must stay free of the lead's page.
    await page.waitForTimeout(500);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('returnTo')).toBeNull();

    // The coach signs in on the same page, and is not taken to the lead's assessment.
    await page.getByLabel('Email address').fill(demoAccount('COACH').email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(new URL(page.url()).pathname).not.toBe(leadsPage);
    expect(new URL(page.url()).pathname).not.toBe('/sign-in');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
