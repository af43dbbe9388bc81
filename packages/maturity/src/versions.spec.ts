import { CANVAS_V1, CANVAS_V2, type CanvasFramework, type MaturityLevel, MATURITY_LEVELS } from '@idt/domain';
import fc from 'fast-check';
import { notAssessed, self } from './__fixtures__/framework';
import { placeByFixedThresholds } from './placement';
import { categoryMovements, progressAcrossVersions, scoreOverSharedCriteria } from './progress';
import { scoreAssessment } from './scores';
import { combineLevels, countedLevels, crosswalkScores, mapAnswers, mapLevels, mapLevelsAlong } from './versions';

const keysOf = (f: CanvasFramework) => f.domains.flatMap((d) => d.criteria.map((c) => c.key));
const V1_KEYS = keysOf(CANVAS_V1);
const V2_KEYS = keysOf(CANVAS_V2);
const UNCHANGED = V1_KEYS.filter((k) => V2_KEYS.includes(k));
const level = fc.constantFrom(...MATURITY_LEVELS);
/** Levels for any subset of v1's criteria: some answered, some not. */
const v1Levels = fc.dictionary(fc.constantFrom(...V1_KEYS), level) as fc.Arbitrary<Record<string, MaturityLevel>>;

describe('combineLevels', () => {
  it('takes the mean, rounded to the nearest level, a half rounded down', () => {
    expect(combineLevels([4])).toBe(4);
    expect(combineLevels([4, 2])).toBe(3);
    expect(combineLevels([3, 4])).toBe(3);
    expect(combineLevels([1, 2, 2])).toBe(2);
    expect(combineLevels([5, 5, 4])).toBe(5);
    expect(() => combineLevels([])).toThrow(RangeError);
  });

  it('lies between the lowest and the highest level, and keeps a level all agree on (property)', () => {
    fc.assert(
      fc.property(fc.array(level, { minLength: 1, maxLength: 6 }), (levels) => {
        const combined = combineLevels(levels);
        expect(combined).toBeGreaterThanOrEqual(Math.min(...levels));
        expect(combined).toBeLessThanOrEqual(Math.max(...levels));
        expect(combineLevels(levels.map(() => levels[0]))).toBe(levels[0]);
      }),
    );
  });
});

