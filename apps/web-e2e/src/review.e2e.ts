import { CANVAS_V1, DEMO_CYCLE_NAME, DEMO_SUBMITTED_PIONEERS, MATURITY_SCALE, notificationMessage } from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, freshDraftForDemoLead, graphql, saveAnswersAsDemoLead } from './support/api';
import { accessibilityViolations, focused, heading, launchChromium, openPage, PHONE, saveScreenshot, signIn, signInByKeyboard, tabTo, tabUntil, waitForFocus, waitForNavigation } from './support/browser';

const COACH = demoAccount('COACH');
const LEAD = demoAccount('ICS_LEAD');
const DOMAINS = CANVAS_V1.domains;
const CRITERIA_COUNT = DOMAINS.reduce((n, d) => n + d.criteria.length, 0);

const levelLabel = (level: number) => `${level} – ${MATURITY_SCALE[level - 1].label}`;
const slug = (criterionKey: string) => criterionKey.replace(/[^A-Za-z0-9_-]/g, '--');

/** The header's link to the notifications, once its count has arrived. */
async function notificationsLinkText(page: Page, matches: RegExp, timeoutMs = 10_000): Promise<string> {
  const link = page.getByTestId('notifications-link');
  const deadline = Date.now() + timeoutMs;
  let text = ((await link.textContent()) ?? '').trim();
  while (!matches.test(text) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    text = ((await link.textContent()) ?? '').trim();
  }
  return text;
}

/** The queue has rendered: its heading and its rows. */
async function waitForQueue(page: Page) {
  await heading(page, 'Assessments to review').waitFor();
  await page.getByTestId('review-row').first().waitFor();
}

/** The overview of one review has rendered. */
async function waitForReview(page: Page, systemName: string, cycleName: string) {
  await heading(page, `Review: ${systemName} – ${cycleName}`).waitFor();
  await page.getByTestId('review-domain').first().waitFor();
  expect(await page.getByTestId('review-domain').count()).toBe(DOMAINS.length);
}

/** One domain of a review has rendered, with focus on its heading. */
async function waitForReviewDomain(page: Page, d: number) {
  await heading(page, `domain ${d + 1} of ${DOMAINS.length}`, false).waitFor();
  expect(await page.locator('h1').textContent()).toContain(DOMAINS[d].title);
  await page.getByTestId('review-criterion').first().waitFor();
  expect(await page.getByTestId('review-criterion').count()).toBe(DOMAINS[d].criteria.length);
  await waitForFocus(page, (f) => f.tag === 'h1');
}

/** "Start review", by Tab and Enter, from the overview's heading. */
async function startReviewByKeyboard(page: Page) {
  await waitForFocus(page, (f) => f.tag === 'h1');
  expect(await page.getByTestId('review-status').textContent()).toBe('Submitted');
  await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Start review', { what: '"Start review"' });
  await page.keyboard.press('Enter');
  await page.getByTestId('success-notice').getByText('You have started the review.').waitFor();
  await page.getByTestId('review-status').getByText('In review').waitFor();
  expect(await page.getByRole('button', { name: 'Start review' }).count()).toBe(0);
  await waitForFocus(page, (f) => f.tag === 'h1');
}

/** The self-assessed level the ICS gave criterion `c` of the domain page shown. */
async function selfLevelOf(page: Page, c: number): Promise<number | null> {
  const text = (await page.getByTestId('review-criterion').nth(c).getByTestId('levels').textContent()) ?? '';
  const match = /Self-assessed level: (\d)/.exec(text);
  return match ? Number(match[1]) : null;
}

/** A different level from the self-assessed level: one lower, or 2 from 1. */
const differentLevel = (self: number | null) => (self === null ? 3 : self === 1 ? 2 : self - 1);

/** Gives criterion `c` of the domain shown a moderated level and a comment, with the keyboard alone. */
async function moderateByKeyboard(page: Page, c: number, criterionKey: string, level: number, comment: string) {
  const id = slug(criterionKey);
  // Into the (unanswered) radio group: focus lands on its first radio, "1 – Not started".
  await tabUntil(page, (f) => f.name === `${id}-moderated`, { what: `the moderated level of ${criterionKey}`, maxTabs: 100 });
  if (level === 1) await page.keyboard.press('Space');
  for (let i = 1; i < level; i++) await page.keyboard.press('ArrowDown');
  expect(await page.locator(`#${id}-moderated${level === 1 ? '' : `-${level}`}`).isChecked()).toBe(true);
  await tabTo(page, `${id}-moderation-comment`);
  await page.keyboard.type(comment);
  await tabUntil(page, (f) => f.tag === 'button' && f.text.startsWith('Save moderation'), { what: '"Save moderation"' });
  await page.keyboard.press('Enter');
  const criterion = page.getByTestId('review-criterion').nth(c);
  await criterion.getByTestId('moderation-status').getByText(`Moderation saved: ${levelLabel(level)}`).waitFor();
  expect(await criterion.getByTestId('levels').textContent()).toMatch(new RegExp(`^Self-assessed level: .+ · Moderated level: ${levelLabel(level)}$`));
  const thread = criterion.getByTestId('comment-thread');
  expect(await thread.getByTestId('comment').last().textContent()).toContain(comment);
  expect(await thread.getByTestId('comment').last().textContent()).toContain(`${COACH.name} (Programme coach)`);
}

