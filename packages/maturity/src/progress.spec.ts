import { frameworkOf, self } from './__fixtures__/framework';
import { PlacementItem, placeByFixedThresholds, placeByNaturalBreaks, placeByRogersQuantiles } from './placement';
import { categoryMovements, progressBySystem, progressOf, restrictFramework, scoreOverSharedCriteria, sharedCriterionKeys } from './progress';
import { toScoreProfile } from './scores';

const items = (scores: Record<string, number | null>): PlacementItem[] => Object.entries(scores).map(([id, score]) => ({ id, score }));

describe('progressOf', () => {
  it('gives per-domain and overall deltas, null where either side has no score', () => {
    expect(
      progressOf('x', { overall: 40, domains: { a: 25, b: 50, c: null } }, { overall: 52.5, domains: { a: 50, b: 37.5, c: 75, d: 10 } }),
    ).toEqual({
      id: 'x',
      overall: { before: 40, after: 52.5, delta: 12.5 },
      domains: [
        { domainKey: 'a', before: 25, after: 50, delta: 25 },
        { domainKey: 'b', before: 50, after: 37.5, delta: -12.5 },
        { domainKey: 'c', before: null, after: 75, delta: null },
        { domainKey: 'd', before: null, after: 10, delta: null },
      ],
    });
  });
  it('copes with an ICS missing from one cycle', () => {
    expect(progressOf('y', null, { overall: 30, domains: { a: 30 } })).toEqual({
      id: 'y',
      overall: { before: null, after: 30, delta: null },
      domains: [{ domainKey: 'a', before: null, after: 30, delta: null }],
    });
  });
});

describe('progressBySystem', () => {
  it('covers every ICS of either cycle, in id order', () => {
    const result = progressBySystem(
      [
        { id: 'b', profile: { overall: 20, domains: {} } },
        { id: 'a', profile: { overall: 10, domains: {} } },
      ],
      [
        { id: 'c', profile: { overall: 5, domains: {} } },
        { id: 'a', profile: { overall: 15, domains: {} } },
      ],
    );
    expect(result.map((r) => [r.id, r.overall.delta])).toEqual([
      ['a', 5],
      ['b', null],
      ['c', null],
    ]);
  });
});

describe('categoryMovements', () => {
  // Default bands: 80+ innovators, 65+ early adopters, 45+ early majority, 25+ late majority, below laggards.
  const before = placeByFixedThresholds(items({ A: 85, B: 70, C: 50, D: 30, E: 10, F: null, H: 60 }));
  const after = placeByFixedThresholds(items({ A: 82, B: 60, C: 66, D: 46, F: 50, G: 90, H: null }));

  it('counts moves from → to, up and down, and lists who could not be compared and why', () => {
    const moves = categoryMovements(before, after);
    expect(moves.method).toBe('FIXED_THRESHOLDS');
    expect(moves.movements).toEqual([
      { id: 'A', from: 'INNOVATORS', to: 'INNOVATORS', direction: 'SAME' },
      { id: 'B', from: 'EARLY_ADOPTERS', to: 'EARLY_MAJORITY', direction: 'DOWN' },
      { id: 'C', from: 'EARLY_MAJORITY', to: 'EARLY_ADOPTERS', direction: 'UP' },
      { id: 'D', from: 'LATE_MAJORITY', to: 'EARLY_MAJORITY', direction: 'UP' },
    ]);
    expect([moves.movedUp, moves.movedDown, moves.stayed]).toEqual([2, 1, 1]);
    expect(moves.matrix.INNOVATORS.INNOVATORS).toBe(1);
    expect(moves.matrix.EARLY_ADOPTERS.EARLY_MAJORITY).toBe(1);
    expect(moves.matrix.EARLY_MAJORITY.EARLY_ADOPTERS).toBe(1);
    expect(moves.matrix.LATE_MAJORITY.EARLY_MAJORITY).toBe(1);
    const cells = Object.values(moves.matrix).flatMap((row) => Object.values(row));
    expect(cells).toHaveLength(25);
    expect(cells.reduce((a, b) => a + b, 0)).toBe(4);
    expect(moves.notCompared).toEqual([
      { id: 'E', reason: 'ONLY_BEFORE' },
      { id: 'F', reason: 'NOT_PLACED_BEFORE' },
      { id: 'G', reason: 'ONLY_AFTER' },
      { id: 'H', reason: 'NOT_PLACED_AFTER' },
    ]);
  });

  it('refuses to compare placements made with different methods or settings', () => {
    expect(() => categoryMovements(before, placeByRogersQuantiles(items({ A: 1 })))).toThrow(/same method and settings/);
    expect(() => categoryMovements(placeByNaturalBreaks([], 3), placeByNaturalBreaks([], 4))).toThrow(RangeError);
    expect(() =>
      categoryMovements(before, placeByFixedThresholds([], { innovators: 90, earlyAdopters: 70, earlyMajority: 50, lateMajority: 30 })),
    ).toThrow(RangeError);
  });
});

