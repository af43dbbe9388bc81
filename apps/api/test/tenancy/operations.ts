import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addDaysToIsoDate, CANVAS_V1, CanvasFramework, nextDraftOf, serializeFrameworkDocument, todayInEngland } from '@idt/domain';
import { answerAll, assessmentOf, closeCycle, createPerson, openCycle, openSession, Person, setStatus, TEST_PASSWORD } from '../support/world';

/**
 * THE TENANCY MATRIX: every GraphQL query and mutation, and what each role may do with it in its own scope and in
 * someone else's. A new operation is one more entry here (the matrix test fails until it is: it compares this list
 * with the live schema). See docs/access-control.md.
 */

export type Who = 'anonymous' | 'icsLead' | 'coach' | 'national' | 'admin';
export const EVERYONE: readonly Who[] = ['anonymous', 'icsLead', 'coach', 'national', 'admin'];
export type Scope = 'own' | 'other';
export type Outcome =
  | 'ALLOWED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  // two-step sign-in: nothing to confirm or turn off yet; no sign-in waiting for its second step
  | 'CONFLICT'
  | 'SIGN_IN_AGAIN';

/** The people and things the matrix runs against (built by tenancy-matrix.spec.ts). */
export interface World {
  readonly db: DataSource;
  readonly people: Record<Exclude<Who, 'anonymous'>, Person> & { spare: Person };
  /** Cohort A holds the ICS lead's ICS and is the coach's; cohort B is nobody's in the matrix. */
  readonly cohorts: { readonly own: string; readonly other: string };
  readonly systems: { readonly own: string; readonly other: string; readonly outside: string };
  /** An open cycle in which every ICS has an assessment. */
  readonly cycleId: string;
}

export interface OperationCase {
  readonly document: string;
  /** Whether a target in the caller's own scope or someone else's makes a difference to this operation. */
  readonly scoped: boolean;
  readonly expect: Readonly<Record<Who, Outcome | { own: Outcome; other: Outcome }>>;
  /** Variables for a call aimed at the caller's own scope or another; may create what the call needs. */
  variables?(world: World, scope: Scope, who: Who): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The session to call with, when not the caller's usual one (e.g. signOut ends the session it is given). */
  session?(world: World, who: Who): Promise<string | null>;
  /** A write: when allowed, it must change the tenant tables (when refused, it must never). */
  readonly writes?: boolean;
  /** For allowed calls: what the answer must (and must not) contain. */
  check?(data: Record<string, unknown>, world: World, who: Who): void;
}

const adminOnly = { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'FORBIDDEN', national: 'FORBIDDEN', admin: 'ALLOWED' } as const;
const everyoneSignedIn = { anonymous: 'UNAUTHENTICATED', icsLead: 'ALLOWED', coach: 'ALLOWED', national: 'ALLOWED', admin: 'ALLOWED' } as const;
const everyone = { anonymous: 'ALLOWED', icsLead: 'ALLOWED', coach: 'ALLOWED', national: 'ALLOWED', admin: 'ALLOWED' } as const;
const ownScopeOnly = { own: 'ALLOWED', other: 'NOT_FOUND' } as const;
/** Only the ICS's own lead, and nobody else even learns it exists (a draft is private to its ICS). */
const ownSystemLeadOnly = {
  anonymous: 'UNAUTHENTICATED',
  icsLead: ownScopeOnly,
  coach: 'NOT_FOUND',
  national: 'NOT_FOUND',
  admin: 'NOT_FOUND',
} as const;
/** Kept by the ICS's lead; its coach, national viewers and admins may read it but not change it. */
const keptByOwnLead = {
  anonymous: 'UNAUTHENTICATED',
  icsLead: ownScopeOnly,
  coach: { own: 'FORBIDDEN', other: 'NOT_FOUND' },
  national: 'FORBIDDEN',
  admin: 'FORBIDDEN',
} as const;
const CRITERION_KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));

/** A session of a new person with no roles (anonymous: none): for operations that change the caller's own account. */
async function freshPersonLike(world: World, who: Who): Promise<string | null> {
  return who === 'anonymous' ? null : (await createPerson(world.db, `Fresh ${who} ${unique()}`)).token;
}

/** A fresh assessment of the scope's ICS in a new cycle, in the given status (and fully answered if asked). */
async function freshAssessment(world: World, scope: Scope, status = 'DRAFT', answered = false) {
  const cycleId = await openCycle(world.db, `Matrix cycle ${unique()}`);
  const assessment = await assessmentOf(world.db, cycleId, world.systems[scope]);
  if (answered) await answerAll(world.db, assessment.id, CRITERION_KEYS);
  const version = status === 'DRAFT' ? assessment.version : await setStatus(world.db, assessment.id, status);
  return { id: assessment.id, version };
}

/** A submitted assessment of the scope's ICS in a new cycle (with its SUBMIT transition, as the queue reads it). */
async function submitted(world: World, scope: Scope): Promise<string> {
  const { id } = await freshAssessment(world, scope, 'SUBMITTED', true);
  await world.db.query(`INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status) VALUES ($1, 'SUBMIT', 'DRAFT', 'SUBMITTED')`, [id]);
  return id;
}

async function notify(world: World, userId: string, message: string): Promise<string> {
  const [row] = await world.db.query(
    `INSERT INTO notification (recipient_user_id, kind, message) VALUES ($1, 'ASSESSMENT_SUBMITTED', $2) RETURNING id::text AS id`,
    [userId, message],
  );
  return row.id;
}

