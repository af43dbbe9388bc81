import {
  CANVAS_V1,
  DEMO_CYCLE_NAME,
  DEMO_PASSWORD,
  MATURITY_SCALE,
  QUICK_CHECK_ANSWER_LABELS,
  QUICK_CHECK_ANSWERS,
  type CanvasDomain,
} from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, freshDraftForDemoLead, graphql, saveAnswersAsDemoLead } from './support/api';
import { accessibilityViolations, focused, heading, launchChromium, openPage, PHONE, saveScreenshot, signIn, tabTo, tabUntil, waitForFocus, waitForNavigation } from './support/browser';

const LEAD = demoAccount('ICS_LEAD');
const DOMAINS = CANVAS_V1.domains;
const CRITERIA_COUNT = DOMAINS.reduce((n, d) => n + d.criteria.length, 0);

/** The ids the domain page gives one criterion's fields ("co-design.x" becomes "co-design--x"). */
function fieldIds(criterionKey: string) {
  const slug = criterionKey.replace(/[^A-Za-z0-9_-]/g, '--');
  return {
    levelName: `${slug}-level`,
    level: (level: number) => (level === 1 ? `${slug}-level` : `${slug}-level-${level}`),
    notAssessed: `${slug}-not-assessed`,
    targetLevel: `${slug}-target-level`,
    targetDay: `${slug}-target-date-day`,
    evidence: `${slug}-evidence`,
    links: `${slug}-links`,
    confidenceName: `${slug}-confidence`,
  };
}
const quickCheckName = (questionKey: string) => `quick-check-${questionKey.replace(/[^A-Za-z0-9_-]/g, '--')}`;

const levelLabel = (level: number) => `${level} – ${MATURITY_SCALE[level - 1].label}`;

/** What the keyboard journey answers for criterion `c` of domain `d` (0-based): varied levels, one "not assessed". */
const levelFor = (d: number, c: number): number | 'NOT_ASSESSED' => (d === 2 && c === 1 ? 'NOT_ASSESSED' : ((d + 2 * c) % 5) + 1);
const evidenceFor = (d: number, c: number) => `Evidence ${d + 1}.${c + 1}: our needs map & Healthwatch's report`;
const quickCheckFor = (d: number, q: number) => QUICK_CHECK_ANSWERS[(d + q) % QUICK_CHECK_ANSWERS.length];


/** A domain page has rendered: its h1 (with "Domain n of 11") and its criteria. */
async function waitForDomainPage(page: Page, d: number) {
  const domain = DOMAINS[d];
  await heading(page, `Domain ${d + 1} of ${DOMAINS.length}`, false).waitFor();
  expect(await page.locator('h1').textContent()).toContain(domain.title);
  await page.getByTestId('criterion').first().waitFor();
  expect(await page.getByTestId('criterion').count()).toBe(domain.criteria.length);
}

/** Waits until the live region says the answers were saved. */
async function waitForSaved(page: Page) {
  await page.getByTestId('save-status').getByText(/^Saved at \d\d:\d\d$/).waitFor();
}

/**
 * Answers one domain with the keyboard alone: Tab to each control, arrow keys and Space for radios, typing for the
 * select, the date and the evidence.
 */
async function answerDomainByKeyboard(page: Page, d: number) {
  const domain: CanvasDomain = DOMAINS[d];
  for (const [c, criterion] of domain.criteria.entries()) {
    const ids = fieldIds(criterion.key);
    const score = levelFor(d, c);
    // Into the (unanswered) radio group: focus lands on its first radio, "1 – Not started".
    await tabUntil(page, (f) => f.name === ids.levelName, { what: `the level of ${criterion.key}` });
    const presses = score === 'NOT_ASSESSED' ? 5 : score - 1;
    if (presses === 0) await page.keyboard.press('Space');
    for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowDown');
    if (c === 0 && d % 3 === 0) {
      // A target: the level by typing its first character into the select, then the date.
      await tabTo(page, ids.targetLevel);
      await page.keyboard.type('5');
      await page.keyboard.press('Tab');
      expect((await focused(page))?.id).toBe(ids.targetDay);
      await page.keyboard.type('31');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2027');
    }
    await tabTo(page, ids.evidence);
    await page.keyboard.type(evidenceFor(d, c));
    if (c === 1) {
      await tabUntil(page, (f) => f.name === ids.confidenceName, { what: 'the confidence' });
      await page.keyboard.press('Space');
    }
  }
  for (const [q, question] of domain.quickCheck.entries()) {
    await tabUntil(page, (f) => f.name === quickCheckName(question.key), { what: `the quick check ${question.key}` });
    const index = QUICK_CHECK_ANSWERS.indexOf(quickCheckFor(d, q));
    if (index === 0) await page.keyboard.press('Space');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  }
}

