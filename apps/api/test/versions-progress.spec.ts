import { AssessmentStatus, CANVAS_V1, CANVAS_V2, CanvasFramework, MaturityLevel, serializeFrameworkDocument } from '@idt/domain';
import { CriterionAnswer, scoreOverSharedCriteria, toScoreProfile } from '@idt/maturity';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';
import { assessmentOf, createPerson, gql, Person, setStatus } from './support/world';

/**
 * Progress and movement across canvas versions (ADR 0026): an ICS with a result on canvas v1 and then on a v2 that
 * splits, merges and adds criteria is compared over the criteria both versions share, and the answer says so.
 */

/** The shipped canvas v2 (a split and a merge), with one criterion added that nothing in v1 reaches. */
const evaluation = CANVAS_V2.domains.find((d) => d.key === 'evaluation') as CanvasFramework['domains'][number];
const ADDED_KEY = 'evaluation.added-in-version-2';
const V2: CanvasFramework = {
  ...CANVAS_V2,
  domains: CANVAS_V2.domains.map((d) =>
    d.key === 'evaluation'
      ? { ...d, criteria: [...d.criteria, { ...evaluation.criteria[0], key: ADDED_KEY, statement: 'A criterion that version 2 adds to the canvas.' }] }
      : d,
  ),
  crosswalk: CANVAS_V2.crosswalk && {
    ...CANVAS_V2.crosswalk,
    criteria: [...CANVAS_V2.crosswalk.criteria, { criterion: ADDED_KEY, domains: [CANVAS_V2.crosswalk.domains[0].key] }],
  },
};

const keysOf = (f: CanvasFramework) => f.domains.flatMap((d) => d.criteria.map((c) => c.key));
/** Levels that differ from criterion to criterion and from ICS to ICS, so every score and change is its own. */
const levelsFor = (f: CanvasFramework, shift: number): CriterionAnswer[] =>
  keysOf(f).map((criterionKey, i) => ({
    criterionKey,
    selfLevel: (((i * 7 + shift) % 5) + 1) as MaturityLevel,
    notAssessed: false,
    moderatedLevel: null,
  }));

async function answer(db: DataSource, assessmentId: string, answers: readonly CriterionAnswer[]) {
  await db.query(
    `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence)
     SELECT $1, a.key, a.level, 'Evidence' FROM unnest($2::text[], $3::int[]) AS a (key, level)`,
    [assessmentId, answers.map((a) => a.criterionKey), answers.map((a) => a.selfLevel)],
  );
}

async function openCycleOn(db: DataSource, name: string, version: number, opensOn: string): Promise<string> {
  const [cycle] = await db.query(
    `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on)
     SELECT $1, id, $3::date, $3::date + 90 FROM canvas_framework WHERE key = 'idt-canvas' AND version = $2 RETURNING id`,
    [name, version, opensOn],
  );
  await db.query(`INSERT INTO assessment (cycle_id, system_id) SELECT $1, id FROM system`, [cycle.id]);
  return cycle.id;
}

const PROFILE = `query ($s: ID!) { systemProfile(systemId: $s) { cycles { cycle { id name } overallScore domainScores { domainKey score }
  progress { domainKey delta }
  comparedAcrossVersions { fromVersion toVersion criteriaCompared criteriaMapped newCriteriaLeftOut retiredCriteriaLeftOut summary } } } }`;
const MOVEMENT = `query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t) { movedUp movedDown stayed acrossVersions { fromVersion toVersion summary } } }`;

interface ProfileCycle {
  cycle: { id: string; name: string };
  overallScore: number | null;
  progress: { domainKey: string; delta: number | null }[];
  comparedAcrossVersions: {
    fromVersion: number;
    toVersion: number;
    criteriaCompared: number;
    criteriaMapped: number;
    newCriteriaLeftOut: number;
    retiredCriteriaLeftOut: number;
    summary: string;
  } | null;
}

