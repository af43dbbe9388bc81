import { CANVAS_V1, DEMO_PASSWORD, PIONEERS_COHORT, ROLE_LABELS, type Role } from '@idt/domain';
import { Browser, Page } from 'playwright-core';
import { apiSignIn, createAccountWithDemoPassword, demoAccount, graphql } from './support/api';
import {
  accessibilityViolations,
  focused,
  launchChromium,
  openPage,
  PHONE,
  resizeTo,
  saveScreenshot,
  signIn,
  tabTo,
  tabUntil,
  waitForFocus,
} from './support/browser';

const heading = (page: Page, name: string, level = 1) => page.getByRole('heading', { level, name, exact: true });

/** The home as the API gives it to this person: what the page must show. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function homeOverApi(email: string, password = DEMO_PASSWORD): Promise<any> {
  const cookie = await apiSignIn(email, password);
  const { home } = await graphql<{ home: unknown }>(
    `{ home {
      leads { systemName assessment { id cycleName criteriaAnswered criteriaTotal canEdit } }
      coach { reviewsWaiting { assessmentId systemName } cohorts { cohortName } }
      national { latestPublished { cycleName } provisional { cycleName } }
      admin { systemsWithoutLead { id } openCycles { cycleName } }
    } }`,
    {},
    cookie,
  );
  return home;
}

const noSidewaysScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

/** Screenshots of the page as it is now at 1280 px and at 375 px wide (nothing scrolling sideways at 375). */
async function screenshotsAtBothWidths(page: Page, name: string, ready: (page: Page) => Promise<void>) {
  await resizeTo(page, 1280, 900);
  await saveScreenshot(page, `${name}-1280`);
  await resizeTo(page, 375, 667);
  await ready(page);
  await noSidewaysScroll(page);
  expect(await accessibilityViolations(page)).toEqual([]);
  await saveScreenshot(page, `${name}-375`);
}