describe('mapLevels between canvas v1 and v2', () => {
  it('carries a kept key as it is, copies a split criterion to its parts and combines a merge', () => {
    const mapped = mapLevels(CANVAS_V1, CANVAS_V2, {
      'local-needs.needs-analysis': 2,
      'access.devices-and-connectivity': 4,
      'investment.long-term-revenue': 4,
      'investment.pilots-to-mainstream': 1,
    });
    expect(mapped).toEqual({
      'local-needs.needs-analysis': 2,
      'access.devices': 4,
      'access.connectivity': 4,
      'investment.sustained-funding': 2,
    });
  });

  it('maps backwards too: the parts of a split combine, a merged criterion goes back to each of its sources', () => {
    expect(mapLevels(CANVAS_V2, CANVAS_V1, { 'access.devices': 5, 'access.connectivity': 2, 'investment.sustained-funding': 3 })).toEqual({
      'access.devices-and-connectivity': 3,
      'investment.long-term-revenue': 3,
      'investment.pilots-to-mainstream': 3,
    });
  });

  it('gives a criterion with nothing to come from no level, never 1', () => {
    expect(mapLevels(CANVAS_V1, CANVAS_V2, { 'investment.long-term-revenue': 4 })).toEqual({ 'investment.sustained-funding': 4 });
    expect(mapLevels(CANVAS_V1, CANVAS_V2, {})).toEqual({});
  });

  it('keeps, through v2 and back, the level of every criterion v2 did not change, and of a split criterion (property)', () => {
    fc.assert(
      fc.property(v1Levels, (levels) => {
        const back = mapLevels(CANVAS_V2, CANVAS_V1, mapLevels(CANVAS_V1, CANVAS_V2, levels));
        for (const key of UNCHANGED) expect(back[key]).toBe(levels[key]);
        expect(back['access.devices-and-connectivity']).toBe(levels['access.devices-and-connectivity']);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the two criteria merged in v2 the same level back: their combined one (property)', () => {
    fc.assert(
      fc.property(level, level, (a, b) => {
        const back = mapLevels(CANVAS_V2, CANVAS_V1, mapLevels(CANVAS_V1, CANVAS_V2, { 'investment.long-term-revenue': a, 'investment.pilots-to-mainstream': b }));
        expect(back).toEqual({ 'investment.long-term-revenue': combineLevels([a, b]), 'investment.pilots-to-mainstream': combineLevels([a, b]) });
      }),
    );
  });

  it('maps along a chain of versions one step at a time', () => {
    const levels = { 'access.devices-and-connectivity': 3 as MaturityLevel, 'leadership.governance': 5 as MaturityLevel };
    expect(mapLevelsAlong([CANVAS_V1, CANVAS_V2, CANVAS_V1], levels)).toEqual(levels);
    expect(mapLevelsAlong([CANVAS_V1], levels)).toEqual(levels);
  });
});

describe('mapAnswers', () => {
  it('maps self-assessed and moderated levels, counting an unmoderated source at its own level once validated', () => {
    const answers = [self('investment.long-term-revenue', 2, 4), self('investment.pilots-to-mainstream', 3), notAssessed('access.devices-and-connectivity')];
    expect(mapAnswers(CANVAS_V1, CANVAS_V2, answers)).toEqual([
      { criterionKey: 'access.devices', selfLevel: null, notAssessed: true, moderatedLevel: null },
      { criterionKey: 'access.connectivity', selfLevel: null, notAssessed: true, moderatedLevel: null },
      { criterionKey: 'investment.sustained-funding', selfLevel: 2, notAssessed: false, moderatedLevel: 3 },
    ]);
  });

  it('leaves an answer to a kept key as it is', () => {
    const answer = self('leadership.governance', 3, 2);
    expect(mapAnswers(CANVAS_V1, CANVAS_V2, [answer])).toEqual([answer]);
  });
});

describe('countedLevels', () => {
  it('counts moderated levels once validated and self-assessed ones before, leaving out what has no level', () => {
    const answers = [self('a', 2, 4), self('b', 3), notAssessed('c'), notAssessed('d', 5)];
    expect(countedLevels({ status: 'VALIDATED', answers })).toEqual({ a: 4, b: 3, d: 5 });
    expect(countedLevels({ status: 'SUBMITTED', answers })).toEqual({ a: 2, b: 3 });
  });
});

describe('crosswalkScores', () => {
  it("gives NHS England's five domains a 0–100 score each, with a plain-English basis", () => {
    const levels = Object.fromEntries(V2_KEYS.map((k) => [k, 3 as MaturityLevel]));
    levels['access.devices'] = 5;
    delete levels['access.connectivity'];
    const result = crosswalkScores(CANVAS_V2, levels);
    expect(result?.citation).toBe('NHS England (2023), Inclusive digital healthcare: a framework for NHS action on digital inclusion');
    expect(result?.domains.map((d) => d.title)).toEqual([
      'Access to devices and data',
      'Accessibility and ease of use',
      'Skills and capability',
      'Beliefs and trust',
      'Leadership and partnerships',
    ]);
    const access = result?.domains[0];
    const linked = CANVAS_V2.crosswalk?.criteria.filter((l) => l.domains.includes('access-to-devices-and-data')).length ?? 0;
    expect(access?.criterionKeys).toHaveLength(linked);
    expect(access?.scored).toBe(linked - 1);
    // One criterion at 100, the rest at 50.
    expect(access?.score).toBeCloseTo((100 + 50 * (linked - 2)) / (linked - 1), 10);
    expect(access?.basis).toBe(
      `The average of ${linked - 1} of the ${linked} canvas criteria that bear on access to devices and data, each level from 1 to 5 counted as 0 to 100; 1 without a level (not assessed or not answered) is left out.`,
    );
    expect(result?.domains.slice(1).map((d) => d.score)).toEqual([50, 50, 50, 50]);
  });

  it('says when there is nothing to score, and when a score stands on fewer than half of its criteria', () => {
    const none = crosswalkScores(CANVAS_V2, {});
    expect(none?.domains.every((d) => d.score === null && d.incomplete)).toBe(true);
    expect(none?.domains[2].basis).toMatch(/^No score: none of the \d+ canvas criteria that bear on skills and capability has a level yet\.$/);
    const few = crosswalkScores(CANVAS_V2, { 'access.devices': 4 });
    expect(few?.domains[0]).toMatchObject({ score: 75, incomplete: true });
    expect(few?.domains[0].basis).toMatch(/read this score with care\.$/);
  });

  it('has nothing to say for a version without a crosswalk; a v1 result is read through the mapping to v2', () => {
    expect(crosswalkScores(CANVAS_V1, {})).toBeNull();
    const v1 = Object.fromEntries(V1_KEYS.map((k) => [k, 4 as MaturityLevel]));
    expect(crosswalkScores(CANVAS_V2, mapLevels(CANVAS_V1, CANVAS_V2, v1))?.domains.map((d) => d.score)).toEqual([75, 75, 75, 75, 75]);
  });
});

describe('progress and movement across canvas versions', () => {
  const answersAt = (keys: readonly string[], at: (key: string) => MaturityLevel) => keys.map((k) => self(k, at(k)));

  it('compares a v1 assessment with a v2 one through the mapping, and says the comparison crosses versions', () => {
    const before = { framework: CANVAS_V1, assessment: { status: 'SUBMITTED' as const, answers: answersAt(V1_KEYS, () => 2) } };
    const after = { framework: CANVAS_V2, assessment: { status: 'SUBMITTED' as const, answers: answersAt(V2_KEYS, (k) => (k.startsWith('access.') ? 4 : 2)) } };
    const progress = progressAcrossVersions('x', before, after);
    expect(progress.versions).toEqual({ crossesVersions: true, fromVersion: 1, toVersion: 2 });
    expect(progress.domains.find((d) => d.domainKey === 'access')?.delta).toBe(50);
    expect(progress.domains.filter((d) => d.domainKey !== 'access').every((d) => d.delta === 0)).toBe(true);
  });

  it('scores the merged and split criteria on both sides, saying which were reached by a mapping', () => {
    const scores = scoreOverSharedCriteria(
      CANVAS_V1,
      { status: 'SUBMITTED', answers: [self('investment.long-term-revenue', 5), self('investment.pilots-to-mainstream', 3), self('investment.joined-up-funding', 1)] },
      CANVAS_V2,
      { status: 'SUBMITTED', answers: [self('investment.sustained-funding', 4), self('investment.joined-up-funding', 2)] },
    );
    expect(scores.sharedCriterionKeys).toEqual(V2_KEYS);
    expect(scores.mappedCriterionKeys).toEqual(['access.devices', 'access.connectivity', 'investment.sustained-funding']);
    expect(scores.onlyBefore).toEqual([]);
    expect(scores.onlyAfter).toEqual([]);
    expect(scores.versions.crossesVersions).toBe(true);
    const investment = (s: typeof scores.before) => s.domains.find((d) => d.domainKey === 'investment')?.score;
    expect(investment(scores.before)).toBe(37.5); // (4 → 75, 1 → 0)
    expect(investment(scores.after)).toBe(50); // (4 → 75, 2 → 25)
  });

  it('says a comparison within one version does not cross versions, and scores each side as it is', () => {
    const assessment = { status: 'SUBMITTED' as const, answers: answersAt(V2_KEYS, () => 3) };
    const scores = scoreOverSharedCriteria(CANVAS_V2, assessment, CANVAS_V2, assessment);
    expect(scores.versions).toEqual({ crossesVersions: false, fromVersion: 2, toVersion: 2 });
    expect(scores.before).toEqual(scoreAssessment(CANVAS_V2, assessment));
    expect(progressAcrossVersions('y', null, { framework: CANVAS_V2, assessment }).versions?.crossesVersions).toBe(false);
  });

  it('marks a category movement between cycles on different versions', () => {
    const before = placeByFixedThresholds([{ id: 'A', score: 50 }]);
    const after = placeByFixedThresholds([{ id: 'A', score: 70 }]);
    expect(categoryMovements(before, after, { before: 1, after: 2 }).versions).toEqual({ crossesVersions: true, fromVersion: 1, toVersion: 2 });
    expect(categoryMovements(before, after)).not.toHaveProperty('versions');
  });
});
