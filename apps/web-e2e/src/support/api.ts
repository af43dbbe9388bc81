import { CANVAS_V1, CANVAS_V2, DEMO_ACCOUNTS, DEMO_PASSWORD, PIONEERS_COHORT, type CanvasFramework, type Role } from '@idt/domain';
import { baseUrl } from './browser';
import { withDatabase } from './database';

/**
 * The API over HTTP, for setting up what a browser test needs (e.g. a fresh draft assessment) without clicking
 * through pages that are not under test.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in over the API and returns the session cookie to send with later requests. */
export async function apiSignIn(email: string, password: string = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email, password } },
    }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!response.ok || cookies.length === 0) throw new Error(`Could not sign in as ${email}: HTTP ${response.status}`);
  return cookies.join('; ');
}

export const demoAccount = (role: Role) => {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo ${role}`);
  return account;
};

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

interface CycleFacts {
  id: string;
  name: string;
  opensOn: string;
  closesOn: string;
  phase: string;
  cohort: { id: string } | null;
}

/**
 * Makes room for a new cycle of the Pioneers from `opensOn`: an ICS answers one open cycle at a time (ADR 0023), so
 * every open cycle the Pioneers take part in (the demo's all-ICS cycle, an earlier test's cycle) is closed early, as
 * the admin would. Returns the last day the new cycle may run to before a Pioneers cycle that has not opened yet.
 */
export async function makeRoomForPioneersCycle(
  admin: string,
  pioneersId: string,
  opensOn: string,
  { keepAllIcs = false }: { keepAllIcs?: boolean } = {},
): Promise<string | null> {
  const { assessmentCycles } = await graphql<{ assessmentCycles: CycleFacts[] }>(
    '{ assessmentCycles { id name opensOn closesOn phase cohort { id } } }',
    {},
    admin,
  );
  const theirs = assessmentCycles.filter((c) => c.cohort === null || c.cohort.id === pioneersId);
  const toClose = theirs.filter((c) => (c.phase === 'OPEN' || c.phase === 'PAST_CLOSING_DATE') && !(keepAllIcs && c.cohort === null));
  for (const cycle of toClose) {
    await graphql('mutation ($c: ID!) { closeAssessmentCycle(cycleId: $c) { id } }', { c: cycle.id }, admin);
  }
  const later = theirs.filter((c) => c.phase === 'NOT_YET_OPEN' && c.opensOn > opensOn).map((c) => c.opensOn).sort()[0];
  return later ? isoDayBefore(later) : null;
}

const isoDayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The canvas document of a version (1 or 2): a cycle's answers are given against its own version's criteria. */
export function canvasOfVersion(version: number): CanvasFramework {
  const canvas = [CANVAS_V1, CANVAS_V2].find((c) => c.version === version);
  if (!canvas) throw new Error(`No canvas document for version ${version}`);
  return canvas;
}

/**
 * Opens a new assessment cycle for the Pioneers cohort as the demo admin, with a name unique to this run, opening
 * `opensInDays` from today (today or later: a cycle cannot open in the past). Open cycles of the Pioneers are closed
 * first (see above). It uses the version a new cycle may use (version 2 once it is published). Returns its id, its
 * name and its canvas.
 */
export async function openPioneersCycle(label: string, opensInDays = 0): Promise<{ cycleId: string; cycleName: string; canvas: CanvasFramework }> {
  const admin = await apiSignIn(demoAccount('ADMIN').email);
  const { canvasFrameworks, cohorts } = await graphql<{
    canvasFrameworks: { id: string; version: number; usableForNewCycle: boolean }[];
    cohorts: { id: string; name: string }[];
  }>('{ canvasFrameworks { id version usableForNewCycle } cohorts { id name } }', {}, admin);
  // The version a new cycle may use: the current published one (not version 1 once version 2 is published).
  const framework = canvasFrameworks.find((f) => f.usableForNewCycle);
  const cohort = cohorts.find((c) => c.name === PIONEERS_COHORT.name);
  if (!framework || !cohort) throw new Error('The demo data has no published canvas or no Pioneers cohort');
  const cycleName = `${label} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const opensOn = isoDay(opensInDays);
  const until = await makeRoomForPioneersCycle(admin, cohort.id, opensOn);
  const closesOn = until && until < isoDay(opensInDays + 60) ? until : isoDay(opensInDays + 60);
  const { openAssessmentCycle } = await graphql<{ openAssessmentCycle: { id: string } }>(
    'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }',
    { input: { name: cycleName, frameworkId: framework.id, opensOn, closesOn, cohortId: cohort.id } },
    admin,
  );
  return { cycleId: openAssessmentCycle.id, cycleName, canvas: canvasOfVersion(framework.version) };
}

/**
 * Opens a new assessment cycle for the Pioneers cohort (the demo lead's ICS, Devon, is in it) as the demo admin,
 * with a name unique to this run, opening `opensInDays` from today (today or later: a cycle cannot open in the past),
 * and returns the demo ICS lead's fresh draft in it. Open cycles of the Pioneers are closed first (see above).
 */
export async function freshDraftForDemoLead(label: string, opensInDays = 0): Promise<{ id: string; cycleName: string; canvas: CanvasFramework }> {
  const { cycleName, canvas } = await openPioneersCycle(label, opensInDays);
  const lead = await apiSignIn(demoAccount('ICS_LEAD').email);
  const { myAssessments } = await graphql<{ myAssessments: { id: string; cycle: { name: string } }[] }>(
    '{ myAssessments { id cycle { name } } }',
    {},
    lead,
  );
  const draft = myAssessments.find((a) => a.cycle.name === cycleName);
  if (!draft) throw new Error(`The demo ICS lead has no assessment in ${cycleName}`);
  return { id: draft.id, cycleName, canvas };
}

/** Saves answers into one of the demo ICS lead's assessments over the API (at its current version). */
export async function saveAnswersAsDemoLead(assessmentId: string, responses: Record<string, unknown>[]): Promise<void> {
  const lead = await apiSignIn(demoAccount('ICS_LEAD').email);
  const { assessment } = await graphql<{ assessment: { version: number } }>(
    'query ($id: ID!) { assessment(id: $id) { version } }',
    { id: assessmentId },
    lead,
  );
  await graphql(
    'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }',
    { input: { assessmentId, expectedVersion: assessment.version, responses } },
    lead,
  );
}

/**
 * An account for set-up, signed in with the demo password: no admin types a password (people accept an invitation),
 * so the account is created without one and given the demo accounts' password hash in the app's own database.
 */
export async function createAccountWithDemoPassword(admin: string, person: { email: string; name: string }): Promise<string> {
  const { createUser } = await graphql<{ createUser: { id: string } }>(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: person },
    admin,
  );
  await withDatabase((db) =>
    db.query(`UPDATE user_account SET password_hash = (SELECT password_hash FROM user_account WHERE email = $2) WHERE id = $1`, [
      createUser.id,
      demoAccount('ADMIN').email,
    ]),
  );
  return createUser.id;
}
