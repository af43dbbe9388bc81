import { Browser, Page } from 'playwright-core';
import { apiSignIn, demoAccount, graphql } from './support/api';
import { accessibilityViolations, focused, heading, launchChromium, openPage, PHONE, saveScreenshot, signIn, tabUntil, waitForFocus } from './support/browser';

const LEAD = demoAccount('ICS_LEAD');
const ADMIN = demoAccount('ADMIN');
const NATIONAL = demoAccount('NATIONAL');
const SHARING_TITLE = 'Sharing Devon’s name with other ICSs';
const SHARING_KIND = 'Changed whether other ICSs see the ICS’s name';

async function devonId(cookie: string): Promise<string> {
  const { systems } = await graphql<{ systems: { id: string; name: string }[] }>('{ systems { id name } }', {}, cookie);
  const devon = systems.find((s) => s.name === 'Devon');
  if (!devon) throw new Error('no Devon');
  return devon.id;
}
const shares = async (cookie: string, systemId: string) =>
  (await graphql<{ peerSharing: { shareNameWithPeers: boolean } }>('query ($s: ID!) { peerSharing(systemId: $s) { shareNameWithPeers } }', { s: systemId }, cookie))
    .peerSharing.shareNameWithPeers;
const setShares = (cookie: string, systemId: string, v: boolean) =>
  graphql('mutation ($s: ID!, $v: Boolean!) { setPeerSharing(systemId: $s, shareNameWithPeers: $v) }', { s: systemId, v }, cookie);