describe('comparing across framework versions', () => {
  // v2 retires a.2, adds a.3 and a whole new domain c.
  const v1 = frameworkOf({ a: ['a.1', 'a.2'], b: ['b.1', 'b.2'] }, 1);
  const v2 = frameworkOf({ a: ['a.1', 'a.3'], b: ['b.1', 'b.2'], c: ['c.1'] }, 2);

  it('finds the criterion keys both versions share, and restricts a framework to them', () => {
    expect(sharedCriterionKeys(v1, v2)).toEqual(['a.1', 'b.1', 'b.2']);
    const restricted = restrictFramework(v2, new Set(['a.1', 'b.2']));
    expect(restricted.domains.map((d) => [d.key, d.criteria.map((c) => c.key)])).toEqual([
      ['a', ['a.1']],
      ['b', ['b.2']],
    ]);
    expect(restricted.version).toBe(2);
  });

  it('scores both assessments over the shared criteria only', () => {
    // before (v1): a.1 2, a.2 5, b.1 3, b.2 3 → over shared: a = {a.1: 2} = 25; b = 50; overall 37.5
    //   (over all of v1, a would be 62.5 and overall 56.25)
    // after (v2):  a.1 4, a.3 1, b.1 3, b.2 4, c.1 5 → a = 75; b = (50 + 75) / 2 = 62.5; c dropped; overall 68.75
    const result = scoreOverSharedCriteria(
      v1,
      { status: 'DRAFT', answers: [self('a.1', 2), self('a.2', 5), self('b.1', 3), self('b.2', 3)] },
      v2,
      { status: 'VALIDATED', answers: [self('a.1', 4), self('a.3', 1), self('b.1', 3), self('b.2', 4), self('c.1', 5)] },
    );
    expect(result.sharedCriterionKeys).toEqual(['a.1', 'b.1', 'b.2']);
    expect(result.onlyBefore).toEqual(['a.2']);
    expect(result.onlyAfter).toEqual(['a.3', 'c.1']);
    expect(result.before.domains.map((d) => [d.domainKey, d.score])).toEqual([
      ['a', 25],
      ['b', 50],
    ]);
    expect(result.before.overall.score).toBe(37.5);
    expect(result.after.basis).toBe('MODERATED');
    expect(result.after.domains.map((d) => [d.domainKey, d.score])).toEqual([
      ['a', 75],
      ['b', 62.5],
    ]);
    expect(result.after.overall.score).toBe(68.75);
    const progress = progressOf('x', toScoreProfile(result.before), toScoreProfile(result.after));
    expect(progress.overall.delta).toBe(31.25);
    expect(progress.domains.map((d) => [d.domainKey, d.delta])).toEqual([
      ['a', 50],
      ['b', 12.5],
    ]);
  });
});
