import { ADOPTER_CATEGORIES } from '@idt/maturity';
import { CANVAS_V1 } from '@idt/domain';
import { startTestApp, TestApp } from './support/test-app';
import { assessmentOf, createCohort, createPerson, fingerprint, gql, openCycle, Person, systemId } from './support/world';

const DOMAINS = CANVAS_V1.domains;
const [D1, D2, D3] = DOMAINS;
const score = (level: number) => (level - 1) * 25;

/** Answers every criterion at a level per domain (default `level`), straight into the database, in a status. */
async function answer(api: TestApp, assessmentId: string, status: string, level: number, byDomain: Record<string, number> = {}) {
  const rows = DOMAINS.flatMap((d) => d.criteria.map((c) => ({ key: c.key, level: byDomain[d.key] ?? level })));
  await api.database.query(
    `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence)
     SELECT $1, * FROM unnest($2::text[], $3::smallint[], $4::text[])`,
    [assessmentId, rows.map((r) => r.key), rows.map((r) => r.level), rows.map(() => 'Evidence')],
  );
  await api.database.query(`UPDATE assessment SET status = $2 WHERE id = $1`, [assessmentId, status]);
}

const OVERVIEW = `query ($c: ID!, $y: ID) { cohortOverview(cohortId: $c, cycleId: $y) {
  cycle { id } previousCycle { id } cycles { id } domains { key }
  members { systemId systemName status canRead overallScore basis category previousOverallScore
    domainScores { domainKey score } calibration { meanGapPoints count } } } }`;
const PROGRAMME = `query ($c: ID!, $y: ID!) { learningProgramme(cohortId: $c, cycleId: $y) {
  version updatedByName
  proposal { groupSessions { domainKey meanScore scoredMembers systemIds coachingTopics recommendationIds }
    individualCoaching { systemId gaps { domainKey score recommendationIds peers { systemId score } } } unscoredSystemIds }
  plan { groupSessions { domainKey title systemIds notes } individualCoaching { systemId topics recommendationIds peerSystemIds notes } } } }`;
const SAVE = `mutation ($input: SaveLearningProgrammeInput!) { saveLearningProgramme(input: $input) {
  version updatedByName plan { groupSessions { title systemIds } individualCoaching { systemId topics } } } }`;

interface Member {
  systemId: string;
  systemName: string;
  status: string;
  canRead: boolean;
  overallScore: number | null;
  category: string | null;
  previousOverallScore: number | null;
  domainScores: { domainKey: string; score: number }[];
  calibration: { meanGapPoints: number | null; count: number };
}

/**
 * A hand-worked cohort. Levels by domain (score = (level − 1) × 25):
 *   A (Devon)              every domain 4 (75), except D1 2 (25)
 *   B (Surrey Heartlands)  every domain 3 (50), except D1 1 (0) and D2 1 (0)
 *   C (Cornwall)           every domain 5 (100), except D2 4 (75)
 *   D (Dorset)             a draft (all 5s): private to its ICS, so in nothing
 * Cohort means: D1 (25 + 0 + 100) / 3 = 41.67; D2 (75 + 0 + 75) / 3 = 50; every other domain (75 + 50 + 100) / 3 = 75.
 * Group sessions (the three lowest means; ties in canvas order): D1, D2, D3.
 *   D1 invites those below 41.67: B (0), then A (25). D2 (mean 50): B only (A and C are 75). D3 (mean 75): B only (50).
 * Each ICS's three weakest domains (ties in canvas order): A: D1 25, D2 75, D3 75. B: D1 0, D2 0, D3 50.
 * C: D2 75, D1 100, D3 100.
 */
