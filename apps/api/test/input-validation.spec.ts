import { CANVAS_V1 } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { answerAll, assessmentOf, closeCycle, createCohort, createPerson, fingerprint, gql, openCycle, Person, setStatus, systemId, TEST_PASSWORD } from './support/world';

/**
 * Bad input never reaches PostgreSQL (ADR 0035): a NUL character or half an emoji in any text, and an impossible date
 * (the year 0000 above all), are refused with BAD_USER_INPUT naming the field, and change nothing. Each text and date
 * argument of the API is tried here; the fuzz test (fuzz-mutations.spec.ts) tries everything else.
 */
const K1 = CANVAS_V1.domains[0].criteria[0].key;
const DOMAIN = CANVAS_V1.domains[0].key;
const NUL = 'before\u0000after';

type Caller = 'anonymous' | 'lead' | 'coach' | 'admin';
interface Case {
  readonly caller: Caller;
  readonly document: string;
  /** The variables, with `bad` where the bad value goes. */
  readonly variables: (bad: string) => Record<string, unknown>;
  /** The input path the error names. */
  readonly field: string;
}

describe('bad input is refused before the database', () => {
  let api: TestApp;
  let people: Record<Exclude<Caller, 'anonymous'>, Person>;
  let own: string;
  let cohort: string;
  let cycleId: string;
  let assessment: { id: string; version: number };
  let reviewed: { id: string; version: number };
  let closedCycle: string;
  let actionId: string;
  let frameworkId: string;

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    own = await systemId(db, 'Devon');
    cohort = await createCohort(db, 'Input cohort', [own]);
    people = {
      lead: await createPerson(db, 'Lead', [{ role: 'ICS_LEAD', systemId: own }]),
      coach: await createPerson(db, 'Coach', [{ role: 'COACH', cohortId: cohort }]),
      admin: await createPerson(db, 'Admin', [{ role: 'ADMIN' }]),
    };
    cycleId = await openCycle(db, 'Input cycle');
    assessment = await assessmentOf(db, cycleId, own);
    const review = await assessmentOf(db, await openCycle(db, 'Review cycle', '2025-01-01'), own);
    await answerAll(db, review.id, [K1]);
    reviewed = { id: review.id, version: await setStatus(db, review.id, 'IN_REVIEW') };
    closedCycle = await openCycle(db, 'Closed cycle', '2025-06-01');
    const closed = await assessmentOf(db, closedCycle, own);
    await answerAll(db, closed.id, CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key)));
    await setStatus(db, closed.id, 'SUBMITTED');
    await closeCycle(db, closedCycle);
    [{ id: actionId }] = await db.query(`INSERT INTO action_plan_item (system_id, domain_key, action) VALUES ($1, $2, 'Hold a workshop') RETURNING id`, [own, DOMAIN]);
    [{ id: frameworkId }] = await db.query(`SELECT id FROM canvas_framework WHERE status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`);
  });

  afterAll(async () => {
    await api?.close();
  });

  const saveAnswers = (response: (bad: string) => Record<string, unknown>, field: string): Case => ({
    caller: 'lead',
    document: 'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }',
    variables: (bad) => ({
      input: { assessmentId: assessment.id, expectedVersion: assessment.version, followsOwnSave: false, quickCheckAnswers: [], responses: [response(bad)] },
    }),
    field,
  });
  const addAction = (input: (bad: string) => Record<string, unknown>, field: string): Case => ({
    caller: 'lead',
    document: 'mutation ($s: ID!, $input: ActionPlanItemInput!) { addAction(systemId: $s, input: $input) { id } }',
    variables: (bad) => ({ s: own, input: input(bad) }),
    field,
  });

  /** Every text argument of the API, as someone allowed to call it (so that only the bad text is wrong). */
  const TEXT: Record<string, () => Case> = {
    'an answer’s evidence': () => saveAnswers((bad) => ({ criterionKey: K1, selfLevel: 2, evidence: bad }), 'input.responses[0].evidence'),
    'an answer’s link': () => saveAnswers((bad) => ({ criterionKey: K1, selfLevel: 2, links: ['https://www.nhs.uk', bad] }), 'input.responses[0].links[1]'),
    'an answer’s criterion': () => saveAnswers((bad) => ({ criterionKey: bad, selfLevel: 2 }), 'input.responses[0].criterionKey'),
    'an action': () => addAction((bad) => ({ domainKey: DOMAIN, action: bad }), 'input.action'),
    'an action’s owner': () => addAction((bad) => ({ domainKey: DOMAIN, action: 'Run a workshop', owner: bad }), 'input.owner'),
    'an action changed': () => ({
      caller: 'lead',
      document: 'mutation ($id: ID!, $a: String!) { updateAction(id: $id, input: { domainKey: "co-design", action: $a }) { id } }',
      variables: (bad) => ({ id: actionId, a: bad }),
      field: 'input.action',
    }),
    'a review comment': () => ({
      caller: 'coach',
      document: 'mutation ($id: ID!, $b: String!) { addReviewComment(input: { assessmentId: $id, criterionKey: "' + K1 + '", body: $b }) { id } }',
      variables: (bad) => ({ id: reviewed.id, b: bad }),
      field: 'input.body',
    }),
    'a moderation comment': () => ({
      caller: 'coach',
      document: `mutation ($id: ID!, $v: Int!, $c: String) { moderateResponse(input: { assessmentId: $id, expectedVersion: $v, criterionKey: "${K1}", moderatedLevel: 2, comment: $c }) { id } }`,
      variables: (bad) => ({ id: reviewed.id, v: reviewed.version, c: bad }),
      field: 'input.comment',
    }),
    'a reason for returning an assessment': () => ({
      caller: 'coach',
      document: 'mutation ($id: ID!, $v: Int!, $r: String) { transitionAssessment(input: { assessmentId: $id, expectedVersion: $v, transition: RETURN, reason: $r }) { id } }',
      variables: (bad) => ({ id: reviewed.id, v: reviewed.version, r: bad }),
      field: 'input.reason',
    }),
    'a sign-off query': () => ({
      caller: 'lead',
      document: 'mutation ($c: ID!, $s: ID!, $q: String) { answerSignOff(cycleId: $c, systemId: $s, answer: QUERIED, comment: $q) { state } }',
      variables: (bad) => ({ c: closedCycle, s: own, q: bad }),
      field: 'comment',
    }),
    'a reason for a correction': () => ({
      caller: 'admin',
      document: `mutation ($c: ID!, $s: ID!, $r: String!) { reviseFigures(cycleId: $c, systemId: $s, reason: $r, levels: [{ criterionKey: "${K1}", level: 1 }]) { number } }`,
      variables: (bad) => ({ c: closedCycle, s: own, r: bad }),
      field: 'reason',
    }),
    'a cohort’s name': () => ({
      caller: 'admin',
      document: 'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      variables: (bad) => ({ input: { name: bad } }),
      field: 'input.name',
    }),
    'a cohort’s description': () => ({
      caller: 'admin',
      document: 'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      variables: (bad) => ({ input: { name: 'A cohort', description: bad } }),
      field: 'input.description',
    }),
    'a new account’s email': () => ({
      caller: 'admin',
      document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: (bad) => ({ input: { name: 'New Person', email: `new${bad}@nhs.net` } }),
      field: 'input.email',
    }),
    'a new account’s name': () => ({
      caller: 'admin',
      document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: (bad) => ({ input: { name: bad, email: 'someone.new@nhs.net' } }),
      field: 'input.name',
    }),
    'the anonymous sign-in email': () => ({
      caller: 'anonymous',
      document: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: (bad) => ({ input: { email: `${people.lead.email}${bad}`, password: TEST_PASSWORD } }),
      field: 'input.email',
    }),
    'the sign-in password': () => ({
      caller: 'anonymous',
      document: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: (bad) => ({ input: { email: people.lead.email, password: bad } }),
      field: 'input.password',
    }),
    'a cycle’s name': () => ({
      caller: 'admin',
      document: 'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }',
      variables: (bad) => ({ input: { name: bad, frameworkId, opensOn: '2027-01-04', closesOn: '2027-03-01' } }),
      field: 'input.name',
    }),
    'a planned session’s title': () => ({
      caller: 'coach',
      document: 'mutation ($input: SaveLearningProgrammeInput!) { saveLearningProgramme(input: $input) { version } }',
      variables: (bad) => ({
        input: { cohortId: cohort, cycleId, individualCoaching: [], groupSessions: [{ domainKey: DOMAIN, title: bad, systemIds: [own] }] },
      }),
      field: 'input.groupSessions[0].title',
    }),
    'a coaching topic': () => ({
      caller: 'coach',
      document: 'mutation ($input: SaveLearningProgrammeInput!) { saveLearningProgramme(input: $input) { version } }',
      variables: (bad) => ({
        input: { cohortId: cohort, cycleId, groupSessions: [], individualCoaching: [{ systemId: own, topics: ['Co-design', bad] }] },
      }),
      field: 'input.individualCoaching[0].topics[1]',
    }),
    'an imported canvas document': () => ({
      caller: 'admin',
      document: 'mutation ($d: String!) { importFrameworkDraft(document: $d, format: YAML) { id } }',
      variables: (bad) => ({ d: `key: idt-canvas\ntitle: ${bad}\n` }),
      field: 'document',
    }),
    'an id': () => ({
      caller: 'admin',
      document: 'mutation ($id: ID!) { revokeRole(grantId: $id) { id } }',
      variables: (bad) => ({ id: bad }),
      field: 'grantId',
    }),
  };

  const call = (caller: Caller, document: string, variables: Record<string, unknown>) =>
    gql(api, caller === 'anonymous' ? null : people[caller].token, document, variables);

  async function expectRefused(test: Case, bad: string) {
    const before = await fingerprint(api.database);
    const { status, body } = await call(test.caller, test.document, test.variables(bad));
    expect(status).toBe(200);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: test.field });
    expect(await fingerprint(api.database)).toEqual(before);
    return body.errors?.[0]?.message ?? '';
  }

  describe.each(Object.entries(TEXT))('%s', (_name, test) => {
    it('with a NUL character is refused, naming the field, and nothing changes', async () => {
      expect(await expectRefused(test(), NUL)).toMatch(/hidden null character.*Remove it/);
    });

    it('with half an emoji is refused, naming the field, and nothing changes', async () => {
      expect(await expectRefused(test(), 'broken \uD83D emoji')).toMatch(/broken character/);
    });
  });

  it('still takes text with whole emoji and every other character', async () => {
    const { body } = await call('admin', 'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { name } }', {
      input: { name: 'Cohort 😀 “quoted” \u202E\t', description: 'Ünïcödé' },
    });
    expect(body.errors).toBeUndefined();
    expect((body.data?.['createCohort'] as { name: string }).name).toContain('Cohort 😀 “quoted”');
  });

  it('refuses bad text in a query’s arguments too', async () => {
    const { body } = await call('admin', 'query ($f: AuditEventFilter) { auditEvents(filter: $f) { events { id } } }', { f: { actions: ['SIGNED_IN\u0000'] } });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.actions[0]' });
  });

  /** Every date argument: the year 0000 (which JavaScript takes for 1 BC), a day that does not exist, a year past 9999. */
  const DATES: Record<string, { caller: Caller; document: string; variables: (bad: string) => Record<string, unknown>; field: RegExp }> = {
    'an answer’s target date': {
      caller: 'lead',
      document: 'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }',
      variables: (bad) => ({
        input: { assessmentId: assessment.id, expectedVersion: assessment.version, followsOwnSave: false, quickCheckAnswers: [], responses: [{ criterionKey: K1, selfLevel: 2, targetLevel: 3, targetDate: bad }] },
      }),
      field: /targetDate$/,
    },
    'an action’s due date': {
      caller: 'lead',
      document: 'mutation ($s: ID!, $d: String) { addAction(systemId: $s, input: { domainKey: "co-design", action: "Run a workshop", dueOn: $d }) { id } }',
      variables: (bad) => ({ s: own, d: bad }),
      field: /dueOn$/,
    },
    'a changed due date': {
      caller: 'lead',
      document: 'mutation ($id: ID!, $d: String) { updateAction(id: $id, input: { domainKey: "co-design", action: "Run a workshop", dueOn: $d }) { id } }',
      variables: (bad) => ({ id: actionId, d: bad }),
      field: /dueOn$/,
    },
    'a cycle’s opening date': {
      caller: 'admin',
      document: 'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }',
      variables: (bad) => ({ input: { name: 'A cycle', frameworkId, opensOn: bad, closesOn: '2027-03-01' } }),
      field: /opensOn$/,
    },
    'a cycle’s closing date': {
      caller: 'admin',
      document: 'mutation ($input: OpenAssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }',
      variables: (bad) => ({ input: { name: 'A cycle', frameworkId, opensOn: '2027-01-04', closesOn: bad } }),
      field: /closesOn$/,
    },
    'a changed closing date': {
      caller: 'admin',
      document: 'mutation ($c: ID!, $d: String!) { changeCycleClosingDate(cycleId: $c, closesOn: $d) { closesOn } }',
      variables: (bad) => ({ c: cycleId, d: bad }),
      field: /closesOn$/,
    },
    'the audit trail’s first day': {
      caller: 'admin',
      document: 'query ($f: AuditEventFilter) { auditEvents(filter: $f) { events { id } } }',
      variables: (bad) => ({ f: { from: bad } }),
      field: /from$/,
    },
    'the audit trail’s last day': {
      caller: 'admin',
      document: 'query ($f: AuditEventFilter) { auditEvents(filter: $f) { events { id } } }',
      variables: (bad) => ({ f: { to: bad } }),
      field: /to$/,
    },
  };

  describe.each(Object.entries(DATES))('%s', (_name, test) => {
    it.each(['0000-01-01', '0000-02-29', '2026-02-30', '10000-01-01', '2026-00-10'])('%s is refused, naming the field, and nothing changes', async (bad) => {
      const before = await fingerprint(api.database);
      const { status, body } = await call(test.caller, test.document, test.variables(bad));
      expect(status).toBe(200);
      expect(body.data ?? null).toBeNull();
      const error = body.errors?.[0];
      expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const problems = (error?.extensions?.['problems'] as { field: string }[] | undefined) ?? [];
      const fields = [error?.extensions?.['field'], ...problems.map((p) => p.field)].filter((f): f is string => typeof f === 'string');
      expect(fields.some((field) => test.field.test(field))).toBe(true);
      expect(await fingerprint(api.database)).toEqual(before);
    });
  });

  it('refuses it the same on Apollo’s own path (without the direct GraphQL path)', async () => {
    const apollo = await startTestApp({ databaseUrl: api.databaseUrl }, { directGraphQL: false });
    try {
      const { body } = await gql(apollo, null, 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }', {
        input: { email: `${people.lead.email}\u0000`, password: TEST_PASSWORD },
      });
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
    } finally {
      await apollo.close();
    }
  });

  describe('single sign-on’s REST routes', () => {
    it.each([
      ['/auth/oidc/login?returnTo=/cohorts%00', 'returnTo'],
      ['/auth/oidc/callback?code=abc&state=%00', 'state'],
    ])('%s is answered 400 with BAD_USER_INPUT', async (path, field) => {
      const response = await fetch(`${api.url}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    });
  });
});
