import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CANVAS_V1, DEMO_HISTORY_CYCLES } from '@idt/domain';
import { PLACEMENT_TALLIES } from '../src/modules/placement/placement.repository';
import { statementsDuring } from './support/statement-counter';
import { startTestApp, TestApp } from './support/test-app';
import { createCohort, createPerson, gql, openCycle, Person, systemId } from './support/world';
import { PublishedAnswersCache } from '../src/modules/published-answers/published-answers.cache';

const LANDSCAPE = `query ($c: ID!) { landscape(cycleId: $c, method: NATURAL_BREAKS, naturalBreaksK: 3) {
  assessed entries { systemId overallScore category rank domainScores { domainKey score } } chasm { gap } } }`;
const PROFILE = `query ($s: ID!) { systemProfile(systemId: $s) {
  cycles { overallScore category peers { group figures { domainKey median percentileRank } } progress { domainKey delta } }
  calibration { domainKey meanGap } evidence { domainKey withEvidence } peerMatches { domainKey matches { name } } } }`;
const COHORT = `query ($c: ID!) { cohortOverview(cohortId: $c) {
  cycle { id } members { systemId overallScore category previousOverallScore domainScores { score } calibration { count } } } }`;
const MOVEMENT = `query ($f: ID!, $t: ID!) { movement(fromCycleId: $f, toCycleId: $t) { movedUp cells { count } moves { name fromScore toScore } } }`;

const root = resolve(__dirname, '../../..');

/** Every TypeScript source file under these folders (tests and released migrations are not sources of rules). */
function sources(...folders: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist' && name !== 'migrations' && name !== 'gql') walk(path);
      } else if (/\.tsx?$/.test(name) && !/\.(spec|e2e)\.tsx?$/.test(name)) files.push(path);
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files;
}
const SOURCE_FOLDERS = ['apps/api/src', 'apps/web/src', 'packages/domain/src', 'packages/maturity/src'];