/** The page shows exactly what the journey answered for domain `d`. */
async function expectDomainAnswers(page: Page, d: number) {
  const domain = DOMAINS[d];
  for (const [c, criterion] of domain.criteria.entries()) {
    const ids = fieldIds(criterion.key);
    const score = levelFor(d, c);
    expect(await page.locator(`#${score === 'NOT_ASSESSED' ? ids.notAssessed : ids.level(score)}`).isChecked()).toBe(true);
    expect(await page.locator(`#${ids.evidence}`).inputValue()).toBe(evidenceFor(d, c));
    if (c === 0 && d % 3 === 0) {
      expect(await page.locator(`#${ids.targetLevel}`).inputValue()).toBe('5');
      expect(await page.locator(`#${ids.targetDay}`).inputValue()).toBe('31');
    }
  }
  for (const [q, question] of domain.quickCheck.entries()) {
    const name = quickCheckName(question.key);
    expect(await page.locator(`input[name="${name}"]:checked`).getAttribute('value')).toBe(quickCheckFor(d, q));
  }
}

/** Runs `check` until it passes, for up to `ms`; the last failure is thrown. */
async function eventually(check: () => Promise<void>, ms = 6000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > ms) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The task list's status tags, domain by domain. */
async function taskStatuses(page: Page): Promise<string[]> {
  const tasks = page.getByTestId('task');
  await tasks.first().waitFor();
  return (await tasks.locator('.nhsuk-task-list__status').allTextContents()).map((t) => t.trim());
}

