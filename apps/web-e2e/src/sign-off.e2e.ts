import { type CanvasFramework } from '@idt/domain';
import { Browser } from 'playwright-core';
import { demoAccount, freshDraftForDemoLead } from './support/api';
import { accessibilityViolations, focused, heading, launchChromium, openPage, PHONE, press, saveScreenshot, scrollsSideways, signIn, signInByKeyboard, tabTo, tabUntil, waitForFocus } from './support/browser';
import { withDatabase } from './support/database';

const LEAD = demoAccount('ICS_LEAD');
const ADMIN = demoAccount('ADMIN');
const NATIONAL = demoAccount('NATIONAL');
const OTHER_SYSTEM = 'Surrey Heartlands';
const OTHER_LEAD = `surrey.lead.${Date.now()}@idt-canvas.test`;
const QUERY = 'Our skills score looks too low: we trained 40 digital champions this year.';
/** The cycle's canvas version and its criteria (version 2 once it is published: a new cycle cannot use a retired one). */
let CANVAS: CanvasFramework;
let KEYS: string[] = [];


/** Nothing scrolls sideways. */

describe('Sign-off, then publishing: ICS leads check their figures, the admin publishes', () => {
  let browser: Browser;
  let cycleId: string;
  let cycleName: string;

  beforeAll(async () => {
    browser = await launchChromium();
    // A Pioneers cycle in which Devon (the demo lead's ICS) and Surrey Heartlands submitted, closed yesterday.
    ({ cycleName, canvas: CANVAS } = await freshDraftForDemoLead('Sign-off check'));
    KEYS = CANVAS.domains.flatMap((d) => d.criteria.map((c) => c.key));
    cycleId = await withDatabase(async (db) => {
      const { rows } = await db.query(`SELECT id FROM assessment_cycle WHERE name = $1`, [cycleName]);
      const id: string = rows[0].id;
      const assessments = await db.query(
        `SELECT a.id FROM assessment a JOIN system s ON s.id = a.system_id WHERE a.cycle_id = $1 AND s.name = ANY($2::text[])`,
        [id, ['Devon', OTHER_SYSTEM]],
      );
      for (const { id: assessmentId } of assessments.rows) {
        await db.query(
          `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence)
           SELECT $1, key, 3, 'Evidence for ' || key FROM unnest($2::text[]) AS key
           ON CONFLICT (assessment_id, criterion_key) DO UPDATE SET self_level = 3`,
          [assessmentId, KEYS],
        );
        await db.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE id = $1`, [assessmentId]);
      }
      await db.query(
        `UPDATE assessment_cycle SET opens_on = current_date - 10, closes_on = current_date - 1, closed_on = current_date - 1 WHERE id = $1`,
        [id],
      );
      // Surrey Heartlands' lead, with the demo password.
      await db.query(
        `WITH u AS (INSERT INTO user_account (email, name, password_hash)
                    SELECT $1, 'Sam Surrey', password_hash FROM user_account WHERE email = $2 RETURNING id)
         INSERT INTO role_grant (user_id, role, system_id) SELECT u.id, 'ICS_LEAD', s.id FROM u, system s WHERE s.name = $3`,
        [OTHER_LEAD, LEAD.email, OTHER_SYSTEM],
      );
      return id;
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the demo lead confirm Devon’s figures, by keyboard, from their home', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signInByKeyboard(page, LEAD.email);
    await page.getByTestId('figures-to-check').waitFor();
    expect(await page.getByTestId('figures-to-check').textContent()).toContain(`${cycleName} has closed`);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The link for this cycle (its name is in the link, for screen readers): Devon may have other closed cycles.
    await press(page, `Check Devon’s figures for ${cycleName}`, { tag: 'a', match: 'contains' });

    await heading(page, 'Check your provisional figures').waitFor();
    await page.getByTestId('provisional-figures').waitFor();
    expect(await page.getByTestId('overall-score').textContent()).toBe('50 out of 100');
    expect(await page.getByTestId('sign-off-state').textContent()).toBe('Not answered');
    expect(await page.getByRole('table').getByRole('row').count()).toBe(CANVAS.domains.length + 1);
    expect(await page.getByText('How these figures were worked out').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-off-figures-1280');

    // Sent without a choice: the error summary says what to do.
    await press(page, 'Send your answer', { tag: 'button', match: 'contains' });
    await page.locator('.nhsuk-error-summary').getByText('Choose whether your figures are right or you have a query').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabTo(page, 'answer');
    await page.keyboard.press('Space');
    await press(page, 'Send your answer', { tag: 'button', match: 'contains' });
    await page.getByTestId('success-notice').getByText('You confirmed Devon\'s figures.', { exact: false }).waitFor();
    await page.getByTestId('sign-off-state').getByText(/^Confirmed, on /).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets another ICS’s lead raise a query, which needs a comment', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signInByKeyboard(page, OTHER_LEAD);
    await page.getByTestId('figures-to-check').waitFor();
    await press(page, `Check ${OTHER_SYSTEM}’s figures for ${cycleName}`, { tag: 'a', match: 'contains' });
    await heading(page, 'Check your provisional figures').waitFor();
    await page.getByTestId('provisional-figures').waitFor();

    await tabTo(page, 'answer');
    await page.keyboard.press('ArrowDown'); // "Raise a query"
    expect((await focused(page))?.id).toBe('answer-queried');
    await page.locator('#sign-off-comment').waitFor();
    await press(page, 'Send your answer', { tag: 'button', match: 'contains' });
    // The API's rule: a query needs a comment; shown in the summary and beside the box, and nothing is sent.
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByText('Say what looks wrong in your figures', { exact: false }).waitFor();
    expect(await page.locator('.nhsuk-error-message').textContent()).toContain('Say what looks wrong');
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabUntil(page, (f) => f.tag === 'a' && f.text.startsWith('Say what looks wrong'), { what: 'the error link' });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.id === 'sign-off-comment');
    await page.keyboard.type(QUERY);
    await press(page, 'Send your answer', { tag: 'button', match: 'contains' });
    await page.getByTestId('success-notice').getByText(`Your query about ${OTHER_SYSTEM}'s figures was sent`, { exact: false }).waitFor();
    expect(await page.getByTestId('sign-off-state').textContent()).toContain(`Your query: ${QUERY}`);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the Pioneers’ coach the query on their home, and their cohort’s answers', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signInByKeyboard(page, demoAccount('COACH').email);
    await page.getByTestId('open-queries').waitFor();
    const query = page.getByTestId('open-query').filter({ hasText: cycleName });
    expect(await query.textContent()).toContain(`${OTHER_SYSTEM}, ${cycleName}`);
    expect(await query.textContent()).toContain(QUERY);
    expect(await accessibilityViolations(page)).toEqual([]);
    await press(page, `See the sign-off of ${cycleName}`, { tag: 'a', match: 'contains' });
    await heading(page, `Sign-off and publishing: ${cycleName}`).waitFor();
    await page.getByTestId('sign-off-row').first().waitFor();
    expect(await page.getByTestId('sign-off-row').count()).toBe(2);
    // Coaches read; only admins publish.
    expect(await page.getByRole('link', { name: /^Publish/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the admin who confirmed and who queried, and publishes only once they confirm what becomes visible', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signInByKeyboard(page, ADMIN.email);
    await press(page, `Sign-off and publishing of ${cycleName}`, { tag: 'a', match: 'contains' });
    await heading(page, `Sign-off and publishing: ${cycleName}`).waitFor();
    await page.getByTestId('sign-off-row').first().waitFor();
    const rows = await page.getByTestId('sign-off-row').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/Devon.*Confirmed/);
    expect(rows[1]).toContain(OTHER_SYSTEM);
    expect(rows[1]).toContain('Queried');
    expect(rows[1]).toContain(QUERY);
    expect(await page.getByTestId('sign-off-counts').textContent()).toContain('1 confirmed, 1 queried, 0 not answered');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-off-admin-1280');

    await press(page, 'Publish', { tag: 'a', match: 'contains' });
    await heading(page, `Publish ${cycleName}`).waitFor();
    await page.getByTestId('publish-statements').waitFor();
    const statements = await page.getByTestId('publish-statements').textContent();
    expect(statements).toContain(`1 ICS queried their figures: ${OTHER_SYSTEM}.`);
    expect(statements).toContain('cannot be undone');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-off-publish-1280');

    await press(page, 'Publish the landscape', { tag: 'button', match: 'contains' });
    await page.locator('.nhsuk-error-summary').getByText('Confirm that you understand', { exact: false }).waitFor();
    await tabTo(page, 'publish-confirmed');
    await page.keyboard.press('Space');
    await press(page, 'Publish the landscape', { tag: 'button', match: 'contains' });
    await heading(page, `Sign-off and publishing: ${cycleName}`).waitFor();
    await page.getByTestId('success-notice').getByText(`${cycleName} is published.`, { exact: false }).waitFor();
    await page.getByTestId('sign-off-phase').getByText('Published.').waitFor();

    // A correction after publishing: a corrected level, with its reason (corrections.e2e.ts covers it in full).
    await tabTo(page, 'revision-system', 60);
    await page.keyboard.press('ArrowDown'); // Devon
    await press(page, 'Correct its figures', { tag: 'button', match: 'contains' });
    await heading(page, 'Correct Devon’s figures').waitFor();
    await tabTo(page, `corrected-level-${KEYS[0].replace(/[^a-z0-9-]/gi, '-')}`, 60);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // No change, 1, 2, (not 3, Devon's level now), 4
    await tabTo(page, 'correction-reason', 200);
    await page.keyboard.type('Two answers were scored on last year’s canvas wording.');
    await press(page, 'Continue', { tag: 'button', match: 'contains' });
    await page.getByTestId('correction-changes').waitFor();
    await press(page, 'Record the correction', { tag: 'button', match: 'contains' });
    await page.getByTestId('success-notice').getByText('Recorded correction 1 of Devon’s figures.', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows a national viewer the published landscape', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, NATIONAL.email);
    await page.goto(`/landscape?cycle=${cycleId}`);
    await heading(page, 'National landscape').waitFor();
    await page.getByTestId('landscape-row').first().waitFor();
    expect(await page.getByTestId('landscape-row').count()).toBe(2);
    expect(await page.getByTestId('provisional-tag').count()).toBe(0);
    // The correction is shown beside Devon's figures, with its reason.
    const notes = await page.getByTestId('revision-note').allTextContents();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^Revised Corrected after publishing on \d{1,2} \w+ \d{4}: criterion 1\.1 \(.+\) from level 3 to level 4\. Reason: Two answers were scored on last year’s canvas wording\.$/,
    );
    await saveScreenshot(page, 'sign-off-landscape-1280');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('fits every page on a phone, with nothing scrolling sideways', async () => {
    for (const [email, path, name, shot] of [
      [LEAD.email, `/cycles/${cycleId}/figures`, 'Check your provisional figures', 'sign-off-figures-375'],
      [ADMIN.email, `/cycles/${cycleId}/sign-off`, `Sign-off and publishing: ${cycleName}`, 'sign-off-admin-375'],
    ] as const) {
      const { context, page, pageErrors } = await openPage(browser, PHONE);
      await signIn(page, email);
      await page.goto(path);
      await heading(page, name).waitFor();
      await page.locator('table').first().waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      expect(await accessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, shot);
      expect(pageErrors).toEqual([]);
      await context.close();
    }
  });
});
