import { criterionTitles } from '@idt/domain';
import { Browser } from 'playwright-core';
import { apiSignIn, demoAccount, graphql, openPioneersCycle } from './support/api';
import { accessibilityViolations, heading, launchChromium, openPage, PHONE, press, saveScreenshot, scrollsSideways, signIn, signInByKeyboard, tabTo, tabUntil, waitForFocus } from './support/browser';
import { withDatabase } from './support/database';

/*
 * A correction after publishing carries corrected levels (ADR 0028): the admin, by keyboard alone, chooses the ICS,
 * the criteria and their corrected levels and the reason, is told what is wrong when something is, checks what will
 * change and who sees it, and records it; the published landscape then shows the corrected figures with a note that
 * says what changed. Sets up its own published Pioneers cycle; leaves it published (with one correction of Devon's
 * figures), which is why it runs last (support/sequencer.cjs).
 */

const ADMIN = demoAccount('ADMIN');
const NATIONAL = demoAccount('NATIONAL');
/** The criteria of the cycle's canvas version (version 2 once it is published: a new cycle cannot use a retired one). */
let KEYS: string[] = [];
let TITLES = new Map<string, string>();
const REASON = 'The first two criteria were scored on last year’s evidence.';
const levelInput = (key: string) => `corrected-level-${key.replace(/[^a-z0-9-]/gi, '-')}`;

type Entry = { name: string | null; overallScore: number | null; revision: { note: string } | null };
async function devonInLandscape(cycleId: string): Promise<Entry> {
  const national = await apiSignIn(NATIONAL.email);
  const { landscape } = await graphql<{ landscape: { entries: Entry[] } }>(
    'query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { entries { name overallScore revision { note } } } }',
    { c: cycleId },
    national,
  );
  return landscape.entries.find((e) => e.name === 'Devon') as Entry;
}