describe('the ICS lead completes the self-assessment', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with the keyboard alone: every domain, a reload part-way, check answers, submit, then withdraw', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);

    // Sign in: Tab, type, Tab, type, Enter.
    await page.goto('/sign-in');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    await tabTo(page, 'email');
    await page.keyboard.type(LEAD.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, 'What to do next').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1');
    // The header is complete once it knows whether to offer "Cohorts" (it is drawn afresh when its links change).
    expect(await waitForNavigation(page, ['ICSs', 'Landscape', 'Your assessment', 'Cohorts'])).toEqual(['ICSs', 'Landscape', 'Your assessment', 'Cohorts']);

    // Back up into the header to "Your assessment".
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Your assessment', { backwards: true, what: '"Your assessment"' });
    await page.keyboard.press('Enter');
    await heading(page, 'Your assessments').waitFor();
    // Other journeys may have left this lead more to do in other cycles: each has a card of its own.
    const current = page.getByTestId('current-assessment').filter({ hasText: DEMO_CYCLE_NAME });
    await current.waitFor();
    expect(await current.textContent()).toContain(DEMO_CYCLE_NAME);
    expect(await current.textContent()).toContain('0 of 11 domains completed');
    // The one to work on is the first thing under the heading.
    expect(await page.locator('main h1 ~ *').first().getAttribute('data-testid')).toBe('current-assessment');
    expect(pageErrors).toEqual([]);
    await noViolations();

    await tabUntil(page, (f) => f.tag === 'a' && f.text.includes(`your self-assessment for ${DEMO_CYCLE_NAME}`), { what: 'the assessment' });
    await page.keyboard.press('Enter');

    // The task list: eleven domains, none started; "Check your answers" cannot start yet.
    await heading(page, `Devon: ${DEMO_CYCLE_NAME} – Complete your self-assessment`).waitFor();
    expect(await taskStatuses(page)).toEqual(DOMAINS.map(() => 'Not started'));
    expect(await page.getByTestId('check-task').textContent()).toContain('Cannot start yet');
    expect(await page.getByTestId('check-task-hint').textContent()).toBe('You can check the answers and submit once every domain above is completed.');
    expect(await page.getByTestId('assessment-status').textContent()).toBe('Draft');
    const assessmentPath = new URL(page.url()).pathname;
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'assessment-task-list');

    await tabUntil(page, (f) => f.tag === 'a' && f.text === `1. ${DOMAINS[0].title}`, { what: 'the first domain' });
    await page.keyboard.press('Enter');

    for (let d = 0; d < DOMAINS.length; d++) {
      await waitForDomainPage(page, d);
      // After each navigation, focus is on the new page's h1: the next Tab goes into the form.
      await waitForFocus(page, (f) => f.tag === 'h1');
      await answerDomainByKeyboard(page, d);
      expect(pageErrors).toEqual([]);

      if (d === 3) {
        // Part-way, a reload straight after the last change, while its autosave is still waiting (and the save of
        // the evidence, sent as it lost focus, may be under way): nothing typed is lost.
        await page.reload();
        await waitForDomainPage(page, d);
        // The reloaded page may be read while the closing page's save is still on its way; it looks again a second
        // later and shows it (the API had it all along: see assessments.spec.ts).
        await eventually(() => expectDomainAnswers(page, d));
        await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Back to your assessment', { what: 'the back link' });
        await page.keyboard.press('Enter');
        await heading(page, `Devon: ${DEMO_CYCLE_NAME} – Complete your self-assessment`).waitFor();
        expect(await taskStatuses(page)).toEqual(DOMAINS.map((_, i) => (i <= 3 ? 'Completed' : 'Not started')));
        expect(pageErrors).toEqual([]);
        // And the earlier domains are as they were answered.
        await tabUntil(page, (f) => f.tag === 'a' && f.text === `2. ${DOMAINS[1].title}`, { what: 'domain 2' });
        await page.keyboard.press('Enter');
        await waitForDomainPage(page, 1);
        await expectDomainAnswers(page, 1);
        await waitForFocus(page, (f) => f.tag === 'h1');
        await tabUntil(page, (f) => f.text === 'Save and return to the task list', { what: '"Save and return"' });
        await page.keyboard.press('Enter');
        await heading(page, `Devon: ${DEMO_CYCLE_NAME} – Complete your self-assessment`).waitFor();
        await waitForFocus(page, (f) => f.tag === 'h1');
        await tabUntil(page, (f) => f.tag === 'a' && f.text === `5. ${DOMAINS[4].title}`, { what: 'domain 5' });
        await page.keyboard.press('Enter');
        continue;
      }

      await waitForSaved(page);
      await expectDomainAnswers(page, d);
      await noViolations();
      if (d === 0) await saveScreenshot(page, 'assessment-domain');
      await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Save and continue', { what: '"Save and continue"' });
      await page.keyboard.press('Enter');
    }

    // Check your answers: every domain and criterion, each with a way to change it.
    await heading(page, `Devon: ${DEMO_CYCLE_NAME} – Check your answers before you submit`).waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1');
    expect(await page.getByTestId('domain-answers').count()).toBe(DOMAINS.length);
    expect(await page.getByTestId('answer-row').count()).toBe(CRITERIA_COUNT);
    const firstRow = page.getByTestId('answer-row').first();
    expect(await firstRow.textContent()).toContain(levelLabel(levelFor(0, 0) as number));
    expect(await firstRow.textContent()).toContain(evidenceFor(0, 0));
    expect(await firstRow.textContent()).toContain('Target: 5 – Embedded by 31 March 2027');
    expect(await page.getByTestId('answer-row').nth(DOMAINS[0].criteria.length + DOMAINS[1].criteria.length + 1).textContent()).toContain(
      'Not assessed',
    );
    const statement = DOMAINS[0].criteria[0].statement;
    expect(await page.getByRole('link', { name: `Change the answer to: ${statement}`, exact: true }).count()).toBe(1);
    const firstQuickCheck = DOMAINS.findIndex((d) => d.quickCheck.length > 0);
    expect(await page.getByTestId('quick-check-row').first().textContent()).toContain(
      QUICK_CHECK_ANSWER_LABELS[quickCheckFor(firstQuickCheck, 0)],
    );
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'assessment-check-answers');

    // Submitting without the declaration is refused, with the error summary (focused) and the error beside it.
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Submit assessment', { maxTabs: 200, what: '"Submit assessment"' });
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Confirm that these answers are accurate and have been agreed by your ICS' }).waitFor();
    await waitForFocus(page, (f) => f.className.includes('nhsuk-error-summary'));
    expect(await page.locator('.nhsuk-form-group--error').textContent()).toContain('Confirm that these answers are accurate');
    await noViolations();

    await tabTo(page, 'declaration', 250);
    await page.keyboard.press('Space');
    expect(await page.locator('#declaration').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Submit assessment' });
    await page.keyboard.press('Enter');

    // The confirmation.
    await heading(page, 'Assessment submitted').waitFor();
    expect(await page.getByTestId('confirmation').textContent()).toContain(`Devon: ${DEMO_CYCLE_NAME}`);
    expect(await page.getByRole('heading', { level: 2, name: 'What happens next' }).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'assessment-submitted');

    // The submitted assessment, read-only: its answers, its history, and no inputs.
    await waitForFocus(page, (f) => f.tag === 'h1');
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'View your submitted assessment', { what: 'the link to the assessment' });
    await page.keyboard.press('Enter');
    await heading(page, `Devon: ${DEMO_CYCLE_NAME} – Your self-assessment`).waitFor();
    expect(new URL(page.url()).pathname).toBe(assessmentPath);
    expect(await page.getByTestId('assessment-status').textContent()).toBe('Submitted');
    expect(await page.getByTestId('answer-row').count()).toBe(CRITERIA_COUNT);
    expect(await page.locator('main input, main textarea, main select').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Change/ }).count()).toBe(0);
    expect(await page.getByTestId('history').textContent()).toContain('Submitted');
    expect(await page.getByTestId('history').textContent()).toContain(LEAD.name);
    expect(await page.getByTestId('task-list').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'assessment-read-only');

    // Withdrawing the submission makes it a draft again, with every answer still there.
    await waitForFocus(page, (f) => f.tag === 'h1');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Withdraw submission', { what: '"Withdraw submission"' });
    await page.keyboard.press('Enter');
    await page.getByTestId('success-notice').getByText('You have withdrawn your submission').waitFor();
    await heading(page, `Devon: ${DEMO_CYCLE_NAME} – Complete your self-assessment`).waitFor();
    expect(await taskStatuses(page)).toEqual(DOMAINS.map(() => 'Completed'));
    expect(await page.getByTestId('assessment-status').textContent()).toBe('Draft');
    expect(pageErrors).toEqual([]);
    await noViolations();

    // No answer was kept in the browser's storage along the way (React Router keeps only scroll positions there).
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('Evidence');
    expect(stored).not.toContain('Healthwatch');
    await context.close();
  }, 180_000);
});