async function freshAction(world: World, scope: Scope): Promise<string> {
  const [row] = await world.db.query(
    `INSERT INTO action_plan_item (system_id, domain_key, action) VALUES ($1, 'co-design', 'Hold a co-design workshop') RETURNING id`,
    [world.systems[scope]],
  );
  return row.id;
}

const unique = () => randomBytes(4).toString('hex');

/** The id of the session behind a cookie token. */
async function sessionIdOf(world: World, token: string): Promise<string> {
  const [row] = await world.db.query(`SELECT id FROM user_session WHERE token_hash = $1`, [createHash('sha256').update(token).digest()]);
  return row.id;
}

/** A new person holding the same roles as `who`, signed in: for calls that end the caller's other sessions. */
async function twinOf(world: World, who: Who): Promise<string | null> {
  if (who === 'anonymous') return null;
  const twin = await createPerson(world.db, `Twin ${who} ${unique()}`);
  await world.db.query(
    `INSERT INTO role_grant (user_id, role, system_id, cohort_id) SELECT $1, role, system_id, cohort_id FROM role_grant WHERE user_id = $2`,
    [twin.id, world.people[who].id],
  );
  return twin.token;
}

/** A live emailed reset link for a new person, as the reset job makes one; returns its token. */
async function resetLinkFor(world: World): Promise<string> {
  const person = await createPerson(world.db, `Forgetful ${unique()}`);
  const token = randomBytes(32).toString('base64url');
  await world.db.query(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
    person.id,
    createHash('sha256').update(token).digest(),
  ]);
  return token;
}
const dayFromToday = (days: number) => addDaysToIsoDate(todayInEngland(new Date()), days);
let movingCycles = 0;

/** A new closed cycle in which the scope's ICS submitted (so it has figures to check); returns its id. */
async function closedCycleWithFigures(world: World, scope: Scope): Promise<string> {
  const cycleId = await openCycle(world.db, `Matrix closed cycle ${unique()}`);
  const assessment = await assessmentOf(world.db, cycleId, world.systems[scope]);
  await answerAll(world.db, assessment.id, CRITERION_KEYS);
  await setStatus(world.db, assessment.id, 'SUBMITTED');
  await closeCycle(world.db, cycleId);
  return cycleId;
}
const cohortIdsIn = (data: Record<string, unknown>) => (data['cohorts'] as { id: string }[]).map((c) => c.id);

/** A pending invitation with a link whose token is known (as if its email had gone); returns its id and token. */
async function freshInvitation(world: World): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await world.db.query(
    `INSERT INTO invitation (email, name, roles, token_hash, expires_at) VALUES ($1, 'Invitee', $2, $3, now() + interval '7 days') RETURNING id`,
    [`invitee.${unique()}@idt-canvas.test`, JSON.stringify([{ role: 'NATIONAL', systemId: null, cohortId: null }]), createHash('sha256').update(token).digest()],
  );
  return { id: row.id, token };
}

async function freshGrant(world: World, systemId: string): Promise<string> {
  const user = await createPerson(world.db, `Grant holder ${unique()}`);
  const [grant] = await world.db.query(
    `INSERT INTO role_grant (user_id, role, system_id) VALUES ($1, 'ICS_LEAD', $2) RETURNING id`,
    [user.id, systemId],
  );
  return grant.id;
}