describe('A correction after publishing: the admin corrects levels, and the landscape shows the corrected figures', () => {
  let browser: Browser;
  let cycleId: string;
  let cycleName: string;

  beforeAll(async () => {
    browser = await launchChromium();
    // A Pioneers cycle in which every member submitted: Devon at level 3 everywhere, the others each a little further
    // along than the one before. Closed, then published by the admin over the API.
    const opened = await openPioneersCycle('Corrections check');
    ({ cycleId, cycleName } = opened);
    KEYS = opened.canvas.domains.flatMap((d) => d.criteria.map((c) => c.key));
    TITLES = new Map(criterionTitles(opened.canvas).map((c) => [c.key, c.title]));
    await withDatabase(async (db) => {
      const { rows } = await db.query(
        `SELECT a.id, s.name FROM assessment a JOIN system s ON s.id = a.system_id WHERE a.cycle_id = $1 ORDER BY s.name`,
        [cycleId],
      );
      for (const [i, { id, name }] of (rows as { id: string; name: string }[]).entries()) {
        await db.query(
          `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence)
           SELECT $1, key, CASE WHEN $3 THEN 3 WHEN key = ANY($4::text[]) THEN 4 ELSE 2 END, 'Evidence for ' || key FROM unnest($2::text[]) AS key
           ON CONFLICT (assessment_id, criterion_key) DO NOTHING`,
          [id, KEYS, name === 'Devon', KEYS.slice(0, i * 2)],
        );
        await db.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE id = $1`, [id]);
      }
      await db.query(
        `UPDATE assessment_cycle SET opens_on = current_date - 10, closes_on = current_date - 1, closed_on = current_date - 1 WHERE id = $1`,
        [cycleId],
      );
    });
    const admin = await apiSignIn(ADMIN.email);
    const { publishPreview } = await graphql<{ publishPreview: { outstandingSystemIds: string[] } }>(
      'query ($c: ID!) { publishPreview(cycleId: $c) { outstandingSystemIds } }',
      { c: cycleId },
      admin,
    );
    await graphql(
      'mutation ($c: ID!, $o: [ID!]!) { publishCycle(cycleId: $c, confirmed: true, outstandingSystemIds: $o) { id } }',
      { c: cycleId, o: publishPreview.outstandingSystemIds },
      admin,
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the admin correct Devon’s levels by keyboard, checking what will change first, and the landscape shows it', async () => {
    const before = await devonInLandscape(cycleId);
    expect(before).toMatchObject({ overallScore: 50, revision: null });

    const { context, page, pageErrors } = await openPage(browser);
    await signInByKeyboard(page, ADMIN.email);
    await page.goto(`/cycles/${cycleId}/sign-off`);
    await heading(page, `Sign-off and publishing: ${cycleName}`).waitFor();
    await page.getByTestId('sign-off-phase').getByText('Published.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Correct an ICS’s figures' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Choosing no ICS is refused with a clear message.
    await press(page, 'Correct its figures', { tag: 'button', match: 'contains' });
    await page.locator('.nhsuk-error-summary').getByText('Choose the ICS whose figures need correcting').waitFor();
    await tabTo(page, 'revision-system', 250);
    await page.keyboard.type('Devon');
    await press(page, 'Correct its figures', { tag: 'button', match: 'contains' });

    // The correction form: every criterion with the level that counts now.
    await heading(page, 'Correct Devon’s figures').waitFor();
    const firstLevel = page.locator(`#${levelInput(KEYS[0])}`);
    await firstLevel.waitFor();
    expect(await page.locator('select[id^="corrected-level-"]').count()).toBe(KEYS.length);
    expect(await page.getByText('Counts now: level 3.', { exact: false }).count()).toBe(KEYS.length);
    expect(await page.locator('.nhsuk-inset-text').textContent()).toContain('its own self-assessed levels');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'corrections-form-1280');

    // Nothing chosen and no reason: the domain's rules say what is missing, in the summary and beside each field.
    await press(page, 'Continue', { tag: 'button', match: 'contains' });
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByText('Choose at least one criterion and give its corrected level').waitFor();
    await summary.getByText('Give the reason for the correction', { exact: false }).waitFor();
    expect(await page.locator('.nhsuk-error-message').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Two criteria corrected: the first up to level 4, the second down to level 1; and the reason.
    await tabUntil(page, (f) => f.tag === 'a' && f.text.startsWith('Choose at least one criterion'), { what: 'the error link' });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.id === levelInput(KEYS[0]));
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // No change → 1 → 2 → 4 (3 is the level now)
    await tabTo(page, levelInput(KEYS[1]));
    await page.keyboard.press('ArrowDown'); // → 1
    await tabTo(page, 'correction-reason', 250);
    await page.keyboard.type(REASON);
    await press(page, 'Continue', { tag: 'button', match: 'contains' });

    // The check: what changes, the reason, and who will see what.
    await page.getByRole('heading', { level: 2, name: 'Check the correction' }).waitFor();
    const changes = await page.getByTestId('correction-changes').textContent();
    expect(changes).toContain(`Criterion ${TITLES.get(KEYS[0])}From level 3 to level 4`);
    expect(changes).toContain(`Criterion ${TITLES.get(KEYS[1])}From level 3 to level 1`);
    expect(changes).toContain(REASON);
    const statements = await page.getByTestId('correction-statements').textContent();
    expect(statements).toContain('other ICSs’ categories may change too');
    expect(statements).toContain('correction 1 of Devon’s figures');
    expect(statements).toContain('Devon’s leads are told');
    expect(statements).toContain(`from level 3 to level 4; criterion ${TITLES.get(KEYS[1])} from level 3 to level 1. Reason: ${REASON}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'corrections-check-1280');

    // "Change the correction" goes back with the choices kept; then it is recorded.
    await press(page, 'Change the correction', { tag: 'button', match: 'contains' });
    await heading(page, 'Correct Devon’s figures').waitFor();
    expect(await page.locator(`#${levelInput(KEYS[0])}`).inputValue()).toBe('4');
    await press(page, 'Continue', { tag: 'button', match: 'contains' });
    await page.getByRole('heading', { level: 2, name: 'Check the correction' }).waitFor();
    await press(page, 'Record the correction', { tag: 'button', match: 'contains' });
    await heading(page, `Sign-off and publishing: ${cycleName}`).waitFor();
    await page.getByTestId('success-notice').getByText('Recorded correction 1 of Devon’s figures.', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();

    // The figures are the corrected ones, and the note says what changed, in words.
    const after = await devonInLandscape(cycleId);
    expect(after.overallScore).not.toBe(before.overallScore);
    expect(after.revision?.note).toMatch(/^Corrected after publishing on \d{1,2} \w+ \d{4}: criterion 1\.1 \(.+\) from level 3 to level 4; criterion 1\.2/);
    // A long keyboard journey (every criterion is a field to Tab past) on a shared, slow machine.
  }, 300_000);

  it('shows a national viewer the corrected figures and what changed on the landscape', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, NATIONAL.email);
    await page.goto(`/landscape?cycle=${cycleId}`);
    await heading(page, 'National landscape').waitFor();
    await page.getByTestId('landscape-row').first().waitFor();
    const notes = await page.getByTestId('revision-note').allTextContents();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`Revised Corrected after publishing on`);
    expect(notes[0]).toContain(`from level 3 to level 4; criterion ${TITLES.get(KEYS[1])} from level 3 to level 1. Reason: ${REASON}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'corrections-landscape-1280');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('fits the correction pages on a phone, with nothing scrolling sideways', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, ADMIN.email);
    const devon = await withDatabase(async (db) => (await db.query(`SELECT id FROM system WHERE name = 'Devon'`)).rows[0].id as string);
    await page.goto(`/cycles/${cycleId}/corrections/${devon}`);
    await heading(page, 'Correct Devon’s figures').waitFor();
    await page.locator(`#${levelInput(KEYS[0])}`).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'corrections-form-375');
    await page.locator(`#${levelInput(KEYS[2])}`).selectOption('5');
    await page.locator('#correction-reason').fill('Checked on a phone.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check the correction' }).waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'corrections-check-375');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
