import fc from 'fast-check';
import { SEED_003_CLUSTERS, SEED_003_LANDSCAPE } from './__fixtures__/seed-003-landscape';
import {
  ADOPTER_CATEGORIES,
  ADOPTER_CATEGORY_LABELS,
  AdopterCategory,
  categoryIndex,
  DEFAULT_FIXED_THRESHOLDS,
  FIXED_THRESHOLD_FIELDS,
  fixedThresholdsProblem,
  fixedThresholdsProblems,
  Placement,
  PlacementItem,
  PlacementRequest,
  placeByFixedThresholds,
  placeByNaturalBreaks,
  placeByRogersQuantiles,
  placeOnDiffusionCurve,
  ROGERS_PROPORTIONS,
  samePlacementSettings,
} from './placement';

const items = (scores: Record<string, number | null>): PlacementItem[] => Object.entries(scores).map(([id, score]) => ({ id, score }));
const categoriesOf = (placement: Placement) => Object.fromEntries(placement.placed.map((p) => [p.id, p.category]));
const countsList = (placement: Placement) => ADOPTER_CATEGORIES.map((c) => placement.counts[c]);
const distinctScores = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `ics-${i}`, score: (100 * i) / n }));

describe('adopter categories', () => {
  it('are Rogers’ five, most advanced first, with plain labels and proportions adding up to 100 %', () => {
    expect(ADOPTER_CATEGORIES).toEqual(['INNOVATORS', 'EARLY_ADOPTERS', 'EARLY_MAJORITY', 'LATE_MAJORITY', 'LAGGARDS']);
    expect(ADOPTER_CATEGORY_LABELS.INNOVATORS).toBe('Innovators / pioneers');
    expect(ADOPTER_CATEGORY_LABELS.LAGGARDS).toBe('Laggards / latecomers');
    expect(Object.values(ROGERS_PROPORTIONS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('placeByRogersQuantiles', () => {
  it('places 10 ICSs by the middle of their slice, ties sharing the first rank’s category', () => {
    // rank r of 10 sits at (r − 0.5)/10: 0.05, 0.15 | 0.25 … 0.45 | 0.55 … 0.75 | 0.85, 0.95 against 2.5/16/50/84 %.
    // B and C tie at rank 2 (0.15: early adopters); without the tie C would be rank 3 (0.25: early majority).
    const placement = placeByRogersQuantiles(items({ J: 10, C: 80, A: 90, B: 80, D: 70, E: 60, F: 50, G: 40, H: 30, I: 20 }));
    expect(placement.placed.map((p) => [p.id, p.rank, p.category])).toEqual([
      ['A', 1, 'EARLY_ADOPTERS'],
      ['B', 2, 'EARLY_ADOPTERS'],
      ['C', 2, 'EARLY_ADOPTERS'],
      ['D', 4, 'EARLY_MAJORITY'],
      ['E', 5, 'EARLY_MAJORITY'],
      ['F', 6, 'LATE_MAJORITY'],
      ['G', 7, 'LATE_MAJORITY'],
      ['H', 8, 'LATE_MAJORITY'],
      ['I', 9, 'LAGGARDS'],
      ['J', 10, 'LAGGARDS'],
    ]);
    expect(placement.counts).toEqual({ INNOVATORS: 0, EARLY_ADOPTERS: 3, EARLY_MAJORITY: 2, LATE_MAJORITY: 3, LAGGARDS: 2 });

    const untied = placeByRogersQuantiles(items({ J: 10, C: 75, A: 90, B: 80, D: 70, E: 60, F: 50, G: 40, H: 30, I: 20 }));
    expect(categoriesOf(untied).C).toBe('EARLY_MAJORITY');
    expect(countsList(untied)).toEqual([0, 2, 3, 3, 2]);
  });

  it('splits 42 distinct scores 1 / 6 / 14 / 14 / 7, Rogers’ shares of 42 rounded', () => {
    // 42 × 2.5 % = 1.05, × 13.5 % = 5.67, × 34 % = 14.28, × 16 % = 6.72.
    // Innovators: (r − 0.5)/42 ≤ 0.025 → r ≤ 1.55; early adopters r ≤ 7.22; early majority r ≤ 21.5; late r ≤ 35.78.
    expect(countsList(placeByRogersQuantiles(distinctScores(42)))).toEqual([1, 6, 14, 14, 7]);
  });

  it('splits 1000 distinct scores exactly 25 / 135 / 340 / 340 / 160', () => {
    expect(countsList(placeByRogersQuantiles(distinctScores(1000)))).toEqual([25, 135, 340, 340, 160]);
  });

  it('has a first innovator from 20 ICSs, where the top ICS’s middle (0.5/20 = 2.5 %) lands on the cut', () => {
    expect(placeByRogersQuantiles(distinctScores(19)).counts.INNOVATORS).toBe(0);
    expect(placeByRogersQuantiles(distinctScores(20)).counts.INNOVATORS).toBe(1);
  });

  it('puts a tie that straddles a cut in the higher category, and a group of all-equal scores in one category', () => {
    // ranks 8 and 9 of 10 tie: both take rank 8 (0.75: late majority), though rank 9 alone would be a laggard
    const tied = placeByRogersQuantiles(items({ a: 95, b: 90, c: 85, d: 80, e: 75, f: 70, g: 65, h: 60, i: 60, j: 10 }));
    expect([categoriesOf(tied).h, categoriesOf(tied).i, categoriesOf(tied).j]).toEqual(['LATE_MAJORITY', 'LATE_MAJORITY', 'LAGGARDS']);
    // ten equal scores all share rank 1 (0.05): early adopters
    const flat = placeByRogersQuantiles(Array.from({ length: 10 }, (_, i) => ({ id: `x${i}`, score: 50 })));
    expect(countsList(flat)).toEqual([0, 10, 0, 0, 0]);
    expect(new Set(flat.placed.map((p) => p.rank))).toEqual(new Set([1]));
    // 42 equal scores: rank 1 of 42 sits at 0.5/42 ≈ 1.2 %, so all 42 are innovators
    const flat42 = placeByRogersQuantiles(Array.from({ length: 42 }, (_, i) => ({ id: `x${i}`, score: 50 })));
    expect(countsList(flat42)).toEqual([42, 0, 0, 0, 0]);
  });

  it('names its method and parameters', () => {
    const placement = placeByRogersQuantiles([]);
    expect(placement.method).toBe('ROGERS_QUANTILES');
    expect(placement.parameters).toEqual({
      method: 'ROGERS_QUANTILES',
      cumulativeCutsPercent: [2.5, 16, 50, 84],
      position: 'MIDPOINT',
      tieRule: 'TIES_SHARE_FIRST_RANK',
    });
    expect(placement.description).toMatch(/^Rogers' proportions: .*2\.5, 16, 50 and 84 %.*equal scores share a category$/);
    expect(placement.counts).toEqual({ INNOVATORS: 0, EARLY_ADOPTERS: 0, EARLY_MAJORITY: 0, LATE_MAJORITY: 0, LAGGARDS: 0 });
  });
});

describe('placeByNaturalBreaks', () => {
  it('reproduces seed 003’s published split of the 42 ICSs, 6 / 16 / 12 / 8, with k = 4', () => {
    const placement = placeByNaturalBreaks(SEED_003_LANDSCAPE, 4);
    expect(placement.counts).toEqual({ INNOVATORS: 0, EARLY_ADOPTERS: 6, EARLY_MAJORITY: 16, LATE_MAJORITY: 12, LAGGARDS: 8 });
    const scoresIn = (category: AdopterCategory) => placement.placed.filter((p) => p.category === category).map((p) => p.score);
    expect(scoresIn('EARLY_ADOPTERS')).toEqual([...SEED_003_CLUSTERS.pioneersAndEarlyAdopters]);
    expect(scoresIn('EARLY_MAJORITY')).toEqual([...SEED_003_CLUSTERS.earlyMajority]);
    expect(scoresIn('LATE_MAJORITY')).toEqual([...SEED_003_CLUSTERS.lateMajority]);
    expect(scoresIn('LAGGARDS')).toEqual([...SEED_003_CLUSTERS.latecomers]);
    expect(placement.parameters).toMatchObject({
      method: 'NATURAL_BREAKS',
      k: 4,
      effectiveK: 4,
      classes: [
        { category: 'EARLY_ADOPTERS', min: 81, max: 88, count: 6 },
        { category: 'EARLY_MAJORITY', min: 58, max: 68, count: 16 },
        { category: 'LATE_MAJORITY', min: 36, max: 44, count: 12 },
        { category: 'LAGGARDS', min: 12, max: 20, count: 8 },
      ],
    });
    // Rogers' proportions on the same scores cut through the clusters instead: 1 / 6 / 14 / 14 / 7
    expect(countsList(placeByRogersQuantiles(SEED_003_LANDSCAPE))).toEqual([1, 6, 14, 14, 7]);
  });

  it('keeps seed 003’s reading with 3, 4 and 5 groups: never more than its 8 latecomers', () => {
    // 3 groups on this shape: 22 / 12 / 8. The top 22 sit mostly in Rogers' early majority, so they are not 22 early adopters.
    expect(placeByNaturalBreaks(SEED_003_LANDSCAPE, 3).parameters).toMatchObject({
      classes: [
        { category: 'EARLY_MAJORITY', count: 22 },
        { category: 'LATE_MAJORITY', count: 12 },
        { category: 'LAGGARDS', count: 8 },
      ],
    });
    expect(countsList(placeByNaturalBreaks(SEED_003_LANDSCAPE, 3))).toEqual([0, 0, 22, 12, 8]);
    // 5 groups: 6 / 7 / 9 / 12 / 8; the early majority is split in two and both halves keep its name.
    const five = placeByNaturalBreaks(SEED_003_LANDSCAPE, 5);
    expect(five.parameters).toMatchObject({
      classes: [
        { category: 'EARLY_ADOPTERS', count: 6 },
        { category: 'EARLY_MAJORITY', count: 7 },
        { category: 'EARLY_MAJORITY', count: 9 },
        { category: 'LATE_MAJORITY', count: 12 },
        { category: 'LAGGARDS', count: 8 },
      ],
    });
    expect(countsList(five)).toEqual([0, 6, 16, 12, 8]);
    expect(five.description).toMatch(/each group named by the Rogers category of its middle ICS$/);
  });

  it('names each group by the Rogers category of its middle member, for every k', () => {
    // 9 items in five groups; Rogers on 9 positions: 1 EA, 2–4 EM, 5–7 LM... read at each group's middle
    const five = items({ a: 98, b: 80, c: 79, d: 60, e: 59, f: 40, g: 39, h: 10, i: 9 });
    expect(categoriesOf(placeByNaturalBreaks(five, 5))).toEqual({
      a: 'EARLY_ADOPTERS', // middle 1 of 9: 5.6 % down
      b: 'EARLY_MAJORITY', // middle 2.5: 22 % down
      c: 'EARLY_MAJORITY',
      d: 'EARLY_MAJORITY', // middle 4.5: 44 %
      e: 'EARLY_MAJORITY',
      f: 'LATE_MAJORITY', // middle 6.5: 67 %
      g: 'LATE_MAJORITY',
      h: 'LAGGARDS', // middle 8.5: 89 %
      i: 'LAGGARDS',
    });
    // one ICS far ahead of 40 others is an innovator
    const ahead = [{ id: 'top', score: 99 }, ...Array.from({ length: 40 }, (_, i) => ({ id: `x${String(i).padStart(2, '0')}`, score: 40 + (i % 3) }))];
    expect(placeByNaturalBreaks(ahead, 2).placed[0]).toMatchObject({ id: 'top', category: 'INNOVATORS' });
    const three = items({ a: 90, b: 88, c: 50, d: 48, e: 52, f: 10 });
    expect(categoriesOf(placeByNaturalBreaks(three, 3))).toEqual({
      a: 'EARLY_MAJORITY', // middle 1.5 of 6: 16.7 % down, just past the 16 % cut
      b: 'EARLY_MAJORITY',
      e: 'LATE_MAJORITY',
      c: 'LATE_MAJORITY',
      d: 'LATE_MAJORITY',
      f: 'LAGGARDS',
    });
    expect(countsList(placeByNaturalBreaks(three, 2))).toEqual([0, 0, 2, 4, 0]);
  });

  it('uses fewer classes when there are fewer distinct scores than k, and says so', () => {
    const placement = placeByNaturalBreaks(items({ a: 70, b: 70, c: 30, d: 30, e: 30 }), 4);
    expect(placement.parameters).toMatchObject({ k: 4, effectiveK: 2 });
    expect(categoriesOf(placement)).toEqual({ a: 'EARLY_MAJORITY', b: 'EARLY_MAJORITY', c: 'LATE_MAJORITY', d: 'LATE_MAJORITY', e: 'LATE_MAJORITY' });
    expect(placement.description).toContain('4 asked for but there are only 2 distinct scores');
    expect(countsList(placeByNaturalBreaks(items({ a: 50, b: 50 }), 3))).toEqual([0, 0, 2, 0, 0]);
    expect(placeByNaturalBreaks(items({ a: null }), 3)).toMatchObject({
      parameters: { k: 3, effectiveK: 0, classes: [] },
      description: 'Natural breaks: no scores to group (3 groups asked for)',
      unplaced: ['a'],
    });
  });

  it('refuses k outside 2–5', () => {
    for (const k of [1, 6, 2.5]) expect(() => placeByNaturalBreaks([], k)).toThrow(/from 2 to 5/);
  });
});

describe('placeByFixedThresholds', () => {
  it('places by the default bands, a score on a threshold belonging to the band above', () => {
    const placement = placeByFixedThresholds(
      items({ a: 100, b: 80, c: 79.9, d: 65, e: 64.99, f: 45, g: 44.99, h: 25, i: 24.99, j: 0 }),
    );
    expect(placement.placed.map((p) => [p.id, p.category])).toEqual([
      ['a', 'INNOVATORS'],
      ['b', 'INNOVATORS'],
      ['c', 'EARLY_ADOPTERS'],
      ['d', 'EARLY_ADOPTERS'],
      ['e', 'EARLY_MAJORITY'],
      ['f', 'EARLY_MAJORITY'],
      ['g', 'LATE_MAJORITY'],
      ['h', 'LATE_MAJORITY'],
      ['i', 'LAGGARDS'],
      ['j', 'LAGGARDS'],
    ]);
    expect(placement.parameters).toEqual({ method: 'FIXED_THRESHOLDS', thresholds: DEFAULT_FIXED_THRESHOLDS });
    expect(placement.description).toBe(
      'Fixed score bands: innovators 80+, early adopters 65+, early majority 45+, late majority 25+, laggards below 25',
    );
  });

  it('takes other bands, and refuses bands that are out of 0–100 or not strictly descending', () => {
    const custom = { innovators: 90, earlyAdopters: 70, earlyMajority: 50, lateMajority: 30 };
    expect(countsList(placeByFixedThresholds(items({ a: 85, b: 70, c: 29 }), custom))).toEqual([0, 2, 0, 0, 1]);
    expect(fixedThresholdsProblem(custom)).toBeNull();
    expect(fixedThresholdsProblem({ ...custom, innovators: 101 })).toBe('The innovators threshold must be a number from 0 to 100');
    expect(fixedThresholdsProblem({ ...custom, lateMajority: -1 })).toBe('The late majority threshold must be a number from 0 to 100');
    expect(fixedThresholdsProblem({ ...custom, earlyMajority: Number.NaN })).toBe('The early majority threshold must be a number from 0 to 100');
    expect(fixedThresholdsProblem({ ...custom, earlyAdopters: 90 })).toBe('The early adopters threshold must be lower than the innovators threshold');
    expect(() => placeByFixedThresholds([], { ...custom, lateMajority: 60 })).toThrow(/late majority threshold must be lower than the early majority/);
  });

  it('names every problem against the threshold to change, range first, so a form can show each beside its field', () => {
    const custom = { innovators: 90, earlyAdopters: 70, earlyMajority: 50, lateMajority: 30 };
    expect(fixedThresholdsProblems(custom)).toEqual([]);
    expect(fixedThresholdsProblems({ innovators: 101, earlyAdopters: 95, earlyMajority: 95, lateMajority: Number.NaN })).toEqual([
      { field: 'innovators', message: 'The innovators threshold must be a number from 0 to 100' },
      { field: 'lateMajority', message: 'The late majority threshold must be a number from 0 to 100' },
      // early adopters is not compared with the innovators' 101 (itself wrong), only with valid neighbours
      { field: 'earlyMajority', message: 'The early majority threshold must be lower than the early adopters threshold' },
    ]);
    // Equal is not lower; the first problem is what fixedThresholdsProblem says
    const equal = { ...custom, earlyMajority: 70 };
    expect(fixedThresholdsProblems(equal)).toEqual([{ field: 'earlyMajority', message: 'The early majority threshold must be lower than the early adopters threshold' }]);
    expect(fixedThresholdsProblem(equal)).toBe(fixedThresholdsProblems(equal)[0].message);
    expect(FIXED_THRESHOLD_FIELDS.map((f) => f.field)).toEqual(Object.keys(DEFAULT_FIXED_THRESHOLDS));
  });
});

describe('every method', () => {
  it('reports ICSs without a score as unplaced, in id order, and never counts them', () => {
    const placement = placeOnDiffusionCurve(items({ z: null, a: 50, m: null }), { method: 'ROGERS_QUANTILES' });
    expect(placement.unplaced).toEqual(['m', 'z']);
    expect(placement.placed.map((p) => p.id)).toEqual(['a']);
    expect(Object.values(placement.counts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('refuses a repeated id and a score outside 0–100', () => {
    expect(() => placeByRogersQuantiles(items({ a: 1 }).concat(items({ a: 2 })))).toThrow(/listed more than once/);
    expect(() => placeByRogersQuantiles(items({ a: 100.5 }))).toThrow(/from 0 to 100/);
    expect(() => placeByFixedThresholds(items({ a: Number.NaN }))).toThrow(/from 0 to 100/);
  });

  it('dispatches on the request', () => {
    expect(placeOnDiffusionCurve([], { method: 'NATURAL_BREAKS', k: 3 }).parameters).toMatchObject({ method: 'NATURAL_BREAKS', k: 3 });
    expect(placeOnDiffusionCurve([], { method: 'FIXED_THRESHOLDS' }).parameters).toEqual({
      method: 'FIXED_THRESHOLDS',
      thresholds: DEFAULT_FIXED_THRESHOLDS,
    });
  });

  it('knows when two placements were made the same way', () => {
    const rogers = placeByRogersQuantiles([]).parameters;
    expect(samePlacementSettings(rogers, placeByRogersQuantiles(items({ a: 1 })).parameters)).toBe(true);
    expect(samePlacementSettings(placeByNaturalBreaks([], 3).parameters, placeByNaturalBreaks(items({ a: 1 }), 3).parameters)).toBe(true);
    expect(samePlacementSettings(placeByNaturalBreaks([], 3).parameters, placeByNaturalBreaks([], 4).parameters)).toBe(false);
    expect(samePlacementSettings(placeByFixedThresholds([]).parameters, placeByFixedThresholds([], { ...DEFAULT_FIXED_THRESHOLDS, lateMajority: 20 }).parameters)).toBe(false);
    expect(samePlacementSettings(rogers, placeByFixedThresholds([]).parameters)).toBe(false);
  });
});

describe('placement: properties', () => {
  const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
  const itemsArb = fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 6 }), score: fc.option(score, { freq: 6 }) }), {
    selector: (item) => item.id,
    maxLength: 60,
  });
  const requestArb: fc.Arbitrary<PlacementRequest> = fc.oneof(
    fc.constant({ method: 'ROGERS_QUANTILES' as const }),
    fc.integer({ min: 2, max: 5 }).map((k) => ({ method: 'NATURAL_BREAKS' as const, k })),
    fc.constant({ method: 'FIXED_THRESHOLDS' as const }),
  );
  /** A permutation of the items, driven by random sort keys. */
  const shuffledArb = itemsArb.chain((list) =>
    fc
      .array(fc.double({ noNaN: true }), { minLength: list.length, maxLength: list.length })
      .map((keys) => [list, list.map((item, i) => ({ item, key: keys[i] })).sort((a, b) => a.key - b.key).map((x) => x.item)] as const),
  );

  it('category counts always sum to the number of placed items, with all five categories present', () => {
    fc.assert(
      fc.property(itemsArb, requestArb, (list, request) => {
        const placement = placeOnDiffusionCurve(list, request);
        expect(Object.keys(placement.counts)).toEqual([...ADOPTER_CATEGORIES]);
        expect(Object.values(placement.counts).reduce((a, b) => a + b, 0)).toBe(placement.placed.length);
        expect(placement.placed.length).toBe(list.filter((i) => i.score !== null).length);
        expect(placement.unplaced.length + placement.placed.length).toBe(list.length);
      }),
    );
  });

  it('natural breaks: a group is called laggards only when its middle is in Rogers’ bottom 16 %, so fewer than 32 % are laggards', () => {
    const scoresArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(scoresArb, fc.integer({ min: 2, max: 5 }), (scores, k) => {
        const list = scores.map((score, i) => ({ id: `i${String(i).padStart(3, '0')}`, score }));
        const placement = placeByNaturalBreaks(list, k);
        const n = placement.placed.length;
        const classes = placement.parameters.method === 'NATURAL_BREAKS' ? placement.parameters.classes : [];
        // categories never rise down the groups
        const indexes = classes.map((c) => categoryIndex(c.category));
        expect(indexes).toEqual([...indexes].sort((x, y) => x - y));
        // each group's category is that of its middle position on Rogers' curve
        let above = 0;
        for (const c of classes) {
          const middle = above + (c.count + 1) / 2;
          const down = (middle - 0.5) / n;
          const cuts = [0.025, 0.16, 0.5, 0.84];
          const expected = cuts.findIndex((cut) => down <= cut + 1e-12);
          expect(categoryIndex(c.category)).toBe(expected === -1 ? 4 : expected);
          above += c.count;
        }
        // twice Rogers' 16 %, strictly: at most 13 of 42
        expect(100 * placement.counts.LAGGARDS).toBeLessThan(Math.max(1, 32 * n));
      }),
    );
  });

  it('is invariant to the order of the input', () => {
    fc.assert(
      fc.property(shuffledArb, requestArb, ([list, shuffled], request) => {
        expect(placeOnDiffusionCurve(shuffled, request)).toEqual(placeOnDiffusionCurve(list, request));
      }),
    );
  });

  it('never puts a higher score in a lower category, and always gives equal scores the same category and rank', () => {
    fc.assert(
      fc.property(itemsArb, requestArb, (list, request) => {
        const { placed } = placeOnDiffusionCurve(list, request);
        for (let i = 1; i < placed.length; i++) {
          const [higher, lower] = [placed[i - 1], placed[i]];
          expect(higher.score).toBeGreaterThanOrEqual(lower.score);
          expect(categoryIndex(higher.category)).toBeLessThanOrEqual(categoryIndex(lower.category));
          if (higher.score === lower.score) expect([lower.category, lower.rank]).toEqual([higher.category, higher.rank]);
          else expect(lower.rank).toBe(i + 1);
        }
      }),
    );
  });

  it('Rogers’ cuts agree with Rogers’ proportions at n = 1000 distinct scores, within one ICS per category', () => {
    const expected = [25, 135, 340, 340, 160]; // 2.5 %, 13.5 %, 34 %, 34 %, 16 % of 1000
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1000, maxLength: 1000 }), (thousandths) => {
        const counts = countsList(placeByRogersQuantiles(thousandths.map((t, i) => ({ id: String(i), score: t / 1000 }))));
        counts.forEach((count, i) => expect(Math.abs(count - expected[i])).toBeLessThanOrEqual(1));
      }),
      { numRuns: 20 },
    );
  });
});