/** From the overview: returns it with a reason, first showing the error for an empty one. Ends on the queue. */
async function returnByKeyboard(page: Page, reason: string, noViolations: () => Promise<void>) {
  await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Return to the ICS', { what: '"Return to the ICS"', maxTabs: 100 });
  await page.keyboard.press('Enter');
  const summary = page.locator('.nhsuk-error-summary');
  await summary.getByRole('link', { name: 'Say what the ICS needs to change' }).waitFor();
  await waitForFocus(page, (f) => f.className.includes('nhsuk-error-summary'));
  expect(await page.locator('.nhsuk-form-group--error').textContent()).toContain('Say what the ICS needs to change');
  expect(await page.title()).toMatch(/^Error: /);
  await noViolations();
  // The summary's link goes to the field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect((await focused(page))?.id).toBe('return-reason');
  await page.keyboard.type(reason);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Return to the ICS' });
  await page.keyboard.press('Enter');
}

describe('the coach reviews submitted assessments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('with the keyboard alone: the queue, moderating and returning one, validating another', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);

    await signInByKeyboard(page, COACH.email);
    expect(await waitForNavigation(page, ['ICSs', 'Landscape', 'Cohorts', 'Reviews'])).toEqual(['ICSs', 'Landscape', 'Cohorts', 'Reviews']);
    expect(await notificationsLinkText(page, /^Notifications/)).toMatch(/^Notifications( \(\d+\))?$/);

    // Back up into the header to "Reviews".
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Reviews', { backwards: true, what: '"Reviews"' });
    await page.keyboard.press('Enter');
    await waitForQueue(page);
    await waitForFocus(page, (f) => f.tag === 'h1');
    // The six Pioneers submitted in the demo cycle, the longest waiting first, each with how long it has waited.
    const rows = page.getByTestId('review-row').filter({ hasText: DEMO_CYCLE_NAME });
    const texts = await rows.allTextContents();
    const pioneers = DEMO_SUBMITTED_PIONEERS.map((p) => p.systemName);
    expect(texts.slice(0, 6).map((t) => pioneers.find((name) => t.includes(`Review ${name}`)))).toEqual(pioneers);
    for (const [i, pioneer] of DEMO_SUBMITTED_PIONEERS.entries()) {
      expect(await rows.nth(i).getByTestId('days-waiting').textContent()).toContain(`${pioneer.submittedDaysAgo} day`);
      expect(texts[i]).toContain('Submitted');
    }
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'review-queue');

    // Surrey Heartlands: start the review, moderate two criteria, return it.
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Review Surrey Heartlands', { what: 'the Surrey Heartlands review' });
    await page.keyboard.press('Enter');
    await waitForReview(page, 'Surrey Heartlands', DEMO_CYCLE_NAME);
    expect(await page.getByTestId('moderated-count').textContent()).toBe(`0 of ${CRITERIA_COUNT}`);
    expect(pageErrors).toEqual([]);
    await noViolations();
    await startReviewByKeyboard(page);
    await noViolations();

    await tabUntil(page, (f) => f.tag === 'a' && f.text === `1. ${DOMAINS[0].title}`, { what: 'the first domain' });
    await page.keyboard.press('Enter');
    await waitForReviewDomain(page, 0);
    expect(pageErrors).toEqual([]);
    await noViolations();
    const moderated: { statement: string; level: number }[] = [];
    for (const c of [0, 1]) {
      const criterion = DOMAINS[0].criteria[c];
      const level = differentLevel(await selfLevelOf(page, c));
      await moderateByKeyboard(page, c, criterion.key, level, `Moderated ${c + 1}: the evidence shows ${levelLabel(level)} & no more.`);
      moderated.push({ statement: criterion.statement, level });
    }
    // The self-assessed levels are not editable here: the only radios are the moderation's.
    expect(await page.locator('main input[type="radio"][name$="-level"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'review-domain');

    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Back to the review', { what: '"Back to the review"', maxTabs: 150 });
    await page.keyboard.press('Enter');
    await waitForReview(page, 'Surrey Heartlands', DEMO_CYCLE_NAME);
    await waitForFocus(page, (f) => f.tag === 'h1');
    expect(await page.getByTestId('moderated-count').textContent()).toBe(`2 of ${CRITERIA_COUNT}`);
    expect(await page.getByTestId('review-domain').first().textContent()).toContain('2 comments');
    await returnByKeyboard(page, 'Please add evidence for the first two criteria of domain 1.', noViolations);

    // Back on the queue, with the confirmation; Surrey Heartlands has left it.
    await waitForQueue(page);
    await page.getByTestId('success-notice').getByText('You returned Surrey Heartlands’s self-assessment to the ICS').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1');
    await page.getByRole('link', { name: 'Review Surrey Heartlands' }).waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
    await noViolations();

    // South West London: start the review, then validate it.
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Review South West London', { what: 'the South West London review' });
    await page.keyboard.press('Enter');
    await waitForReview(page, 'South West London', DEMO_CYCLE_NAME);
    await startReviewByKeyboard(page);
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Validate', { what: '"Validate"', maxTabs: 100 });
    await page.keyboard.press('Enter');
    // It asks first, saying how much was moderated (nothing, here), with focus on the question.
    await waitForFocus(page, (f) => f.tag === 'h3' && f.text === 'Important: Validate this self-assessment?');
    expect(await page.getByTestId('validate-moderated').textContent()).toBe(
      `You have not moderated any of the ${CRITERIA_COUNT} criteria: the ICS’s own self-assessed levels will stand for all of them.`,
    );
    await noViolations();
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Yes, validate', { what: '"Yes, validate"' });
    await page.keyboard.press('Enter');
    await waitForQueue(page);
    await page.getByTestId('success-notice').getByText('You validated South West London’s self-assessment.').waitFor();
    await page.getByRole('link', { name: 'Review South West London' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('link', { name: 'Review Cambridgeshire and Peterborough' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await noViolations();
    await context.close();
  }, 180_000);

  it('the ICS lead is told, sees the moderated level and the comment on their assessment, and replies', async () => {
    // Devon, in a fresh cycle of its own (not the demo cycle's Devon), answered and submitted by its lead over the API.
    const { id, cycleName } = await freshDraftForDemoLead('Review journey');
    const first = DOMAINS[0].criteria[0];
    await saveAnswersAsDemoLead(
      id,
      DOMAINS.flatMap((d) => d.criteria).map((c, i) => ({
        criterionKey: c.key,
        selfLevel: 4,
        evidence: `Devon evidence ${i + 1}: <b>not bold</b>`,
        links: i === 0 ? ['https://www.example.nhs.uk/devon-plan'] : [],
      })),
    );
    const leadCookie = await apiSignIn(LEAD.email);
    const { assessment } = await graphql<{ assessment: { version: number } }>('query ($id: ID!) { assessment(id: $id) { version } }', { id }, leadCookie);
    await graphql(
      'mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { status } }',
      { input: { assessmentId: id, expectedVersion: assessment.version, transition: 'SUBMIT', declarationConfirmed: true } },
      leadCookie,
    );

    // The coach is told of the submission, and goes from the notification to the review.
    const coach = await openPage(browser);
    const coachPage = coach.page;
    await signInByKeyboard(coachPage, COACH.email);
    expect(await notificationsLinkText(coachPage, /^Notifications \(\d+\)$/)).toMatch(/^Notifications \(\d+\)$/);
    await tabUntil(coachPage, (f) => f.tag === 'a' && f.text.startsWith('Notifications'), { backwards: true, what: '"Notifications"' });
    await coachPage.keyboard.press('Enter');
    await heading(coachPage, 'Notifications').waitFor();
    const submitted = notificationMessage('ASSESSMENT_SUBMITTED', { systemName: 'Devon', cycleName });
    const item = coachPage.getByTestId('notification').filter({ hasText: submitted });
    await item.waitFor();
    expect(await item.textContent()).toContain('New');
    expect(coach.pageErrors).toEqual([]);
    expect(await accessibilityViolations(coachPage)).toEqual([]);
    await tabUntil(coachPage, (f) => f.tag === 'a' && f.text === submitted, { what: 'the submission notification', maxTabs: 200 });
    await coachPage.keyboard.press('Enter');
    await waitForReview(coachPage, 'Devon', cycleName);
    expect(new URL(coachPage.url()).pathname).toBe(`/reviews/${id}`);
    await startReviewByKeyboard(coachPage);
    await tabUntil(coachPage, (f) => f.tag === 'a' && f.text === `1. ${DOMAINS[0].title}`, { what: 'the first domain' });
    await coachPage.keyboard.press('Enter');
    await waitForReviewDomain(coachPage, 0);
    // The ICS's evidence is text (escaped), and its links are links.
    const firstCriterion = coachPage.getByTestId('review-criterion').first();
    expect(await firstCriterion.textContent()).toContain('Devon evidence 1: <b>not bold</b>');
    expect(await firstCriterion.getByRole('link', { name: 'https://www.example.nhs.uk/devon-plan' }).getAttribute('href')).toBe(
      'https://www.example.nhs.uk/devon-plan',
    );
    const coachComment = 'Your evidence describes plans rather than practice: I would place this at 2.';
    await moderateByKeyboard(coachPage, 0, first.key, 2, coachComment);
    expect(coach.pageErrors).toEqual([]);
    expect(await accessibilityViolations(coachPage)).toEqual([]);
    await tabUntil(coachPage, (f) => f.tag === 'a' && f.text === 'Back to the review', { what: '"Back to the review"', maxTabs: 150 });
    await coachPage.keyboard.press('Enter');
    await waitForReview(coachPage, 'Devon', cycleName);
    await waitForFocus(coachPage, (f) => f.tag === 'h1');
    const reason = 'Show what you already do for criterion 1.1.';
    await returnByKeyboard(coachPage, reason, async () => expect(await accessibilityViolations(coachPage)).toEqual([]));
    await waitForQueue(coachPage);
    await coachPage.getByTestId('success-notice').getByText('You returned Devon’s self-assessment to the ICS').waitFor();
    expect(coach.pageErrors).toEqual([]);
    await coach.context.close();

    // The lead, on a phone-sized screen: told it was returned, marks all read, then reads the feedback and replies.
    const lead = await openPage(browser, PHONE);
    const page = lead.page;
    const noViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);
    await signIn(page, LEAD.email);
    await heading(page, 'What to do next').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1').catch(() => page.locator('h1').focus());
    expect(await notificationsLinkText(page, /^Notifications \(\d+\)$/)).toMatch(/^Notifications \(\d+\)$/);
    await tabUntil(page, (f) => f.tag === 'a' && f.text.startsWith('Notifications'), { backwards: true, what: '"Notifications"' });
    await page.keyboard.press('Enter');
    await heading(page, 'Notifications').waitFor();
    const returned = notificationMessage('ASSESSMENT_RETURNED', { systemName: 'Devon', cycleName });
    const returnedItem = page.getByTestId('notification').filter({ hasText: returned });
    await returnedItem.waitFor();
    expect(await returnedItem.textContent()).toContain('New');
    expect(lead.pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'notifications-phone');

    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Mark all as read', { what: '"Mark all as read"' });
    await page.keyboard.press('Enter');
    await page.getByTestId('success-notice').getByText('All your notifications are marked as read.').waitFor();
    expect(await notificationsLinkText(page, /^Notifications$/)).toBe('Notifications');
    expect(await page.getByTestId('notification').filter({ hasText: 'New' }).count()).toBe(0);
    await noViolations();

    await tabUntil(page, (f) => f.tag === 'a' && f.text === returned, { what: 'the returned notification', maxTabs: 100 });
    await page.keyboard.press('Enter');
    await heading(page, 'Complete your self-assessment', false).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/assessments/${id}`);
    await waitForFocus(page, (f) => f.tag === 'h1');
    expect(await page.getByTestId('assessment-status').textContent()).toBe('Returned for changes');
    expect(await page.locator('main').textContent()).toContain(reason);
    const feedback = page.getByTestId('feedback-criterion');
    expect(await feedback.count()).toBe(1);
    expect(await feedback.textContent()).toContain(first.statement);
    expect(await feedback.getByTestId('moderated-level').textContent()).toContain(`Coach's moderated level: ${levelLabel(2)}`);
    expect(await feedback.getByTestId('comment').first().textContent()).toContain(coachComment);
    expect(await feedback.getByTestId('comment').first().textContent()).toContain(`${COACH.name} (Programme coach)`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(lead.pageErrors).toEqual([]);
    await noViolations();

    const reply = 'Thanks: we will add the minutes of our board meeting.';
    await tabTo(page, `${slug(first.key)}-reply`, 60);
    await page.keyboard.type(reply);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button' });
    expect((await focused(page))?.text).toMatch(/^Reply/);
    await page.keyboard.press('Enter');
    await feedback.getByRole('status').getByText('Comment added').waitFor();
    expect(await feedback.getByTestId('comment').count()).toBe(2);
    expect(await feedback.getByTestId('comment').last().textContent()).toContain(reply);
    expect(await feedback.getByTestId('comment').last().textContent()).toContain(`${LEAD.name} (ICS)`);
    expect(lead.pageErrors).toEqual([]);
    await noViolations();
    await saveScreenshot(page, 'assessment-coach-feedback-phone');
    await lead.context.close();
  }, 180_000);
});