describe('the placement read model (docs/decisions/0020)', () => {
  let api: TestApp;
  let national: Person;
  let devon: string;
  let cohort: string;
  const cycles: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApp({ seedDemoData: true });
    for (const row of await api.database.query(`SELECT id, name FROM assessment_cycle`)) cycles[row.name] = row.id;
    devon = await systemId(api.database, 'Devon');
    national = await createPerson(api.database, 'National', [{ role: 'NATIONAL' }]);
    cohort = await createCohort(api.database, 'Read model cohort', [devon, await systemId(api.database, 'Dorset')]);
  });
  afterAll(async () => {
    await api.close();
  });

  const ask = async (query: string, variables: Record<string, unknown>) => {
    const { body } = await gql(api, national.token, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  /**
   * Statements one request issues, its placements already current (reading them once brings them up to date). A
   * published answer would come from memory the second time, so the published-answers cache is emptied first: this
   * counts what working the answer out takes.
   */
  const statements = async (query: string, variables: Record<string, unknown>) => {
    await ask(query, variables);
    api.app.get(PublishedAnswersCache).invalidate();
    return (await statementsDuring(api.database, () => ask(query, variables))).length;
  };

  it('a landscape, a profile, a cohort view and movement each issue a fixed number of statements, however many ICSs, cycles and answers', async () => {
    const [first, , third] = DEMO_HISTORY_CYCLES.map((c) => cycles[c.name]);
    const before = {
      landscape: await statements(LANDSCAPE, { c: first }),
      profile: await statements(PROFILE, { s: devon }),
      cohort: await statements(COHORT, { c: cohort }),
      movement: await statements(MOVEMENT, { f: first, t: third }),
    };

    // More of everything: a later cycle in which every ICS answered every criterion and submitted, and a cohort of 12.
    const grown = await openCycle(api.database, 'Grown cycle', '2030-01-01');
    const keys = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));
    await api.database.query(
      `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence)
       SELECT a.id, k, 1 + abs(hashtext(a.id::text || k)) % 5, 'Evidence' FROM assessment a, unnest($2::text[]) AS k WHERE a.cycle_id = $1`,
      [grown, keys],
    );
    await api.database.query(`UPDATE assessment SET status = 'SUBMITTED' WHERE cycle_id = $1`, [grown]);
    await api.database.query(
      `INSERT INTO cohort_member (cohort_id, system_id) SELECT $1, id FROM system ORDER BY name LIMIT 10 ON CONFLICT DO NOTHING`,
      [cohort],
    );
    const after = {
      landscape: await statements(LANDSCAPE, { c: grown }),
      profile: await statements(PROFILE, { s: devon }),
      cohort: await statements(COHORT, { c: cohort }),
      movement: await statements(MOVEMENT, { f: first, t: grown }),
    };
    // The grown data is really read: the cohort view is of the grown cycle, with every member scored.
    const view = (await ask(COHORT, { c: cohort }))?.['cohortOverview'] as { cycle: { id: string }; members: { overallScore: number | null }[] };
    expect(view.cycle.id).toBe(grown);
    expect(view.members.length).toBeGreaterThanOrEqual(10);
    expect(view.members.every((m) => m.overallScore !== null)).toBe(true);

    expect(after).toEqual(before);
    expect(before.landscape).toBeLessThanOrEqual(5);
  });

  it('reads a cycle placed by another method from the stored scores, never aggregating the answers again', async () => {
    const cycleId = cycles[DEMO_HISTORY_CYCLES[1].name];
    await ask(LANDSCAPE, { c: cycleId });
    const sent = await statementsDuring(api.database, () => ask(LANDSCAPE, { c: cycleId }));
    expect(sent.some((s) => s.includes('assessment_response'))).toBe(false);
  });

  it('writes which statuses count once: changing that SQL function changes both what the trigger counts and what is placed', async () => {
    const cycleId = await openCycle(api.database, 'Statuses cycle', '2031-01-01');
    const [{ id: assessmentId }] = await api.database.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND system_id = $2`, [cycleId, devon]);
    await api.database.query(
      `INSERT INTO assessment_response (assessment_id, criterion_key, self_level, evidence) SELECT $1, k, 4, '' FROM unnest($2::text[]) AS k`,
      [assessmentId, CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key))],
    );
    const changes = async () =>
      Number((await api.database.query(`SELECT counted_changes FROM cycle_placement_state WHERE cycle_id = $1`, [cycleId]))[0]?.counted_changes ?? 0);
    const assessed = async () => ((await ask(LANDSCAPE, { c: cycleId }))?.['landscape'] as { assessed: number }).assessed;
    const setStatus = (status: string) => api.database.query(`UPDATE assessment SET status = $2 WHERE id = $1`, [assessmentId, status]);

    // As released, a returned assessment does not count: no change is counted, and nothing is placed.
    await setStatus('RETURNED');
    expect(await changes()).toBe(0);
    expect(await assessed()).toBe(0);

    // One edit, in one place: returned assessments count too. Both the trigger and the aggregate follow.
    await api.asOwner(`CREATE OR REPLACE FUNCTION assessment_status_counts(status text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT status IN ('SUBMITTED', 'IN_REVIEW', 'VALIDATED', 'RETURNED') $$`);
    try {
      await setStatus('DRAFT');
      await setStatus('RETURNED');
      expect(await changes()).toBe(2);
      expect(await assessed()).toBe(1);
      await setStatus('DRAFT');
      expect(await changes()).toBe(3);
    } finally {
      await api.asOwner(`CREATE OR REPLACE FUNCTION assessment_status_counts(status text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT status IN ('SUBMITTED', 'IN_REVIEW', 'VALIDATED') $$`);
    }
    expect(await assessed()).toBe(0);

    // The trigger names no status of its own; no source file restates the list.
    const [{ source }] = await api.database.query(`SELECT prosrc AS source FROM pg_proc WHERE proname = 'note_counted_assessment_changes'`);
    expect(source).toContain('assessment_status_counts(');
    expect(source).not.toMatch(/SUBMITTED|IN_REVIEW|VALIDATED/);
    const restating = sources(...SOURCE_FOLDERS).filter((file) =>
      // The three statuses and nothing else, as a list or an IN (…): a list of every status is not the rule.
      /SUBMITTED['"`]?\s*,\s*['"`]?IN_REVIEW['"`]?\s*,\s*['"`]?VALIDATED['"`]?\s*[\])]/.test(readFileSync(file, 'utf8')),
    );
    expect(restating.map((f) => relative(root, f))).toEqual([]);
  });

  it('writes which level counts once, in the engine: the aggregate only counts and sums the answers’ facts', () => {
    // The one statement that reads answers to place ICSs applies no rule: no status, no choice between levels.
    expect(PLACEMENT_TALLIES.text).not.toMatch(/VALIDATED|CASE|COALESCE\(r\./);
    // No other SQL adds up levels, and nothing but the placement module scores or places ICSs.
    const files = sources(...SOURCE_FOLDERS);
    const summing = files.filter((f) => /sum\(\s*\w*\.?(self|moderated)_(score|level)/.test(readFileSync(f, 'utf8')));
    expect(summing.map((f) => relative(root, f))).toEqual(['apps/api/src/modules/placement/placement.repository.ts']);
    const api = files.filter((f) => f.includes('/apps/'));
    const placing = api.filter((f) =>
      /\b(placeCycle|replaceCycle|placeOnDiffusionCurve|scoreAssessment|scoreFromDomainTallies|countedTallies|peerPositionsOfAll)\(/.test(readFileSync(f, 'utf8')),
    );
    expect(placing.map((f) => relative(root, f))).toEqual(['apps/api/src/modules/placement/placement.service.ts']);
  });
});