/** Moves a focused <select> by arrow keys until the option with this text is chosen (as a keyboard user would). */
async function chooseByKeyboard(page: Page, id: string, text: string) {
  await tabUntil(page, (f) => f.id === id, { what: `#${id}`, maxTabs: 40 });
  const select = page.locator(`#${id}`);
  for (let i = 0; i < 60; i++) {
    const chosen = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
    if (chosen === text) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${text} is not among #${id}'s options`);
}

describe('Sharing consent and the audit trail', () => {
  let browser: Browser;
  let leadCookie: string;
  let devon: string;
  let before: boolean;
  beforeAll(async () => {
    browser = await launchChromium();
    leadCookie = await apiSignIn(LEAD.email);
    devon = await devonId(leadCookie);
    before = await shares(leadCookie, devon);
  });
  afterAll(async () => {
    if (leadCookie && devon) await setShares(leadCookie, devon, before);
    await browser?.close();
  });

  it('the ICS lead reads who sees what either way and changes the choice, by keyboard', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, LEAD.email);
    await heading(page, 'What to do next').waitFor();
    await page.goto('/');
    await heading(page, 'What to do next').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1').catch(() => undefined);
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Choose whether other ICSs see Devon’s name', { what: 'the sharing link', maxTabs: 120 });
    await page.keyboard.press('Enter');
    await heading(page, SHARING_TITLE).waitFor();
    const current = page.getByTestId('current-choice');
    await current.waitFor();
    expect(await current.textContent()).toContain(before ? 'other ICSs see Devon’s name.' : 'other ICSs do not see Devon’s name.');
    // Who sees what, either way, in plain words.
    expect(await page.getByTestId('if-named').textContent()).toContain('They see Devon’s name beside its scores');
    const unnamed = (await page.getByTestId('if-not-named').textContent()) ?? '';
    expect(unnamed).toContain('a dot with no name');
    expect(unnamed).toContain('never see your region, your cohort');
    expect(unnamed).toContain('fewer than 5 ICSs');
    expect(await page.locator('#maincontent').textContent()).not.toMatch(/peer_sharing|shareNameWithPeers|UNNAMED|k-anonym/);
    expect(await page.getByLabel('Yes, show our name to other ICSs').isChecked()).toBe(before);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sharing-1280');

    // Choose the other answer with the arrow keys, then Save.
    await waitForFocus(page, (f) => f.tag === 'h1');
    await tabUntil(page, (f) => f.tag === 'input' && f.name === 'shareNameWithPeers', { what: 'the choice', maxTabs: 80 });
    await page.keyboard.press(before ? 'ArrowDown' : 'ArrowUp');
    expect(await focused(page)).toMatchObject({ id: before ? 'share-name-no' : 'share-name-yes' });
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Save', { what: 'Save' });
    await page.keyboard.press('Enter');
    const notice = page.getByTestId('success-notice');
    await notice.getByText(before ? 'Saved. Other ICSs no longer see Devon’s name' : 'Saved. Other ICSs now see Devon’s name', { exact: false }).waitFor();
    await current.getByText(before ? 'other ICSs do not see Devon’s name.' : 'other ICSs see Devon’s name.', { exact: false }).waitFor();
    expect(await shares(leadCookie, devon)).toBe(!before);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sharing-saved-1280');

    // The audit trail has it, by the lead, about Devon, before and after.
    const admin = await apiSignIn(ADMIN.email);
    const { auditEvents } = await graphql<{ auditEvents: { events: { actorName: string; systemName: string; description: string }[] } }>(
      'query ($f: AuditEventFilter) { auditEvents(filter: $f, first: 1) { events { actorName systemName description } } }',
      { f: { systemId: devon, actions: ['PEER_SHARING_CHANGED'] } },
      admin,
    );
    expect(auditEvents.events[0]).toMatchObject({
      systemName: 'Devon',
      description: before ? 'Chose not to show Devon’s name to other ICSs' : 'Chose to show Devon’s name to other ICSs',
    });
    await context.close();

    // On a phone: nothing scrolls sideways.
    const phone = await openPage(browser, PHONE);
    await signIn(phone.page, LEAD.email);
    await phone.page.goto(`/systems/${devon}/sharing`);
    await heading(phone.page, SHARING_TITLE).waitFor();
    await phone.page.getByTestId('sharing-form').waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await saveScreenshot(phone.page, 'sharing-375');
    await phone.context.close();
  }, 180_000);

  it('the admin filters the audit trail by an ICS and a kind of event, by keyboard, and downloads it', async () => {
    // Something to find: Devon's lead makes (and so records) the choice again.
    await setShares(leadCookie, devon, await shares(leadCookie, devon));
    const { context, page, pageErrors } = await openPage(browser, { acceptDownloads: true });
    await signIn(page, ADMIN.email);
    await page.getByTestId('home-admin').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1').catch(() => undefined);
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Read the audit trail', { what: 'the audit link', maxTabs: 150 });
    await page.keyboard.press('Enter');
    await heading(page, 'Audit trail').waitFor();
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'audit-1280');

    // A day that does not exist: named in the summary and beside the field; nothing applied.
    await waitForFocus(page, (f) => f.tag === 'h1');
    await chooseByKeyboard(page, 'audit-ics', 'Devon');
    await chooseByKeyboard(page, 'audit-kind', SHARING_KIND);
    await tabUntil(page, (f) => f.id === 'audit-from-day', { what: 'the from day' });
    await page.keyboard.type('30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(['From date must be a real date, for example 31 3 2027']);
    expect(new URL(page.url()).search).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'audit-errors-1280');

    // Mend it (1 February 2026) and apply.
    await tabUntil(page, (f) => f.tag === 'a' && f.text.startsWith('From date must be'), { what: 'the problem link' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ id: 'audit-from-day' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Apply filters', { what: 'Apply filters' });
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('ics') === devon && url.searchParams.get('kind') === 'PEER_SHARING_CHANGED');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-02-01');
    await summary.waitFor({ state: 'detached' });
    const rows = page.getByTestId('audit-row');
    await rows.first().waitFor();
    await page.getByTestId('audit-summary').getByText('matching events', { exact: false }).waitFor();
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain('Devon');
      expect(text).toMatch(/Chose (not )?to show Devon’s name to other ICSs/);
    }
    expect(texts[0]).toContain('ICS: Devon');
    expect(await page.locator('#maincontent').textContent()).not.toMatch(/PEER_SHARING_CHANGED|peer_sharing/);
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'audit-filtered-1280');

    // Download (CSV), by keyboard: the file holds the same events.
    const download = page.waitForEvent('download');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Download (CSV)', { what: 'Download (CSV)', maxTabs: 120 });
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-trail.*\.csv$/);
    await page.getByTestId('audit-csv-status').getByText(`Downloaded ${texts.length} event`, { exact: false }).waitFor();

    // More than a page of them: "Next page" and "Previous page", by keyboard, each landing on the list's heading.
    for (let i = 0; i < 26; i++) await setShares(leadCookie, devon, await shares(leadCookie, devon));
    await page.reload();
    await heading(page, 'Audit trail').waitFor();
    await rows.first().waitFor();
    const firstPage = await rows.allTextContents();
    expect(firstPage).toHaveLength(25);
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Next page', { what: 'Next page', maxTabs: 120 });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Events, page 2');
    const secondPage = await rows.allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(await page.getByTestId('audit-summary').textContent()).toContain('on page 2');
    expect(await accessibilityViolations(page)).toEqual([]);
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Previous page', { what: 'Previous page', maxTabs: 200 });
    await page.keyboard.press('Enter');
    await waitForFocus(page, (f) => f.tag === 'h2' && f.text === 'Events');
    expect(await rows.allTextContents()).toEqual(firstPage);
    expect(pageErrors).toEqual([]);
    await context.close();

    // A national viewer reads it too, from their home; on a phone, nothing scrolls sideways.
    const phone = await openPage(browser, PHONE);
    await signIn(phone.page, NATIONAL.email);
    await phone.page.getByTestId('national-audit-link').click();
    await heading(phone.page, 'Audit trail').waitFor();
    await phone.page.getByTestId('audit-table').waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    await saveScreenshot(phone.page, 'audit-375');
    await phone.context.close();
  }, 180_000);
});