describe('cohort view and learning programme', () => {
  let api: TestApp;
  let cohort: string;
  let cycle: string;
  let earlier: string;
  let ids: Record<'A' | 'B' | 'C' | 'D', string>;
  let coach: Person;
  let national: Person;

  beforeAll(async () => {
    api = await startTestApp();
    const [a, b, c, d] = await Promise.all(['Devon', 'Surrey Heartlands', 'Cornwall and the Isles of Scilly', 'Dorset'].map((n) => systemId(api.database, n)));
    ids = { A: a, B: b, C: c, D: d };
    cohort = await createCohort(api.database, 'Hand-worked', [a, b, c, d]);
    coach = await createPerson(api.database, 'Coach Carter', [{ role: 'COACH', cohortId: cohort }]);
    national = await createPerson(api.database, 'National', [{ role: 'NATIONAL' }]);

    earlier = await openCycle(api.database, '2025', '2025-01-01');
    const aBefore = await assessmentOf(api.database, earlier, a);
    await answer(api, aBefore.id, 'VALIDATED', 3);
    await api.database.query(`UPDATE assessment_response SET moderated_level = 3 WHERE assessment_id = $1`, [aBefore.id]);

    cycle = await openCycle(api.database, '2026', '2026-01-01');
    const aNow = await assessmentOf(api.database, cycle, a);
    await answer(api, aNow.id, 'SUBMITTED', 4, { [D1.key]: 2 });
    // The coach moderated A's D1 one level lower than A said: a calibration gap of +1 level (25 points) there.
    await api.database.query(`UPDATE assessment_response SET moderated_level = 1 WHERE assessment_id = $1 AND criterion_key LIKE $2`, [aNow.id, `${D1.key}.%`]);
    await answer(api, (await assessmentOf(api.database, cycle, b)).id, 'IN_REVIEW', 3, { [D1.key]: 1, [D2.key]: 1 });
    await answer(api, (await assessmentOf(api.database, cycle, c)).id, 'VALIDATED', 5, { [D2.key]: 4 });
    await answer(api, (await assessmentOf(api.database, cycle, d)).id, 'DRAFT', 5);
    await api.database.query(
      `UPDATE assessment_response SET moderated_level = self_level WHERE assessment_id = (SELECT id FROM assessment WHERE cycle_id = $1 AND system_id = $2)`,
      [cycle, c],
    );
  });
  afterAll(async () => {
    await api.close();
  });

  const overview = async (who: Person, cycleId: string | null = null) => {
    const { body } = await gql(api, who.token, OVERVIEW, { c: cohort, y: cycleId });
    expect(body.errors).toBeUndefined();
    return body.data?.['cohortOverview'] as { cycle: { id: string }; previousCycle: { id: string } | null; members: Member[]; domains: { key: string }[] };
  };
  const member = (members: Member[], key: keyof typeof ids) => members.find((m) => m.systemId === ids[key]) as Member;

  it('shows each ICS × domain in the latest cycle, drafts kept private, with calibration and movement', async () => {
    const view = await overview(coach);
    expect(view.cycle.id).toBe(cycle);
    expect(view.previousCycle?.id).toBe(earlier);
    expect(view.domains.map((d) => d.key)).toEqual(DOMAINS.map((d) => d.key));
    expect(view.members.map((m) => m.systemName)).toEqual(['Cornwall and the Isles of Scilly', 'Devon', 'Dorset', 'Surrey Heartlands']);

    const [A, B, C, D] = (['A', 'B', 'C', 'D'] as const).map((k) => member(view.members, k));
    expect(A.domainScores.slice(0, 3).map((d) => d.score)).toEqual([score(2), score(4), score(4)]);
    expect(B.domainScores.slice(0, 3).map((d) => d.score)).toEqual([score(1), score(1), score(3)]);
    expect(C.domainScores.slice(0, 3).map((d) => d.score)).toEqual([score(5), score(4), score(5)]);
    expect(D).toMatchObject({ status: 'DRAFT', canRead: false, overallScore: null, domainScores: [], category: null });
    // C is validated: its moderated levels (equal to its own) are the basis.
    expect([A.status, B.status, C.status]).toEqual(['SUBMITTED', 'IN_REVIEW', 'VALIDATED']);
    expect(C.overallScore).toBeGreaterThan(A.overallScore as number);
    expect(A.overallScore).toBeGreaterThan(B.overallScore as number);

    expect(A.calibration).toEqual({ meanGapPoints: 25, count: D1.criteria.length });
    expect(B.calibration).toEqual({ meanGapPoints: null, count: 0 });
    expect(C.calibration).toEqual({ meanGapPoints: 0, count: DOMAINS.reduce((n, d) => n + d.criteria.length, 0) });

    // Movement: A was validated at level 3 everywhere last time (50); the others took no part that the coach can see.
    expect(A.previousOverallScore).toBe(50);
    expect([B.previousOverallScore, C.previousOverallScore, D.previousOverallScore]).toEqual([null, null, null]);

    // The earlier cycle can be chosen, and national viewers read the same view.
    expect(member((await overview(coach, earlier)).members, 'A').overallScore).toBe(50);
    expect(member((await overview(national)).members, 'A').overallScore).toBe(A.overallScore);
  });

  it('proposes group sessions for the weakest domains, coaching from each ICS’s gaps, and peers further along', async () => {
    const categories = new Map((await overview(coach)).members.map((m) => [m.systemId, m.category]));
    const { body } = await gql(api, coach.token, PROGRAMME, { c: cohort, y: cycle });
    expect(body.errors).toBeUndefined();
    const programme = body.data?.['learningProgramme'] as {
      version: number | null;
      proposal: {
        groupSessions: { domainKey: string; meanScore: number; scoredMembers: number; systemIds: string[]; recommendationIds: string[] }[];
        individualCoaching: { systemId: string; gaps: { domainKey: string; score: number; recommendationIds: string[]; peers: { systemId: string; score: number }[] }[] }[];
        unscoredSystemIds: string[];
      };
      plan: { groupSessions: { domainKey: string; title: string; systemIds: string[] }[]; individualCoaching: { systemId: string; topics: string[] }[] };
    };
    const { proposal, plan } = programme;
    expect(programme.version).toBeNull();

    expect(proposal.groupSessions.map((g) => [g.domainKey, g.scoredMembers, g.systemIds])).toEqual([
      [D1.key, 3, [ids.B, ids.A]],
      [D2.key, 3, [ids.B]],
      [D3.key, 3, [ids.B]],
    ]);
    expect(proposal.groupSessions.map((g) => g.meanScore)).toEqual([expect.closeTo(125 / 3, 9), expect.closeTo(50, 9), expect.closeTo(75, 9)]);
    // Only the seed's ICS recommendations (ICS-1 … ICS-12), as the canvas links them to the domain.
    expect(proposal.groupSessions[0].recommendationIds).toEqual(D1.recommendations.filter((r) => r.startsWith('ICS-')));

    const gaps = (key: keyof typeof ids) => proposal.individualCoaching.find((c) => c.systemId === ids[key])?.gaps ?? [];
    expect(gaps('A').map((g) => [g.domainKey, g.score])).toEqual([[D1.key, 25], [D2.key, 75], [D3.key, 75]]);
    expect(gaps('B').map((g) => [g.domainKey, g.score])).toEqual([[D1.key, 0], [D2.key, 0], [D3.key, 50]]);
    expect(gaps('C').map((g) => [g.domainKey, g.score])).toEqual([[D2.key, 75], [D1.key, 100], [D3.key, 100]]);
    expect(proposal.individualCoaching.map((c) => c.systemId)).not.toContain(ids.D);
    expect(proposal.unscoredSystemIds).toEqual([ids.D]);

    // Peers: further along the national curve and stronger in that domain, strongest first (at most two).
    const rank = (id: string) => ADOPTER_CATEGORIES.indexOf(categories.get(id) as (typeof ADOPTER_CATEGORIES)[number]);
    const scoreIn = { [ids.A]: { [D1.key]: 25 }, [ids.B]: { [D1.key]: 0 }, [ids.C]: { [D1.key]: 100 } };
    const expectedD1PeersOfB = [ids.C, ids.A].filter((id) => rank(id) < rank(ids.B) && scoreIn[id][D1.key] > 0);
    expect(expectedD1PeersOfB.length).toBeGreaterThan(0);
    expect(gaps('B')[0].peers.map((p) => p.systemId)).toEqual(expectedD1PeersOfB);
    expect(gaps('C').every((g) => g.peers.length === 0)).toBe(true);

    // Until a coach saves one, the plan is the proposal, ready to edit.
    expect(plan.groupSessions.map((s) => [s.title, s.systemIds])).toEqual([
      [`Group session: ${D1.title}`, [ids.B, ids.A]],
      [`Group session: ${D2.title}`, [ids.B]],
      [`Group session: ${D3.title}`, [ids.B]],
    ]);
    expect(plan.individualCoaching.find((c) => c.systemId === ids.B)?.topics).toEqual([...new Set([D1, D2, D3].flatMap((d) => d.coachingTopics))]);
  });

  it('saves the edited plan with optimistic locking and audits it', async () => {
    const y = await openCycle(api.database, 'Plan cycle', '2026-06-01');
    const input = {
      cohortId: cohort,
      cycleId: y,
      groupSessions: [{ domainKey: D1.key, title: 'Understanding needs together', systemIds: [ids.A, ids.B], notes: 'March, online' }],
      individualCoaching: [{ systemId: ids.B, topics: ['Mapping digital exclusion'], recommendationIds: ['ICS-1'], peerSystemIds: [ids.C], notes: '' }],
    };
    const first = await gql(api, coach.token, SAVE, { input: { ...input, expectedVersion: null } });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.['saveLearningProgramme']).toEqual({
      version: 1,
      updatedByName: 'Coach Carter',
      plan: { groupSessions: [{ title: 'Understanding needs together', systemIds: [ids.A, ids.B] }], individualCoaching: [{ systemId: ids.B, topics: ['Mapping digital exclusion'] }] },
    });
    // Someone who opened it before that save is refused, and nothing changes.
    const before = await fingerprint(api.database);
    const stale = await gql(api, coach.token, SAVE, { input: { ...input, expectedVersion: null } });
    expect(stale.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(await fingerprint(api.database)).toEqual(before);
    const second = await gql(api, coach.token, SAVE, { input: { ...input, groupSessions: [], expectedVersion: 1 } });
    expect((second.body.data?.['saveLearningProgramme'] as { version: number }).version).toBe(2);
    const audit = await api.database.query(`SELECT actor_user_id FROM audit_event WHERE action = 'LEARNING_PROGRAMME_SAVED'`);
    expect(audit).toEqual([{ actor_user_id: coach.id }, { actor_user_id: coach.id }]);
  });

  it.each([
    ['an empty session title', { groupSessions: [{ domainKey: D1.key, title: '  ', systemIds: [] }] }, 'groupSessions[0].title'],
    ['an unknown domain', { groupSessions: [{ domainKey: 'made-up', title: 'Session', systemIds: [] }] }, 'groupSessions[0].domainKey'],
    ['an ICS outside the cohort', { individualCoaching: [{ systemId: '00000000-0000-4000-8000-000000000000', topics: [] }] }, 'individualCoaching[0].systemId'],
    ['a peer that is the ICS itself', { individualCoaching: [{ systemId: 'A', topics: [], peerSystemIds: ['A'] }] }, 'individualCoaching[0].peerSystemIds'],
    ['a national recommendation', { individualCoaching: [{ systemId: 'A', topics: [], recommendationIds: ['NAT-1'] }] }, 'individualCoaching[0].recommendationIds'],
  ])('refuses %s, naming the place in the plan, changing nothing', async (_what, change, field) => {
    const resolve = (value: unknown): unknown => (value === 'A' ? ids.A : Array.isArray(value) ? value.map(resolve) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)])) : value);
    const before = await fingerprint(api.database);
    const { body } = await gql(api, coach.token, SAVE, {
      input: { cohortId: cohort, cycleId: cycle, expectedVersion: null, groupSessions: [], individualCoaching: [], ...(resolve(change) as object) },
    });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint(api.database)).toEqual(before);
  });
});