describe('two people editing the same answers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the later one both answers; "Keep my answers" and "Use the saved answers" each do what they say', async () => {
    const { id } = await freshDraftForDemoLead('Conflict check');
    const a = await openPage(browser);
    const b = await openPage(browser);
    await signIn(a.page, LEAD.email);
    await signIn(b.page, LEAD.email);
    const path = `/assessments/${id}/domains/${DOMAINS[0].key}`;
    await a.page.goto(path);
    await b.page.goto(path);
    await waitForDomainPage(a.page, 0);
    await waitForDomainPage(b.page, 0);
    const first = fieldIds(DOMAINS[0].criteria[0].key);
    const second = fieldIds(DOMAINS[0].criteria[1].key);

    // A answers first, and it is saved.
    await a.page.locator(`#${first.level(3)}`).check();
    await waitForSaved(a.page);

    // B, who opened the page before that, answers the same criterion differently.
    await b.page.locator(`#${first.level(5)}`).check();
    await b.page.locator(`#${first.evidence}`).fill('Our plan, agreed at the board in March.');
    const callout = b.page.getByTestId('conflict');
    await callout.waitFor();
    expect(await callout.getByRole('heading', { level: 2 }).textContent()).toContain('Someone else has changed these answers');
    const items = callout.getByTestId('conflict-item');
    expect(await items.count()).toBe(1);
    const item = await items.first().textContent();
    expect(item).toContain(DOMAINS[0].criteria[0].statement);
    expect(item).toMatch(/Your answer\s*5 – Embedded\s*Our plan, agreed at the board in March\./);
    expect(item).toMatch(/Saved answer\s*3 – Developing\s*No evidence given/);
    expect(await b.page.getByTestId('save-status').textContent()).toContain('Not saved');
    // Focus moved to the callout, so the choice is the next Tab.
    await waitForFocus(b.page, (f) => f.className.includes('nhsuk-warning-callout'));
    expect(b.pageErrors).toEqual([]);
    expect(await accessibilityViolations(b.page)).toEqual([]);
    await saveScreenshot(b.page, 'assessment-conflict');

    await b.page.keyboard.press('Tab');
    expect(await focused(b.page)).toMatchObject({ tag: 'button', text: 'Keep my answers' });
    await b.page.keyboard.press('Enter');
    await callout.waitFor({ state: 'detached' });
    await waitForSaved(b.page);

    // A reloads and sees B's answer.
    await a.page.reload();
    await waitForDomainPage(a.page, 0);
    expect(await a.page.locator(`#${first.level(5)}`).isChecked()).toBe(true);
    expect(await a.page.locator(`#${first.evidence}`).inputValue()).toBe('Our plan, agreed at the board in March.');

    // Now B saves a change to the second criterion, and A (who has not seen it) changes it too.
    await b.page.locator(`#${second.level(2)}`).check();
    await waitForSaved(b.page);
    await a.page.locator(`#${second.notAssessed}`).check();
    const aCallout = a.page.getByTestId('conflict');
    await aCallout.waitFor();
    expect(await aCallout.getByTestId('conflict-item').textContent()).toMatch(/Your answer\s*Not assessed[\s\S]*Saved answer\s*2 – Emerging/);
    await waitForFocus(a.page, (f) => f.className.includes('nhsuk-warning-callout'));
    await a.page.keyboard.press('Tab');
    await a.page.keyboard.press('Tab');
    expect(await focused(a.page)).toMatchObject({ tag: 'button', text: 'Use the saved answers' });
    await a.page.keyboard.press('Enter');
    await aCallout.waitFor({ state: 'detached' });
    expect(await a.page.locator(`#${second.level(2)}`).isChecked()).toBe(true);
    expect(await a.page.locator(`#${second.notAssessed}`).isChecked()).toBe(false);
    expect(await a.page.locator(`#${first.level(5)}`).isChecked()).toBe(true);

    // Autosave carries on for A from the saved answers.
    await a.page.locator(`#${second.evidence}`).fill('Added after choosing the saved answers.');
    await waitForSaved(a.page);
    await b.page.reload();
    await waitForDomainPage(b.page, 0);
    expect(await b.page.locator(`#${second.level(2)}`).isChecked()).toBe(true);
    expect(await b.page.locator(`#${second.evidence}`).inputValue()).toBe('Added after choosing the saved answers.');
    expect(a.pageErrors).toEqual([]);
    expect(b.pageErrors).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});

