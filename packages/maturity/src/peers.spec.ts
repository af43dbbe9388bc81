import fc from 'fast-check';
import { groupStatistics, MIN_AGGREGATE_SIZE, peerPosition, peerStatistics, percentileRank, quantile } from './peers';
import type { ScoreProfile } from './scores';

describe('quantile (type 7, linear interpolation)', () => {
  it('matches hand-worked values (and R’s quantile() / QUARTILE.INC)', () => {
    // 10, 20, 30, 40, 50, 60: h = 5p. p = .25 → h 1.25 → 20 + .25 × 10 = 22.5; p = .5 → 35; p = .75 → h 3.75 → 47.5
    const six = [10, 20, 30, 40, 50, 60];
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile(six, p))).toEqual([10, 22.5, 35, 47.5, 60]);
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4, 5], p))).toEqual([2, 3, 4]);
    expect(quantile([7], 0.3)).toBe(7);
  });
  it('refuses an empty list and p outside 0–1', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('peerStatistics', () => {
  it('gives median and quartiles of the non-null values, in any order', () => {
    expect(peerStatistics([60, null, 10, 40, 30, 20, 50])).toEqual({
      withheld: false,
      count: 6,
      lowerQuartile: 22.5,
      median: 35,
      upperQuartile: 47.5,
    });
  });
  it('withholds everything, with no numbers at all, below five values', () => {
    expect(MIN_AGGREGATE_SIZE).toBe(5);
    expect(peerStatistics([10, 20, 30, 40, null, null])).toEqual({ withheld: true });
    expect(peerStatistics([])).toEqual({ withheld: true });
    expect(peerStatistics([10, 20, 30, 40, 50])).toMatchObject({ withheld: false, count: 5, median: 30 });
  });
});

describe('percentileRank', () => {
  it('counts the values below and half the values equal', () => {
    const group = [10, 20, 30, 40, 50, 60];
    expect(percentileRank(35, group)).toEqual({ withheld: false, count: 6, percentileRank: 50 }); // 3 below of 6
    expect(percentileRank(30, group)).toEqual({ withheld: false, count: 6, percentileRank: 250 / 6 }); // (2 + ½) / 6
    expect(percentileRank(60, group)).toMatchObject({ percentileRank: 550 / 6 }); // (5 + ½) / 6
    expect(percentileRank(5, group)).toMatchObject({ percentileRank: 0 });
    expect(percentileRank(70, group)).toMatchObject({ percentileRank: 100 });
    expect(percentileRank(50, [50, 50, 50, 50, 50])).toMatchObject({ percentileRank: 50 });
  });
  it('is withheld in a group of fewer than five scores', () => {
    expect(percentileRank(30, [10, 20, 30, 40, null])).toEqual({ withheld: true });
  });
  it('stays within 0–100 and never falls when the value rises', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 40 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (group, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const rank = (v: number) => {
          const r = percentileRank(v, group);
          if (r.withheld) throw new Error('not withheld at 5 or more');
          return r.percentileRank;
        };
        expect(rank(low)).toBeGreaterThanOrEqual(0);
        expect(rank(high)).toBeLessThanOrEqual(100);
        expect(rank(low)).toBeLessThanOrEqual(rank(high));
      }),
    );
  });
});

// Five ICSs; everyone has domain a, only four have domain b (one incomplete).
const group: ScoreProfile[] = [
  { overall: 40, domains: { a: 10, b: 70 } },
  { overall: 50, domains: { a: 20, b: 80 } },
  { overall: 60, domains: { a: 30, b: null } },
  { overall: 70, domains: { a: 40, b: 90 } },
  { overall: null, domains: { a: 50, b: 100 } },
];

describe('groupStatistics', () => {
  it('gives overall and per-domain figures, withholding each one that stands on fewer than five ICSs', () => {
    expect(groupStatistics(group)).toEqual({
      overall: { withheld: true }, // four overall scores
      domains: [
        { domainKey: 'a', statistics: { withheld: false, count: 5, lowerQuartile: 20, median: 30, upperQuartile: 40 } },
        { domainKey: 'b', statistics: { withheld: true } },
      ],
    });
  });
});

describe('peerPosition', () => {
  it('places one ICS in a group, domain by domain', () => {
    const me: ScoreProfile = { overall: 55, domains: { a: 25, b: null } };
    expect(peerPosition(me, group)).toEqual({
      overall: { score: 55, percentileRank: { withheld: true }, group: { withheld: true } },
      domains: [
        {
          domainKey: 'a',
          score: 25,
          percentileRank: { withheld: false, count: 5, percentileRank: 40 }, // 10 and 20 below, of 5
          group: { withheld: false, count: 5, lowerQuartile: 20, median: 30, upperQuartile: 40 },
        },
        { domainKey: 'b', score: null, percentileRank: { withheld: true }, group: { withheld: true } },
      ],
    });
  });
});