export const OPERATIONS: Record<string, OperationCase> = {
  // ---- each role's home: a section for every role the caller holds, each limited to that role's scope
  home: {
    document: `{ home {
      leads { systemId assessment { id status } nextActions { id } overdueActions { id } }
      coach { reviewsWaiting { systemId } cohorts { cohortId statusCounts { status count } } }
      national { latestPublished { cycleId } provisional { cycleId participating } }
      admin { cohortsWithoutCoach { id } systemsWithoutLead { id } openCycles { cycleId } reviewsWaiting }
    } }`,
    scoped: false,
    expect: everyoneSignedIn,
    variables: async (world) => {
      // Something in each scope: a submitted assessment of each ICS, and an overdue action in each ICS's plan.
      for (const scope of ['own', 'other'] as const) {
        await submitted(world, scope);
        await world.db.query(
          `INSERT INTO action_plan_item (system_id, domain_key, action, due_on) VALUES ($1, 'co-design', 'Overdue action', '2020-01-01')`,
          [world.systems[scope]],
        );
      }
      return {};
    },
    check: (data, world, who) => {
      const home = data['home'] as {
        leads: { systemId: string; overdueActions: { id: string }[] }[];
        coach: { reviewsWaiting: { systemId: string }[]; cohorts: { cohortId: string }[] } | null;
        national: object | null;
        admin: { systemsWithoutLead: { id: string }[] } | null;
      };
      // Each section only for its role, and only the caller's own ICSs and cohorts in it.
      expect(home.leads.map((l) => l.systemId)).toEqual(who === 'icsLead' ? [world.systems.own] : []);
      if (who === 'icsLead') expect(home.leads[0].overdueActions.length).toBeGreaterThan(0);
      expect(home.coach === null).toBe(who !== 'coach');
      if (home.coach) {
        expect(home.coach.cohorts.map((c) => c.cohortId)).toEqual([world.cohorts.own]);
        const systems = new Set(home.coach.reviewsWaiting.map((r) => r.systemId));
        expect(systems.has(world.systems.own)).toBe(true);
        expect(systems.has(world.systems.other)).toBe(false);
      }
      expect(home.national === null).toBe(who !== 'national');
      expect(home.admin === null).toBe(who !== 'admin');
      if (home.admin) expect(home.admin.systemsWithoutLead.map((s) => s.id)).not.toContain(world.systems.own);
    },
  },

  // ---- the canvas and its cycles: readable by anyone signed in; cycles opened by admins
  canvasFrameworks: { document: '{ canvasFrameworks { id version } }', scoped: false, expect: everyoneSignedIn },
  canvasFramework: {
    document: 'query ($id: ID!) { canvasFramework(id: $id) { id domains { key } } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: async (world) => ({ id: (await world.db.query(`SELECT id FROM canvas_framework WHERE status = 'PUBLISHED' LIMIT 1`))[0].id }),
  },
  assessmentCycles: { document: '{ assessmentCycles { id name } }', scoped: false, expect: everyoneSignedIn },
  frameworkDocument: {
    document: 'query ($id: ID!) { frameworkDocument(id: $id, format: YAML) }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'NOT_FOUND', coach: 'NOT_FOUND', national: 'NOT_FOUND', admin: 'ALLOWED' },
    variables: async (world) => ({ id: await canvasDraft(world.db) }),
  },
  createFrameworkDraft: {
    writes: true,
    document: 'mutation { createFrameworkDraft { id status } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => {
      await world.db.query(`DELETE FROM canvas_framework WHERE status = 'DRAFT'`);
      return {};
    },
  },
  importFrameworkDraft: {
    writes: true,
    document: 'mutation ($d: String!) { importFrameworkDraft(document: $d, format: YAML) { id status } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => {
      // Without a draft, so that the import stores a new one (replacing a draft with the same file changes nothing).
      await world.db.query(`DELETE FROM canvas_framework WHERE status = 'DRAFT'`);
      return { d: serializeFrameworkDocument(nextDraftOf(await latestPublishedCanvas(world.db)), 'yaml') };
    },
  },
  publishFramework: {
    writes: true,
    document: 'mutation ($id: ID!) { publishFramework(id: $id, confirm: true) { id status } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => ({ id: await canvasDraft(world.db) }),
  },

  openAssessmentCycle: {
    writes: true,
    document:
      'mutation ($name: String!, $f: ID!, $o: String!, $c: String!) { openAssessmentCycle(input: { name: $name, frameworkId: $f, opensOn: $o, closesOn: $c }) { id phase } }',
    scoped: false,
    expect: adminOnly,
    // Far ahead, so it overlaps no other open cycle of the matrix (the domain refuses overlaps). On the newest
    // published version: an older one is retired once publishFramework has run, and a new cycle cannot use it.
    variables: async (world) => ({
      name: `Cycle ${unique()}`,
      f: (await world.db.query(`SELECT id FROM canvas_framework WHERE status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`))[0].id,
      o: dayFromToday(600),
      c: dayFromToday(610),
    }),
  },
  assessmentCycle: {
    document: 'query ($id: ID!) { assessmentCycle(id: $id) { id name phase closedOn closedEarly } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: (world) => ({ id: world.cycleId }),
  },
  cycleProgress: {
    document: 'query ($c: ID!) { cycleProgress(cycleId: $c) { counts { status count } rows { systemId status answeredCount } } }',
    scoped: false,
    // Each ICS's draft progress: the admins who run the cycle (docs/access-control.md).
    expect: adminOnly,
    variables: (world) => ({ c: world.cycleId }),
    check: (data) => expect((data['cycleProgress'] as { rows: unknown[] }).rows).toHaveLength(42),
  },
  changeCycleClosingDate: {
    writes: true,
    document: 'mutation ($c: ID!, $d: String!) { changeCycleClosingDate(cycleId: $c, closesOn: $d) { closesOn } }',
    scoped: false,
    expect: adminOnly,
    // A cycle of its own far ahead, on days no other call's cycle has (no overlap), whose closing date moves a day later.
    variables: async (world) => {
      const start = 630 + 7 * movingCycles++;
      const [cycle] = await world.db.query(
        `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on)
         SELECT $1, id, $2::date, $3::date FROM canvas_framework WHERE key = 'idt-canvas' AND version = 1 RETURNING id`,
        [`Moving ${unique()}`, dayFromToday(start), dayFromToday(start + 2)],
      );
      return { c: cycle.id, d: dayFromToday(start + 3) };
    },
  },
  closeAssessmentCycle: {
    writes: true,
    document: 'mutation ($c: ID!) { closeAssessmentCycle(cycleId: $c) { closedOn phase } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => ({ c: await openCycle(world.db, `Closing ${unique()}`) }),
  },

  // ---- assessments: a draft is private to its ICS; once submitted its coach, national viewers and admins read it
  myAssessments: {
    document: '{ myAssessments { id system { id } } }',
    scoped: false,
    expect: everyoneSignedIn,
    check: (data, world, who) => {
      const systems = new Set((data['myAssessments'] as { system: { id: string } }[]).map((a) => a.system.id));
      expect([...systems]).toEqual(who === 'icsLead' ? [world.systems.own] : []);
    },
  },
  assessment: {
    document: 'query ($id: ID!) { assessment(id: $id) { id status responses { criterionKey } } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: async (world, scope) => ({ id: (await freshAssessment(world, scope, 'SUBMITTED')).id }),
  },
  saveAnswers: {
    writes: true,
    document: `mutation ($id: ID!, $v: Int!) { saveAnswers(input: { assessmentId: $id, expectedVersion: $v,
      responses: [{ criterionKey: "${CRITERION_KEYS[0]}", selfLevel: 4, evidence: "We did it" }] }) { version } }`,
    scoped: true,
    expect: ownSystemLeadOnly,
    variables: async (world, scope) => {
      const { id, version } = await freshAssessment(world, scope);
      return { id, v: version };
    },
  },
  transitionAssessment: {
    writes: true,
    document:
      'mutation ($id: ID!, $v: Int!) { transitionAssessment(input: { assessmentId: $id, expectedVersion: $v, transition: SUBMIT, declarationConfirmed: true }) { status } }',
    scoped: true,
    expect: ownSystemLeadOnly,
    variables: async (world, scope) => {
      const { id, version } = await freshAssessment(world, scope, 'DRAFT', true);
      return { id, v: version };
    },
  },
  copyPreviousAnswers: {
    writes: true,
    document: 'mutation ($id: ID!, $v: Int!) { copyPreviousAnswers(assessmentId: $id, expectedVersion: $v) { version } }',
    scoped: true,
    expect: ownSystemLeadOnly,
    variables: async (world, scope) => {
      // An earlier cycle with answers, then a later one with none: the later one can start from the earlier.
      const earlier = await assessmentOf(world.db, await openCycle(world.db, `Earlier ${unique()}`, '2024-01-01'), world.systems[scope]);
      await answerAll(world.db, earlier.id, CRITERION_KEYS.slice(0, 5));
      const { id, version } = await freshAssessment(world, scope);
      return { id, v: version };
    },
  },

  // ---- review: a coach of the ICS's cohort (or an admin) reviews; both sides comment; the assisted route is a coach's
  reviewQueue: {
    document: '{ reviewQueue { assessmentId systemId daysWaiting } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'ALLOWED', national: 'FORBIDDEN', admin: 'ALLOWED' },
    variables: async (world) => {
      // One submitted assessment in each scope, so the coach's queue has something to leave out.
      for (const scope of ['own', 'other'] as const) await submitted(world, scope);
      return {};
    },
    check: (data, world, who) => {
      const systems = new Set((data['reviewQueue'] as { systemId: string }[]).map((i) => i.systemId));
      expect(systems.has(world.systems.own)).toBe(true);
      expect(systems.has(world.systems.other)).toBe(who === 'admin');
    },
  },
  moderateResponse: {
    writes: true,
    document: `mutation ($id: ID!, $v: Int!) { moderateResponse(input: { assessmentId: $id, expectedVersion: $v,
      criterionKey: "${CRITERION_KEYS[0]}", moderatedLevel: 2, comment: "Evidence is thin here" }) { version } }`,
    scoped: true,
    expect: {
      anonymous: 'UNAUTHENTICATED',
      icsLead: { own: 'FORBIDDEN', other: 'NOT_FOUND' },
      coach: ownScopeOnly,
      national: 'FORBIDDEN',
      admin: 'ALLOWED',
    },
    variables: async (world, scope) => {
      const { id, version } = await freshAssessment(world, scope, 'IN_REVIEW', true);
      return { id, v: version };
    },
  },
  addReviewComment: {
    writes: true,
    document: `mutation ($id: ID!) { addReviewComment(input: { assessmentId: $id, criterionKey: "${CRITERION_KEYS[0]}", body: "Could you say more?" }) { id } }`,
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'FORBIDDEN', admin: 'ALLOWED' },
    variables: async (world, scope) => ({ id: (await freshAssessment(world, scope, 'SUBMITTED', true)).id }),
  },
  recordAssessmentOnBehalf: {
    writes: true,
    document: 'mutation ($id: ID!, $v: Int!) { recordAssessmentOnBehalf(input: { assessmentId: $id, expectedVersion: $v }) { recordedOnBehalfBy } }',
    scoped: true,
    // Only a coach of the ICS; to anyone else a draft does not exist.
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'NOT_FOUND', coach: ownScopeOnly, national: 'NOT_FOUND', admin: 'NOT_FOUND' },
    variables: async (world, scope) => {
      const { id, version } = await freshAssessment(world, scope);
      return { id, v: version };
    },
  },

  // ---- a cohort's review side: its coaches and admins plan it, national viewers read it, ICS leads never see it
  cohortOverview: {
    document: 'query ($c: ID!) { cohortOverview(cohortId: $c) { cohortId members { systemId overallScore } } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'NOT_FOUND', coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ c: world.cohorts[scope] }),
  },
  learningProgramme: {
    document: 'query ($c: ID!, $y: ID!) { learningProgramme(cohortId: $c, cycleId: $y) { cohortId plan { groupSessions { title } } } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'NOT_FOUND', coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ c: world.cohorts[scope], y: world.cycleId }),
  },
  saveLearningProgramme: {
    writes: true,
    document: `mutation ($c: ID!, $y: ID!) { saveLearningProgramme(input: { cohortId: $c, cycleId: $y, groupSessions: [],
      individualCoaching: [] }) { version } }`,
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'NOT_FOUND', coach: ownScopeOnly, national: 'FORBIDDEN', admin: 'ALLOWED' },
    // A new cycle each call, so each allowed call saves a first plan.
    variables: async (world, scope) => ({ c: world.cohorts[scope], y: await openCycle(world.db, `Programme cycle ${unique()}`) }),
  },

  // ---- notifications: each person's own, and nobody else's
  notifications: {
    document: '{ notifications { unreadCount items { id message } } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: async (world) => {
      await notify(world, world.people.spare.id, 'For the spare person only');
      return {};
    },
    check: (data) => {
      const items = (data['notifications'] as { items: { message: string }[] }).items;
      expect(items.map((i) => i.message)).not.toContain('For the spare person only');
    },
  },
  markNotificationsRead: {
    writes: true,
    document: 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
    scoped: false,
    expect: everyoneSignedIn,
    // One of the caller's own and one of someone else's: only the caller's own is marked.
    variables: async (world, _scope, who) => ({
      ids: [
        await notify(world, who === 'anonymous' ? world.people.spare.id : world.people[who].id, 'Yours'),
        await notify(world, world.people.spare.id, 'Not yours'),
      ],
    }),
    check: (data) => expect(data['markNotificationsRead']).toBe(1),
  },

  // ---- the landscape: what each person sees is cut down inside (see landscape.spec.ts); publishing is national
  landscape: {
    document: 'query ($c: ID!) { landscape(cycleId: $c, method: ROGERS_QUANTILES) { published entries { name regionName onsCode systemId } } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: (world) => ({ c: world.cycleId }),
    // An unnamed ICS carries nothing that names it, its region included (docs/access-control.md).
    check: (data) => {
      const entries = (data['landscape'] as { entries: Record<string, string | null>[] }).entries;
      for (const e of entries.filter((x) => x['name'] === null)) expect([e['regionName'], e['onsCode'], e['systemId']]).toEqual([null, null, null]);
    },
  },
  newestLandscape: { document: '{ newestLandscape { cycleId } }', scoped: false, expect: everyoneSignedIn },
  systemProfile: {
    document: 'query ($s: ID!) { systemProfile(systemId: $s) { system { id } cycles { overallScore crosswalk { citation } } } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ s: world.systems[scope] }),
  },
  // Every ICS by name in NHS England's five domains (ADR 0025): the national view only.
  crosswalkLandscape: {
    document: 'query ($c: ID!) { crosswalkLandscape(cycleId: $c) { citation systems { name } } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'FORBIDDEN', national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world) => ({ c: world.cycleId }),
  },
  movement: {
    document: 'query ($c: ID!) { movement(fromCycleId: $c, toCycleId: $c) { movedUp moves { name regionName systemId } } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: (world) => ({ c: world.cycleId }),
    check: (data) => {
      const moves = (data['movement'] as { moves: Record<string, string | null>[] }).moves;
      for (const m of moves.filter((x) => x['name'] === null)) expect([m['regionName'], m['systemId']]).toEqual([null, null]);
    },
  },
  // ---- sign-off, publishing and corrections (ADR 0023): a closed cycle's figures answered by the ICS's own leads only
  myProvisionalFigures: {
    document: '{ myProvisionalFigures { systemId systemName hasFigures } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: async (world) => {
      await closedCycleWithFigures(world, 'own');
      return {};
    },
    check: (data, world, who) => {
      const ids = (data['myProvisionalFigures'] as { systemId: string }[]).map((f) => f.systemId);
      if (who === 'icsLead') expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(id).toBe(world.systems.own);
    },
  },
  answerSignOff: {
    writes: true,
    document: 'mutation ($c: ID!, $s: ID!) { answerSignOff(cycleId: $c, systemId: $s, answer: CONFIRMED) { state } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: { own: 'ALLOWED', other: 'FORBIDDEN' }, coach: 'FORBIDDEN', national: 'FORBIDDEN', admin: 'FORBIDDEN' },
    variables: async (world, scope) => ({ c: await closedCycleWithFigures(world, scope), s: world.systems[scope] }),
  },
  signOffSummary: {
    document: 'query ($c: ID!) { signOffSummary(cycleId: $c) { total rows { systemId state comment } } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: async (world) => ({ c: await closedCycleWithFigures(world, 'other') }),
    check: (data, world, who) => {
      const rows = (data['signOffSummary'] as { rows: { systemId: string }[] }).rows;
      // The other ICS is no lead's or coach's in the matrix: only admins see its row.
      expect(rows.some((r) => r.systemId === world.systems.other)).toBe(who === 'admin');
    },
  },
  openSignOffQueries: {
    document: '{ openSignOffQueries { cycleId systemId comment } }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: async (world) => {
      const c = await closedCycleWithFigures(world, 'other');
      await world.db.query(
        `INSERT INTO cycle_sign_off (cycle_id, system_id, answer, comment, answered_by) VALUES ($1, $2, 'QUERIED', 'A query', $3)`,
        [c, world.systems.other, world.people.spare.id],
      );
      return {};
    },
    check: (data, world, who) => {
      const ids = (data['openSignOffQueries'] as { systemId: string }[]).map((q) => q.systemId);
      // The other ICS is no lead's or coach's in the matrix: only admins see its queries.
      expect(ids.includes(world.systems.other)).toBe(who === 'admin');
    },
  },
  publishPreview: {
    document: 'query ($c: ID!) { publishPreview(cycleId: $c) { canPublish statements outstandingSystemIds } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'FORBIDDEN', national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world) => ({ c: world.cycleId }),
  },
  publishCycle: {
    writes: true,
    document: 'mutation ($c: ID!) { publishCycle(cycleId: $c, confirmed: true, outstandingSystemIds: []) { publishedAt } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'FORBIDDEN', national: 'ALLOWED', admin: 'ALLOWED' },
    // Closed with nothing submitted: nobody has figures, so nobody is outstanding.
    variables: async (world) => {
      const c = await openCycle(world.db, `Unpublished ${unique()}`);
      await closeCycle(world.db, c);
      return { c };
    },
  },
  reviseFigures: {
    writes: true,
    document: `mutation ($c: ID!, $s: ID!, $l: [LevelCorrectionInput!]!) {
      reviseFigures(cycleId: $c, systemId: $s, reason: "A level was mistyped", levels: $l) { number } }`,
    scoped: false,
    expect: adminOnly,
    variables: async (world) => {
      const c = await closedCycleWithFigures(world, 'own');
      await world.db.query(`UPDATE assessment_cycle SET published_at = now() WHERE id = $1`, [c]);
      const [{ level }] = await world.db.query(
        `SELECT r.self_level AS level FROM assessment_response r JOIN assessment a ON a.id = r.assessment_id
         WHERE a.cycle_id = $1 AND a.system_id = $2 AND r.criterion_key = $3`,
        [c, world.systems.own, CRITERION_KEYS[0]],
      );
      return { c, s: world.systems.own, l: [{ criterionKey: CRITERION_KEYS[0], level: (level % 5) + 1 }] };
    },
  },
  correctableFigures: {
    document: 'query ($c: ID!, $s: ID!) { correctableFigures(cycleId: $c, systemId: $s) { systemName criteria { criterionKey level } } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => {
      const c = await closedCycleWithFigures(world, 'own');
      await world.db.query(`UPDATE assessment_cycle SET published_at = now() WHERE id = $1`, [c]);
      return { c, s: world.systems.own };
    },
  },
  setPeerSharing: {
    writes: true,
    document: 'mutation ($s: ID!, $v: Boolean!) { setPeerSharing(systemId: $s, shareNameWithPeers: $v) }',
    scoped: true,
    expect: keptByOwnLead,
    variables: async (world, scope) => {
      const [row] = await world.db.query(`SELECT share_name_with_peers AS v FROM peer_sharing WHERE system_id = $1`, [world.systems[scope]]);
      return { s: world.systems[scope], v: !(row?.v ?? false) };
    },
  },

  peerSharing: {
    document: 'query ($s: ID!) { peerSharing(systemId: $s) { systemId systemName shareNameWithPeers canChange } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ s: world.systems[scope] }),
    check: (data, _world, who) => {
      const choice = data['peerSharing'] as { systemId: string; canChange: boolean };
      expect(choice.canChange).toBe(who === 'icsLead');
    },
  },

  // ---- the audit trail: admins and national viewers read it; nobody changes it
  auditEvents: {
    document: '{ auditEvents(first: 5) { events { id action description } hasNextPage } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'FORBIDDEN', national: 'ALLOWED', admin: 'ALLOWED' },
    check: (data) => expect(Array.isArray((data['auditEvents'] as { events: unknown[] }).events)).toBe(true),
  },
  auditEventsCsv: {
    document: '{ auditEventsCsv(filter: { actions: ["SIGNED_IN"] }) { csv rows } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'FORBIDDEN', coach: 'FORBIDDEN', national: 'ALLOWED', admin: 'ALLOWED' },
    check: (data) => expect((data['auditEventsCsv'] as { csv: string }).csv).toMatch(/^When \(UTC\),Who,What happened/),
  },

  // ---- action plans: kept by the ICS's lead, read by its coach, national viewers and admins
  actionPlan: {
    document: 'query ($s: ID!) { actionPlan(systemId: $s) { id } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ s: world.systems[scope] }),
  },
  actionPlanFramework: {
    document: 'query ($s: ID!) { actionPlanFramework(systemId: $s) { id } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ s: world.systems[scope] }),
  },
  addAction: {
    writes: true,
    document: 'mutation ($s: ID!) { addAction(systemId: $s, input: { domainKey: "co-design", action: "Run a workshop" }) { id } }',
    scoped: true,
    expect: keptByOwnLead,
    variables: (world, scope) => ({ s: world.systems[scope] }),
  },
  updateAction: {
    writes: true,
    document: 'mutation ($id: ID!) { updateAction(id: $id, input: { domainKey: "co-design", action: "Run two workshops", status: DONE }) { id } }',
    scoped: true,
    expect: keptByOwnLead,
    variables: async (world, scope) => ({ id: await freshAction(world, scope) }),
  },
  removeAction: {
    writes: true,
    document: 'mutation ($id: ID!) { removeAction(id: $id) }',
    scoped: true,
    expect: keptByOwnLead,
    variables: async (world, scope) => ({ id: await freshAction(world, scope) }),
  },

  // ---- public reference data and sign-in
  systems: { document: '{ systems { id } }', scoped: false, expect: everyone },
  regions: { document: '{ regions { id } }', scoped: false, expect: everyone },
  signInMethods: { document: '{ signInMethods { password singleSignOn { name url } } }', scoped: false, expect: everyone },
  me: {
    document: '{ me { id roleGrants { role } } }',
    scoped: false,
    expect: everyone,
    check: (data, world, who) => {
      const me = data['me'] as { id: string } | null;
      expect(me?.id ?? null).toBe(who === 'anonymous' ? null : world.people[who].id);
    },
  },
  signIn: {
    document: 'mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { id } }',
    scoped: false,
    expect: everyone,
    variables: (world) => ({ email: world.people.spare.email, password: TEST_PASSWORD }),
  },
  signOut: {
    document: 'mutation { signOut }',
    scoped: false,
    expect: everyoneSignedIn,
    // Each call ends a session of its own, so the caller's usual session lives on for the other cases.
    session: async (world, who) => (who === 'anonymous' ? null : openSession(world.db, world.people[who].id)),
  },

  // ---- passwords and sessions: each person's own (docs/access-control.md "Passwords and sessions")
  myAccount: {
    document: '{ myAccount { id hasPassword sessions { id device current } } }',
    scoped: false,
    expect: everyoneSignedIn,
    check: (data, world, who) => {
      const account = data['myAccount'] as { id: string; sessions: { current: boolean }[] };
      expect(account.id).toBe(world.people[who as Exclude<Who, 'anonymous'>].id);
      expect(account.sessions.filter((s) => s.current)).toHaveLength(1);
    },
  },
  endMySession: {
    document: 'mutation ($id: ID!) { endMySession(sessionId: $id) }',
    scoped: true,
    // Only the person's own sessions: anyone else's is not found.
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: ownScopeOnly, admin: ownScopeOnly },
    variables: async (world, scope, who) => {
      const owner = scope === 'own' && who !== 'anonymous' ? world.people[who] : world.people.spare;
      return { id: await sessionIdOf(world, await openSession(world.db, owner.id)) };
    },
  },
  endMyOtherSessions: {
    document: 'mutation { endMyOtherSessions }',
    scoped: false,
    expect: everyoneSignedIn,
    // It ends the caller's other sessions: called as a twin of the role, so the usual sessions live on.
    session: (world, who) => twinOf(world, who),
  },
  changePassword: {
    writes: true,
    document: 'mutation ($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }',
    scoped: false,
    expect: everyoneSignedIn,
    variables: () => ({ c: TEST_PASSWORD, n: `matrix walnut lantern ${unique()}` }),
    session: (world, who) => twinOf(world, who),
  },
  // Public on purpose: someone who has forgotten their password cannot sign in.
  requestPasswordReset: {
    document: 'mutation ($email: String!) { requestPasswordReset(email: $email) }',
    scoped: false,
    expect: everyone,
    variables: () => ({ email: `nobody.${unique()}@idt-canvas.test` }),
  },
  passwordResetLinkWorks: {
    document: 'query ($t: String!) { passwordResetLinkWorks(token: $t) }',
    scoped: false,
    expect: everyone,
    variables: async (world) => ({ t: await resetLinkFor(world) }),
    check: (data) => expect(data['passwordResetLinkWorks']).toBe(true),
  },
  resetPassword: {
    writes: true,
    document: 'mutation ($t: String!, $n: String!) { resetPassword(input: { token: $t, newPassword: $n }) }',
    scoped: false,
    expect: everyone,
    variables: async (world) => ({ t: await resetLinkFor(world), n: `matrix copper meadow ${unique()}` }),
  },

  // ---- two-step sign-in (test/two-step.spec.ts tests the codes themselves)
  completeSignInWithSecondStep: {
    // Only a browser holding a pending sign-in's cookie (after a correct password) gets further; the matrix has none.
    document: 'mutation { completeSignInWithSecondStep(code: "123456") { usedRecoveryCode } }',
    scoped: false,
    expect: { anonymous: 'SIGN_IN_AGAIN', icsLead: 'SIGN_IN_AGAIN', coach: 'SIGN_IN_AGAIN', national: 'SIGN_IN_AGAIN', admin: 'SIGN_IN_AGAIN' },
  },
  startSecondStepEnrolment: {
    document: 'mutation { startSecondStepEnrolment { manualKey } }',
    scoped: false,
    expect: everyoneSignedIn,
    // A person of their own each time, so the matrix's people never have a second step.
    session: (world, who) => freshPersonLike(world, who),
  },
  confirmSecondStepEnrolment: {
    document: 'mutation { confirmSecondStepEnrolment(code: "123456") { codes } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'CONFLICT', coach: 'CONFLICT', national: 'CONFLICT', admin: 'CONFLICT' },
    session: (world, who) => freshPersonLike(world, who),
  },
  turnOffSecondStep: {
    document: 'mutation { turnOffSecondStep(input: { password: "a test passphrase" }) { id } }',
    scoped: false,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: 'CONFLICT', coach: 'CONFLICT', national: 'CONFLICT', admin: 'CONFLICT' },
    session: (world, who) => freshPersonLike(world, who),
  },
  resetSecondStep: {
    document: 'mutation ($id: ID!) { resetSecondStep(userId: $id) { id secondStep { enrolled } } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => {
      // Someone with a second step (its secret is never read by a reset).
      const person = await createPerson(world.db, `Lost phone ${unique()}`);
      await world.db.query(`INSERT INTO second_step (user_id, secret_encrypted, confirmed_at) VALUES ($1, '\\x00', now())`, [person.id]);
      return { id: person.id };
    },
    check: (data) => expect(data['resetSecondStep']).toMatchObject({ secondStep: { enrolled: false } }),
  },

  // ---- accounts and roles: admins only
  users: {
    document: '{ users { id email } }',
    scoped: false,
    expect: adminOnly,
    check: (data, world) => expect((data['users'] as { id: string }[]).map((u) => u.id)).toContain(world.people.spare.id),
  },
  user: {
    document: 'query ($id: ID!) { user(id: $id) { id email } }',
    scoped: true,
    expect: adminOnly,
    variables: (world, scope, who) => ({
      id: scope === 'own' && who !== 'anonymous' ? world.people[who].id : world.people.spare.id,
    }),
  },
  createUser: {
    writes: true,
    document: 'mutation ($email: String!) { createUser(input: { email: $email, name: "New Person" }) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: () => ({ email: `new.${unique()}@idt-canvas.test` }),
  },
  // ---- invitations and leavers: admins only, but a link's holder may read and accept it (docs/access-control.md)
  pendingInvitations: {
    document: '{ pendingInvitations { id email expiresAt } }',
    scoped: false,
    expect: adminOnly,
  },
  inviteUser: {
    writes: true,
    document: 'mutation ($email: String!) { inviteUser(input: { email: $email, name: "Invited Person", roles: [{ role: NATIONAL }] }) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: () => ({ email: `invited.${unique()}@idt-canvas.test` }),
  },
  resendInvitation: {
    writes: true,
    document: 'mutation ($id: ID!) { resendInvitation(id: $id) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => ({ id: (await freshInvitation(world)).id }),
  },
  revokeInvitation: {
    writes: true,
    document: 'mutation ($id: ID!) { revokeInvitation(id: $id) }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => ({ id: (await freshInvitation(world)).id }),
  },
  invitation: {
    document: 'query ($token: String!) { invitation(token: $token) { email name } }',
    scoped: false,
    // Public: whoever holds a valid link sees the invitee's own name and email, and nothing else.
    expect: everyone,
    variables: async (world) => ({ token: (await freshInvitation(world)).token }),
    check: (data) => expect(Object.keys(data['invitation'] as object).sort()).toEqual(['email', 'name']),
  },
  acceptInvitation: {
    writes: true,
    document: 'mutation ($token: String!) { acceptInvitation(input: { token: $token, password: "violet kettle harbour 47 meadow" }) { id } }',
    scoped: false,
    // Public: the link is the proof; it makes (only) the invitee's own account.
    expect: everyone,
    variables: async (world) => ({ token: (await freshInvitation(world)).token }),
  },
  deactivateUser: {
    writes: true,
    document: 'mutation ($id: ID!) { deactivateUser(id: $id) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => ({ id: (await createPerson(world.db, `Leaver ${unique()}`)).id }),
  },
  reactivateUser: {
    writes: true,
    document: 'mutation ($id: ID!) { reactivateUser(id: $id) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: async (world) => {
      const person = await createPerson(world.db, `Returner ${unique()}`);
      await world.db.query(`UPDATE user_account SET deactivated_at = now() WHERE id = $1`, [person.id]);
      return { id: person.id };
    },
  },
  grantRole: {
    writes: true,
    document:
      'mutation ($userId: ID!, $systemId: ID!) { grantRole(input: { userId: $userId, role: ICS_LEAD, systemId: $systemId }) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => ({
      userId: (await createPerson(world.db, `Grantee ${unique()}`)).id,
      systemId: scope === 'own' ? world.systems.own : world.systems.other,
    }),
  },
  revokeRole: {
    writes: true,
    document: 'mutation ($grantId: ID!) { revokeRole(grantId: $grantId) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => ({
      grantId: await freshGrant(world, scope === 'own' ? world.systems.own : world.systems.other),
    }),
  },

  // ---- cohorts: read in scope, managed by admins
  cohorts: {
    document: '{ cohorts { id systems { id } } }',
    scoped: false,
    expect: everyoneSignedIn,
    check: (data, world, who) => {
      const ids = cohortIdsIn(data);
      if (who === 'coach' || who === 'icsLead') expect(ids).toEqual([world.cohorts.own]);
      else expect(ids).toEqual(expect.arrayContaining([world.cohorts.own, world.cohorts.other]));
    },
  },
  cohort: {
    document: 'query ($id: ID!) { cohort(id: $id) { id name systems { id } coaches { id } } }',
    scoped: true,
    expect: { anonymous: 'UNAUTHENTICATED', icsLead: ownScopeOnly, coach: ownScopeOnly, national: 'ALLOWED', admin: 'ALLOWED' },
    variables: (world, scope) => ({ id: world.cohorts[scope] }),
  },
  createCohort: {
    writes: true,
    document: 'mutation ($name: String!) { createCohort(input: { name: $name }) { id } }',
    scoped: false,
    expect: adminOnly,
    variables: () => ({ name: `Cohort ${unique()}` }),
  },
  addSystemToCohort: {
    writes: true,
    document: 'mutation ($cohortId: ID!, $systemId: ID!) { addSystemToCohort(cohortId: $cohortId, systemId: $systemId) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => {
      // Start each call from a state where the ICS is not yet a member, so an allowed call really changes something.
      await world.db.query(`DELETE FROM cohort_member WHERE cohort_id = $1 AND system_id = $2`, [
        world.cohorts[scope],
        world.systems.outside,
      ]);
      return { cohortId: world.cohorts[scope], systemId: world.systems.outside };
    },
  },
  removeSystemFromCohort: {
    writes: true,
    document:
      'mutation ($cohortId: ID!, $systemId: ID!) { removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) { id } }',
    scoped: true,
    expect: adminOnly,
    variables: async (world, scope) => {
      await world.db.query(`INSERT INTO cohort_member (cohort_id, system_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        world.cohorts[scope],
        world.systems.outside,
      ]);
      return { cohortId: world.cohorts[scope], systemId: world.systems.outside };
    },
  },
};

async function latestPublishedCanvas(db: DataSource): Promise<CanvasFramework> {
  const [row] = await db.query(`SELECT definition FROM canvas_framework WHERE status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`);
  return row.definition;
}

/** The id of the one canvas draft: a copy of the latest published version, made when there is none. */
async function canvasDraft(db: DataSource): Promise<string> {
  const [draft] = await db.query(`SELECT id FROM canvas_framework WHERE status = 'DRAFT'`);
  if (draft) return draft.id;
  const next = nextDraftOf(await latestPublishedCanvas(db));
  const [row] = await db.query(
    `INSERT INTO canvas_framework (key, version, title, status, definition) VALUES ($1, $2, $3, 'DRAFT', $4) RETURNING id`,
    [next.key, next.version, next.title, JSON.stringify(next)],
  );
  return row.id;
}