describe('the save status at the top of the screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('never hides the control that has keyboard focus', async () => {
    const { id } = await freshDraftForDemoLead('Focus not hidden');
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, LEAD.email);
    await page.goto(`/assessments/${id}/domains/${DOMAINS[1].key}`);
    await waitForDomainPage(page, 1);
    const first = fieldIds(DOMAINS[1].criteria[0].key);
    const second = fieldIds(DOMAINS[1].criteria[1].key);
    await page.locator(`#${first.evidence}`).fill('Our residents panel co-designed the new booking letters.');
    await waitForSaved(page);

    // Going back up the page with Shift+Tab, to a field that is scrolled to the very top of the screen, under the bar.
    await page.locator(`#${second.links}`).focus();
    await page.evaluate((fieldId) => {
      const field = document.getElementById(fieldId)!;
      window.scrollBy(0, field.getBoundingClientRect().top - 4);
    }, second.evidence);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page))?.id).toBe(second.evidence);
    const { fieldTop, barBottom } = await page.evaluate((fieldId) => ({
      fieldTop: document.getElementById(fieldId)!.getBoundingClientRect().top,
      barBottom: document.querySelector('[data-testid="save-status"]')!.getBoundingClientRect().bottom,
    }), second.evidence);
    expect(fieldTop).toBeGreaterThanOrEqual(barBottom);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a problem with an answer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is shown in the error summary and beside its field, on a phone-sized screen, with no accessibility violations', async () => {
    const { id } = await freshDraftForDemoLead('Validation check');
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, LEAD.email);
    await page.goto(`/assessments/${id}/domains/${DOMAINS[1].key}`);
    await waitForDomainPage(page, 1);
    // Nothing wider than the screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);

    const ids = fieldIds(DOMAINS[1].criteria[0].key);
    await page.locator(`#${ids.level(2)}`).check();
    await page.locator(`#${ids.links}`).fill('https://www.example.nhs.uk/plan\nwww.example.nhs.uk/map');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    const summary = page.locator('.nhsuk-error-summary');
    const message = 'Links must start with https:// or http://';
    await summary.getByRole('link', { name: message }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(1);
    await waitForFocus(page, (f) => f.className.includes('nhsuk-error-summary'));
    expect(await page.locator(`#${ids.links}--error-message`).textContent()).toContain(message);
    expect(await page.locator(`#${ids.links}`).getAttribute('aria-describedby')).toContain(`${ids.links}--error-message`);
    expect(await page.title()).toMatch(/^Error: /);
    // Still on the same page: nothing invalid is left behind.
    await waitForDomainPage(page, 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'assessment-validation-phone');

    // The summary's link goes to the field.
    await summary.getByRole('link', { name: message }).click();
    expect((await focused(page))?.id).toBe(ids.links);

    // The save status says the links are not saved, and why; everything else was saved meanwhile.
    await page
      .getByTestId('save-status')
      .getByText('Not saved: links to evidence for 2.1: links must start with https:// or http://. Correct it to save.', { exact: true })
      .waitFor();
    const savedLevel = async () => {
      const { assessment } = await graphql<{ assessment: { responses: { criterionKey: string; selfLevel: number | null; links: string[] }[] } }>(
        'query ($id: ID!) { assessment(id: $id) { responses { criterionKey selfLevel links } } }',
        { id },
        await apiSignIn(LEAD.email),
      );
      return assessment.responses.find((r) => r.criterionKey === DOMAINS[1].criteria[0].key);
    };
    await eventually(async () => expect(await savedLevel()).toMatchObject({ selfLevel: 2, links: [] }));
    // A reload asks first (the browser's "Leave site?"); after it the level is there, and the typed links come back.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await waitForDomainPage(page, 1);
    expect(await page.locator(`#${ids.level(2)}`).isChecked()).toBe(true);
    expect(await page.locator(`#${ids.links}`).inputValue()).toBe('https://www.example.nhs.uk/plan\nwww.example.nhs.uk/map');
    await page.getByTestId('kept-text-notice').waitFor();

    // An optional confidence, once chosen, can be taken back.
    const criterion = page.getByTestId('criterion').first();
    const clear = criterion.getByRole('button', { name: 'Clear confidence in this level' });
    expect(await clear.count()).toBe(0);
    const savedConfidence = async () => {
      const { assessment } = await graphql<{ assessment: { responses: { criterionKey: string; confidence: string | null }[] } }>(
        'query ($id: ID!) { assessment(id: $id) { responses { criterionKey confidence } } }',
        { id },
        await apiSignIn(LEAD.email),
      );
      return assessment.responses.find((r) => r.criterionKey === DOMAINS[1].criteria[0].key)?.confidence ?? null;
    };
    await criterion.locator(`input[name="${ids.confidenceName}"]`).first().check();
    await eventually(async () => expect(await savedConfidence()).not.toBeNull());
    expect(await accessibilityViolations(page)).toEqual([]);
    await clear.click();
    expect(await criterion.locator(`input[name="${ids.confidenceName}"]:checked`).count()).toBe(0);
    expect(await clear.count()).toBe(0);
    await eventually(async () => expect(await savedConfidence()).toBeNull());

    // Put right, the page saves and moves on.
    await page.locator(`#${ids.links}`).fill('https://www.example.nhs.uk/plan\nhttps://www.example.nhs.uk/map');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await waitForDomainPage(page, 2);
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('a new cycle', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("can start from the ICS's answers in its previous cycle", async () => {
    // An earlier cycle (opened today) with one answer, then a later one with none (a cycle cannot open in the past; this
    // one opens far ahead, so that it overlaps no cycle another test opens today).
    const earlier = await freshDraftForDemoLead('Earlier cycle');
    const criterion = DOMAINS[0].criteria[0];
    await saveAnswersAsDemoLead(earlier.id, [{ criterionKey: criterion.key, selfLevel: 4, evidence: 'Copied from last time.' }]);
    const { id } = await freshDraftForDemoLead('Later cycle', 600);

    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, LEAD.email);
    await page.goto(`/assessments/${id}`);
    await heading(page, 'Complete your self-assessment', false).waitFor();
    expect(await taskStatuses(page)).toEqual(DOMAINS.map(() => 'Not started'));
    const copy = page.getByRole('button', { name: `Copy answers from ${earlier.cycleName}` });
    expect(await copy.isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await copy.click();
    await page.getByTestId('success-notice').getByText(`Copied your answers from ${earlier.cycleName}.`).waitFor();
    expect((await taskStatuses(page))[0]).toBe('In progress');
    expect(await copy.count()).toBe(0);

    await page.getByRole('link', { name: `1. ${DOMAINS[0].title}` }).click();
    await waitForDomainPage(page, 0);
    const ids = fieldIds(criterion.key);
    expect(await page.locator(`#${ids.level(4)}`).isChecked()).toBe(true);
    expect(await page.locator(`#${ids.evidence}`).inputValue()).toBe('Copied from last time.');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