describe('each role’s home page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tells a visitor what the service is, who it is for and how to sign in, by keyboard too', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/');
    await heading(page, 'Inclusive Digital Transformation Canvas').waitFor();
    expect(await page.title()).toBe('Inclusive Digital Transformation Canvas – IDT Canvas – NHS');
    expect(await page.getByText(/self-assessment for England’s 42 Integrated Care Systems \(ICSs\)/).isVisible()).toBe(true);
    expect(await page.getByText(/diffusion of innovation curve/).isVisible()).toBe(true);
    const who = (await page.getByTestId('who-it-is-for').locator('strong').allTextContents()).map((t) => t.trim());
    expect(who).toEqual(['ICS leads', 'Programme coaches', 'National bodies', 'Admins']);
    // The list of ICSs is still one link away.
    expect(await page.getByRole('link', { name: 'the list of England’s 42 Integrated Care Systems' }).getAttribute('href')).toBe('/systems');
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, 'home-visitor', async (p) => {
      await heading(p, 'Inclusive Digital Transformation Canvas').waitFor();
    });
    await resizeTo(page, 1280, 900);

    // Keyboard only: skip the header, Tab to "Sign in" in the page, Enter; sign in; back home.
    await page.goto('/');
    await page.getByTestId('visitor-sign-in').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('maincontent');
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Sign in' && f.className.includes('nhsuk-button'), { what: 'the "Sign in" button' });
    await page.keyboard.press('Enter');
    await heading(page, 'Sign in to IDT Canvas').waitFor();
    await tabTo(page, 'email');
    await page.keyboard.type(demoAccount('NATIONAL').email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, 'What to do next').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('keeps the list of ICSs at /systems, reached from the navigation', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    await page.goto('/');
    await heading(page, 'Inclusive Digital Transformation Canvas').waitFor();
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'ICSs' }).click();
    await heading(page, 'Integrated Care Systems').waitFor();
    expect(new URL(page.url()).pathname).toBe('/systems');
    await page.getByTestId('system-row').first().waitFor();
    expect(await page.getByTestId('system-row').count()).toBe(42);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  const ROLE_CHECKS: Record<Role, { screenshot: string; check: (page: Page, email: string) => Promise<void> }> = {
    ICS_LEAD: {
      screenshot: 'home-lead',
      check: async (page, email) => {
        const [lead] = (await homeOverApi(email)).leads;
        await heading(page, `ICS lead for ${lead.systemName}`, 2).waitFor();
        const card = page.getByTestId('lead-assessment');
        expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe(`Your assessment: ${lead.assessment.cycleName}`);
        expect(await page.getByTestId('lead-closing').textContent()).toMatch(/^(Closes on \d{1,2} \w+ \d{4} \(\d+ days? left\)|Closes today|Closed on)/);
        expect((await page.getByTestId('lead-status').textContent())?.length).toBeGreaterThan(10);
        if (lead.assessment.canEdit) {
          expect(await page.getByTestId('lead-progress').textContent()).toBe(
            `You have answered ${lead.assessment.criteriaAnswered} of ${lead.assessment.criteriaTotal} criteria.`,
          );
        }
        expect(await page.getByRole('link', { name: `Go to ${lead.systemName}’s action plan` }).isVisible()).toBe(true);
      },
    },
    COACH: {
      screenshot: 'home-coach',
      check: async (page, email) => {
        const { coach } = await homeOverApi(email);
        await heading(page, 'Programme coach', 2).waitFor();
        expect(coach.reviewsWaiting.length).toBeGreaterThan(0);
        const rows = page.getByTestId('review-waiting-row');
        expect(await rows.count()).toBe(coach.reviewsWaiting.length);
        // Oldest first, as the API orders them, each with how long it has waited.
        expect(await rows.first().locator('td').first().textContent()).toContain(coach.reviewsWaiting[0].systemName);
        expect(await rows.first().textContent()).toMatch(/\d+ days?|Less than a day/);
        const cohort = page.getByTestId('cohort-progress-row').filter({ hasText: PIONEERS_COHORT.name });
        expect(await cohort.getByRole('link', { name: PIONEERS_COHORT.name }).getAttribute('href')).toMatch(/^\/cohorts\/[0-9a-f-]{36}\/overview/);
      },
    },
    NATIONAL: {
      screenshot: 'home-national',
      check: async (page, email) => {
        const { national } = await homeOverApi(email);
        await heading(page, 'National viewer', 2).waitFor();
        const sentence = await page.getByTestId('home-national').getByTestId('chart-summary').textContent();
        expect(sentence).toMatch(
          new RegExp(`^In ${national.latestPublished.cycleName.replace(/[()]/g, '\\$&')}, \\d+ ICSs? (was|were) innovators or early adopters, \\d+ early majority, \\d+ late majority and \\d+ laggards or latecomers\\.$`),
        );
        expect(await page.getByTestId('home-category-chart').isVisible()).toBe(true);
        // The chart's data as a table, behind "Show the data as a table".
        await page.getByTestId('home-national').getByText('Show the data as a table').click();
        expect(await page.getByTestId('home-category-table').locator('tbody tr').count()).toBe(5);
        const provisional = await page.getByTestId('provisional-cycles').textContent();
        for (const cycle of national.provisional) expect(provisional).toContain(cycle.cycleName);
        expect(provisional).toMatch(/\d+ of \d+ ICSs have submitted/);
      },
    },
    ADMIN: {
      screenshot: 'home-admin',
      check: async (page, email) => {
        const { admin } = await homeOverApi(email);
        await heading(page, 'Admin', 2).waitFor();
        expect(await page.getByTestId('systems-without-lead').textContent()).toContain(`${admin.systemsWithoutLead.length} ICSs`);
        expect(await page.getByRole('link', { name: 'Give someone the ICS lead role for an ICS' }).getAttribute('href')).toBe('/admin/users');
        const open = await page.getByTestId('open-cycles').textContent();
        for (const cycle of admin.openCycles) expect(open).toContain(cycle.cycleName);
      },
    },
  };

  describe.each((['ICS_LEAD', 'COACH', 'NATIONAL', 'ADMIN'] as const).map((role) => [ROLE_LABELS[role], role] as const))('as the demo %s', (_label, role) => {
    it('lands on their home after signing in, with their section and its real data, and no accessibility violations', async () => {
      const account = demoAccount(role);
      const { context, page, pageErrors } = await openPage(browser);
      await signIn(page, account.email);
      await heading(page, 'What to do next').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.getByTestId('signed-in-as').textContent()).toBe(`${account.name} (${ROLE_LABELS[role]})`);
      const { check, screenshot } = ROLE_CHECKS[role];
      await check(page, account.email);
      // Only this role's section.
      expect(await page.locator('.app-home__section').count()).toBe(1);
      expect(pageErrors).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshotsAtBothWidths(page, screenshot, async (p) => {
        await heading(p, 'What to do next').waitFor();
      });
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  });

  it('takes the ICS lead from their home to their assessment by keyboard', async () => {
    const { context, page, pageErrors } = await openPage(browser, PHONE);
    await signIn(page, demoAccount('ICS_LEAD').email);
    await heading(page, 'What to do next').waitFor();
    await page.getByTestId('lead-assessment').waitFor();
    await waitForFocus(page, (f) => f.tag === 'h1').catch(() => page.locator('h1').focus());
    const action = await tabUntil(page, (f) => f.tag === 'a' && /^(Start|Continue|View) your assessment$/.test(f.text), { what: 'the assessment button' });
    expect(action.className).toContain('nhsuk-button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('takes the coach from their home to the longest-waiting review by keyboard', async () => {
    const { context, page, pageErrors } = await openPage(browser);
    const { coach } = await homeOverApi(demoAccount('COACH').email);
    await signIn(page, demoAccount('COACH').email);
    await heading(page, 'What to do next').waitFor();
    await page.getByTestId('review-waiting-row').first().waitFor();
    await page.locator('h1').focus();
    await tabUntil(page, (f) => f.tag === 'a' && f.text === `Review ${coach.reviewsWaiting[0].systemName}`, { what: 'the first "Review" link' });
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/reviews/${coach.reviewsWaiting[0].assessmentId}$`));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows someone with two roles a section for each, both roles in the header, and what their coach returned', async () => {
    // An admin gives a new person two roles: ICS lead of Dorset and coach of the Pioneers.
    const admin = await apiSignIn(demoAccount('ADMIN').email);
    const { systems, cohorts } = await graphql<{ systems: { id: string; name: string }[]; cohorts: { id: string; name: string }[] }>(
      '{ systems { id name } cohorts { id name } }',
      {},
      admin,
    );
    const dorset = systems.find((s) => s.name === 'Dorset')?.id;
    const pioneers = cohorts.find((c) => c.name === PIONEERS_COHORT.name)?.id;
    const email = `two.roles.${Date.now()}@idt-canvas.test`;
    const password = DEMO_PASSWORD;
    const createUser = { id: await createAccountWithDemoPassword(admin, { email, name: 'Pat Twoway' }) };
    for (const grant of [
      { role: 'ICS_LEAD', systemId: dorset },
      { role: 'COACH', cohortId: pioneers },
    ]) {
      await graphql('mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }', { input: { userId: createUser.id, ...grant } }, admin);
    }

    // As Dorset's lead they answer and submit; the demo admin reviews it and returns it with a comment.
    const pat = await apiSignIn(email, password);
    const { home } = await graphql<{ home: { leads: { assessment: { id: string } }[] } }>('{ home { leads { assessment { id } } } }', {}, pat);
    const assessmentId = home.leads[0].assessment.id;
    const version = async (cookie: string) =>
      (await graphql<{ assessment: { version: number } }>('query ($id: ID!) { assessment(id: $id) { version } }', { id: assessmentId }, cookie)).assessment.version;
    await graphql(
      'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }',
      {
        input: {
          assessmentId,
          expectedVersion: await version(pat),
          responses: CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => ({ criterionKey: c.key, selfLevel: 3, evidence: 'Our evidence' }))),
        },
      },
      pat,
    );
    const transition = async (cookie: string, input: Record<string, unknown>) =>
      graphql('mutation ($input: TransitionAssessmentInput!) { transitionAssessment(input: $input) { version } }', {
        input: { assessmentId, expectedVersion: await version(cookie), ...input },
      }, cookie);
    await transition(pat, { transition: 'SUBMIT', declarationConfirmed: true });
    await transition(admin, { transition: 'START_REVIEW' });
    const commented = CANVAS_V1.domains[1];
    await graphql(
      'mutation ($input: ModerateResponseInput!) { moderateResponse(input: $input) { version } }',
      { input: { assessmentId, expectedVersion: await version(admin), criterionKey: commented.criteria[0].key, moderatedLevel: 2, comment: 'Who took part in the co-design?' } },
      admin,
    );
    await transition(admin, { transition: 'RETURN', reason: 'Please add evidence of co-design.' });

    const { context, page, pageErrors } = await openPage(browser);
    await signIn(page, email, password);
    await heading(page, 'What to do next').waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('Pat Twoway (Programme coach, ICS lead)');
    expect(await page.getByTestId('home-roles').textContent()).toBe(
      'You are signed in as Pat Twoway, with 2 roles: programme coach and ICS lead. Each has a section below.',
    );
    await heading(page, 'ICS lead for Dorset', 2).waitFor();
    await heading(page, 'Programme coach', 2).waitFor();
    expect(await page.locator('.app-home__section h2').allTextContents()).toEqual(['ICS lead for Dorset', 'Programme coach']);
    await page.getByTestId('review-waiting-row').first().waitFor();
    // What the admin returned, with a link to the domain to change.
    const returned = page.getByTestId('returned-items');
    expect(await page.getByTestId('lead-status-tag').textContent()).toBe('Returned for changes');
    expect(await returned.textContent()).toContain('Reason given: “Please add evidence of co-design.”');
    expect(await returned.textContent()).toContain('“Who took part in the co-design?” – Alex Admin');
    expect(await returned.getByRole('link', { name: `${commented.number}. ${commented.title}` }).getAttribute('href')).toBe(
      `/assessments/${assessmentId}/domains/${commented.key}`,
    );
    expect(pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshotsAtBothWidths(page, 'home-two-roles', async (p) => {
      await heading(p, 'What to do next').waitFor();
    });
    await context.close();
  });
});
