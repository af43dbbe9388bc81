import { CANVAS_V1, CANVAS_V2, MaturityLevel } from '@idt/domain';
import { countedLevels, crosswalkFigures, crosswalkScores, CriterionAnswer, mapLevels } from '@idt/maturity';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { assessmentOf, createPerson, fingerprint, gql, openCycle, Person, setStatus, systemId } from './support/world';

const V2_YAML = readFileSync(join(__dirname, '../../../packages/domain/data/canvas-v2.yaml'), 'utf8');
const IMPORT = `mutation ($d: String!) { importFrameworkDraft(document: $d, format: YAML) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishFramework(id: $id, confirm: true) { id status } }`;

const SCORES = `citation frameworkVersion mappedFromVersion mappingNote domains { key title score incomplete criteria scored basis }`;
const PROFILE = `query ($s: ID!) { systemProfile(systemId: $s) { cycles { cycle { id } crosswalk { ${SCORES} } } } }`;
const LANDSCAPE = `query ($c: ID!) { crosswalkLandscape(cycleId: $c) {
  cycle { id } published citation frameworkVersion mappedFromVersion mappingNote
  figures { key title count lowerQuartile median upperQuartile }
  systems { systemId name regionName basis scores { key score incomplete criteria scored basis } } } }`;

interface Scores {
  citation: string;
  frameworkVersion: number;
  mappedFromVersion: number | null;
  mappingNote: string | null;
  domains: { key: string; title: string; score: number | null; incomplete: boolean; criteria: number; scored: number; basis: string }[];
}

const V1_KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
const V2_KEYS = CANVAS_V2.domains.flatMap((d) => d.criteria.map((c) => c.key));
/** A level from 1 to 5 for every key, different for each ICS (seed), so the mapping and the quartiles matter. */
const levelFor = (seed: number, index: number) => (((seed * 7 + index * 3) % 5) + 1) as MaturityLevel;

/** What the engine makes of the answers stored for one ICS in one cycle (the pure function's answer). */
const expectedOf = (domains: NonNullable<ReturnType<typeof crosswalkScores>>['domains']) =>
  domains.map((d) => ({ key: d.key, title: d.title, score: d.score, incomplete: d.incomplete, criteria: d.criterionKeys.length, scored: d.scored, basis: d.basis }));