describe('progress and movement across canvas versions (real PostgreSQL)', () => {
  let api: TestApp;
  let admin: Person;
  let national: Person;
  let systems: string[];
  let onV1: string;
  let onV2: string;
  let againOnV2: string;
  const answersOf = new Map<string, CriterionAnswer[]>();

  beforeAll(async () => {
    api = await startTestApp();
    const db = api.database;
    admin = await createPerson(db, 'Versions Admin', [{ role: 'ADMIN' }]);
    national = await createPerson(db, 'Versions National', [{ role: 'NATIONAL' }]);

    // The admin imports and publishes the v2 through the API, as the canvas versions page does.
    const imported = await gql(api, admin.token, `mutation ($d: String!) { importFrameworkDraft(document: $d, format: YAML) { id } }`, {
      d: serializeFrameworkDocument(V2, 'yaml'),
    });
    expect(imported.body.errors).toBeUndefined();
    const draftId = (imported.body.data?.['importFrameworkDraft'] as { id: string }).id;
    const published = await gql(api, admin.token, `mutation ($id: ID!) { publishFramework(id: $id, confirm: true) { status } }`, { id: draftId });
    expect(published.body.errors).toBeUndefined();

    onV1 = await openCycleOn(db, 'Year one', 1, '2025-01-01');
    onV2 = await openCycleOn(db, 'Year two', 2, '2025-06-01');
    againOnV2 = await openCycleOn(db, 'Year three', 2, '2025-11-01');
    systems = (await db.query(`SELECT id FROM system ORDER BY name LIMIT 8`)).map((r: { id: string }) => r.id);
    for (const [n, systemId] of systems.entries()) {
      for (const [cycleId, framework, shift] of [
        [onV1, CANVAS_V1, n],
        [onV2, V2, n * 3 + 1],
        [againOnV2, V2, n * 2 + 4],
      ] as const) {
        const assessment = await assessmentOf(db, cycleId, systemId);
        const answers = levelsFor(framework, shift);
        await answer(db, assessment.id, answers);
        await setStatus(db, assessment.id, 'SUBMITTED');
        answersOf.set(`${cycleId}:${systemId}`, answers);
      }
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  const profileOf = async (systemId: string) => {
    const { body } = await gql(api, national.token, PROFILE, { s: systemId });
    expect(body.errors).toBeUndefined();
    return (body.data?.['systemProfile'] as { cycles: ProfileCycle[] }).cycles;
  };
  const submitted = (cycleId: string, systemId: string) => ({
    status: 'SUBMITTED' as AssessmentStatus,
    answers: answersOf.get(`${cycleId}:${systemId}`) as CriterionAnswer[],
  });

  it('gives the change from a v1 cycle to a v2 cycle over the criteria both share, as the engine scores them, and says so', async () => {
    for (const systemId of systems.slice(0, 3)) {
      const cycles = await profileOf(systemId);
      expect(cycles.map((c) => c.cycle.id)).toEqual([onV1, onV2, againOnV2]);
      const crossing = cycles[1];
      const expected = scoreOverSharedCriteria(CANVAS_V1, submitted(onV1, systemId), V2, submitted(onV2, systemId));
      const [before, after] = [toScoreProfile(expected.before), toScoreProfile(expected.after)];
      const deltaOf = (key: string) => crossing.progress.find((p) => p.domainKey === key)?.delta;
      expect(deltaOf('overall')).toBeCloseTo((after.overall as number) - (before.overall as number), 9);
      for (const domain of V2.domains) {
        const [b, a] = [before.domains[domain.key], after.domains[domain.key]];
        if (b === null || a === null || b === undefined || a === undefined) expect(deltaOf(domain.key) ?? null).toBeNull();
        else expect(deltaOf(domain.key)).toBeCloseTo(a - b, 9);
      }
      // Not the stored scores' difference: the new criterion is left out and the v1 answers are mapped onto v2.
      expect(deltaOf('overall')).not.toBeCloseTo((crossing.overallScore as number) - (cycles[0].overallScore as number), 6);
      expect(crossing.comparedAcrossVersions).toEqual({
        fromVersion: 1,
        toVersion: 2,
        criteriaCompared: keysOf(V2).length - 1,
        criteriaMapped: expected.mappedCriterionKeys.length,
        newCriteriaLeftOut: 1,
        retiredCriteriaLeftOut: 0,
        summary: expect.stringContaining(`Compared with Year one on the ${keysOf(V2).length - 1} criteria that canvas version 1 and version 2 share`),
      });
      expect(expected.mappedCriterionKeys.length).toBeGreaterThan(0);
      expect(crossing.comparedAcrossVersions?.summary).toContain('1 criterion new in version 2 is left out.');
      expect(crossing.comparedAcrossVersions?.summary).not.toContain(ADDED_KEY);
    }
  });

  it('gives the stored scores’ difference between two cycles on the same version, with nothing said about versions', async () => {
    const cycles = await profileOf(systems[0]);
    expect(cycles[0].progress).toEqual([]);
    expect(cycles[0].comparedAcrossVersions).toBeNull();
    const same = cycles[2];
    expect(same.comparedAcrossVersions).toBeNull();
    expect(same.progress.find((p) => p.domainKey === 'overall')?.delta).toBeCloseTo((same.overallScore as number) - (cycles[1].overallScore as number), 9);
  });

  it('says when a movement crosses canvas versions, and what a move then means', async () => {
    const across = await gql(api, national.token, MOVEMENT, { f: onV1, t: onV2 });
    expect(across.body.errors).toBeUndefined();
    const movement = across.body.data?.['movement'] as { movedUp: number; movedDown: number; stayed: number; acrossVersions: { fromVersion: number; toVersion: number; summary: string } };
    expect(movement.movedUp + movement.movedDown + movement.stayed).toBe(systems.length);
    expect(movement.acrossVersions).toEqual({
      fromVersion: 1,
      toVersion: 2,
      summary: expect.stringMatching(/^Year one used canvas version 1 and Year two used version 2\. .*standing among its peers/),
    });
    const fixed = await gql(api, national.token, `query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t, method: FIXED_THRESHOLDS) { acrossVersions { summary } } }`, {
      f: onV1,
      t: againOnV2,
    });
    expect((fixed.body.data?.['movement'] as { acrossVersions: { summary: string } }).acrossVersions.summary).toContain('change of canvas');
    const same = await gql(api, national.token, MOVEMENT, { f: onV2, t: againOnV2 });
    expect((same.body.data?.['movement'] as { acrossVersions: unknown }).acrossVersions).toBeNull();
  });
});