describe('results in NHS England’s five domains (the crosswalk of canvas v2)', () => {
  let api: TestApp;
  let admin: Person;
  let national: Person;
  let lead: Person;
  let devon: string;
  let v1Cycle: string;
  const pioneers: string[] = [];

  const storedAnswers = async (cycleId: string, system: string) => {
    const [row] = await api.database.query(
      `SELECT a.status, json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level,
         'notAssessed', r.not_assessed, 'moderatedLevel', r.moderated_level)) AS answers
       FROM assessment a JOIN assessment_response r ON r.assessment_id = a.id WHERE a.cycle_id = $1 AND a.system_id = $2 GROUP BY a.status`,
      [cycleId, system],
    );
    return row as { status: 'SUBMITTED' | 'VALIDATED'; answers: CriterionAnswer[] };
  };

  /** Answers every key for this ICS (its own levels; a few moderated, one not assessed), then sets its status. */
  const answerAll = async (cycleId: string, system: string, keys: readonly string[], seed: number, status: 'SUBMITTED' | 'VALIDATED') => {
    const { id } = await assessmentOf(api.database, cycleId, system);
    await api.database.query(
      `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, not_assessed, moderated_level, evidence)
       SELECT $1, k.key, CASE WHEN k.i = 2 THEN NULL ELSE ($3::int[])[k.i] END, k.i = 2,
              CASE WHEN k.i % 4 = 0 THEN 1 + (($3::int[])[k.i] % 5) END, 'Evidence'
       FROM unnest($2::text[]) WITH ORDINALITY AS k (key, i)`,
      [id, keys, keys.map((_, i) => levelFor(seed, i + 1))],
    );
    await setStatus(api.database, id, status);
  };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await createPerson(api.database, 'Crosswalk Admin', [{ role: 'ADMIN' }]);
    national = await createPerson(api.database, 'Crosswalk National', [{ role: 'NATIONAL' }]);
    devon = await systemId(api.database, 'Devon');
    lead = await createPerson(api.database, 'Crosswalk Lead', [{ role: 'ICS_LEAD', systemId: devon }]);
    v1Cycle = await openCycle(api.database, 'Crosswalk v1 cycle', '2025-01-01');
    const rows: { id: string }[] = await api.database.query(`SELECT id FROM system WHERE id <> $1 ORDER BY name LIMIT 6`, [devon]);
    pioneers.push(devon, ...rows.map((r) => r.id));
    for (const [i, system] of pioneers.entries()) await answerAll(v1Cycle, system, V1_KEYS, i, i % 2 === 0 ? 'VALIDATED' : 'SUBMITTED');
  });
  afterAll(async () => {
    await api?.close();
  });

  const profileCrosswalk = async (token: string, cycleId: string) => {
    const { body } = await gql(api, token, PROFILE, { s: devon });
    expect(body.errors).toBeUndefined();
    const cycles = (body.data?.['systemProfile'] as { cycles: { cycle: { id: string }; crosswalk: Scores | null }[] }).cycles;
    return cycles.find((c) => c.cycle.id === cycleId)?.crosswalk;
  };

  it('has no crosswalk while no published canvas version has one', async () => {
    expect(await profileCrosswalk(lead.token, v1Cycle)).toBeNull();
    const { body } = await gql(api, national.token, LANDSCAPE, { c: v1Cycle });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['crosswalkLandscape']).toMatchObject({ cycle: { id: v1Cycle }, citation: null, frameworkVersion: null, figures: [], systems: [] });
  });

  it('refuses every ICS side by side to ICS leads (FORBIDDEN), and changes nothing', async () => {
    const before = await fingerprint(api.database);
    const { body } = await gql(api, lead.token, LANDSCAPE, { c: v1Cycle });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(body.data ?? null).toBeNull();
    expect(await fingerprint(api.database)).toEqual(before);
  });

  it('refuses a cycle id that is not one with a clear error', async () => {
    const { body } = await gql(api, national.token, LANDSCAPE, { c: 'not-a-cycle' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cycleId' });
  });

  it('once v2 is published, reads a v1 cycle in v2’s crosswalk through the mapping, as the engine does from the stored answers', async () => {
    const imported = await gql(api, admin.token, IMPORT, { d: V2_YAML });
    expect(imported.body.errors).toBeUndefined();
    const published = await gql(api, admin.token, PUBLISH, { id: (imported.body.data?.['importFrameworkDraft'] as { id: string }).id });
    expect(published.body.errors).toBeUndefined();

    const stored = await storedAnswers(v1Cycle, devon);
    expect(stored.status).toBe('VALIDATED');
    const expected = crosswalkScores(CANVAS_V2, mapLevels(CANVAS_V1, CANVAS_V2, countedLevels(stored)))!;
    const own = await profileCrosswalk(lead.token, v1Cycle);
    expect(own).toMatchObject({
      citation: 'NHS England (2023), Inclusive digital healthcare: a framework for NHS action on digital inclusion',
      frameworkVersion: 2,
      mappedFromVersion: 1,
      domains: expectedOf(expected.domains),
    });
    expect(own?.mappingNote).toContain('canvas version 1');
    expect(own?.domains.map((d) => d.title)).toEqual(CANVAS_V2.crosswalk!.domains.map((d) => d.title));
    expect(own?.domains.every((d) => d.score !== null)).toBe(true);
  });

  it('gives the national view every counted ICS and the nation’s quartiles, in a fixed number of statements', async () => {
    let answer: Awaited<ReturnType<typeof gql>> | undefined;
    const statements = await statementsDuring(api.database, async () => {
      answer = await gql(api, national.token, LANDSCAPE, { c: v1Cycle });
    });
    const body = answer!.body;
    expect(body.errors).toBeUndefined();
    const view = body.data?.['crosswalkLandscape'] as {
      published: boolean;
      mappedFromVersion: number | null;
      figures: { key: string; count: number; lowerQuartile: number | null; median: number | null; upperQuartile: number | null }[];
      systems: { systemId: string; name: string; basis: string; scores: { key: string; score: number | null }[] }[];
    };
    expect(view.published).toBe(false);
    expect(view.mappedFromVersion).toBe(1);
    expect(view.systems.map((s) => s.systemId).sort()).toEqual([...pioneers].sort());
    expect(view.systems.find((s) => s.systemId === devon)?.basis).toBe('MODERATED');
    const readings = await Promise.all(
      pioneers.map(async (system) => crosswalkScores(CANVAS_V2, mapLevels(CANVAS_V1, CANVAS_V2, countedLevels(await storedAnswers(v1Cycle, system))))!),
    );
    for (const [i, system] of pioneers.entries()) {
      expect(view.systems.find((s) => s.systemId === system)?.scores.map((d) => d.score)).toEqual(readings[i]!.domains.map((d) => d.score));
    }
    expect(view.figures).toEqual(crosswalkFigures(CANVAS_V2, readings).map(({ key, count, lowerQuartile, median, upperQuartile }) => ({ key, title: expect.any(String), count, lowerQuartile, median, upperQuartile })));
    expect(view.figures.every((f) => f.count === pioneers.length)).toBe(true);
    // The answers of every ICS come in one statement, not one per ICS.
    expect(statements.filter((s) => s.includes('assessment_response')).length).toBe(1);
  });

  it('reads a v2 cycle in its own crosswalk, with no mapping', async () => {
    const [v2] = await api.database.query(`SELECT id FROM canvas_framework WHERE version = 2 AND status = 'PUBLISHED'`);
    const [cycle] = await api.database.query(
      `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on) VALUES ('Crosswalk v2 cycle', $1, '2026-02-01', '2026-04-01') RETURNING id`,
      [v2.id],
    );
    await api.database.query(`INSERT INTO assessment (cycle_id, system_id) SELECT $1, id FROM system`, [cycle.id]);
    await answerAll(cycle.id, devon, V2_KEYS, 3, 'SUBMITTED');
    const stored = await storedAnswers(cycle.id, devon);
    const own = await profileCrosswalk(lead.token, cycle.id);
    expect(own).toMatchObject({ frameworkVersion: 2, mappedFromVersion: null, mappingNote: null, domains: expectedOf(crosswalkScores(CANVAS_V2, countedLevels(stored))!.domains) });

    const { body } = await gql(api, admin.token, LANDSCAPE, { c: cycle.id });
    expect(body.errors).toBeUndefined();
    expect(body.data?.['crosswalkLandscape']).toMatchObject({ mappedFromVersion: null, systems: [{ systemId: devon, basis: 'SELF' }] });
  });
});
