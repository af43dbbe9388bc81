import fc from 'fast-check';
import { naturalBreaks, sumOfSquaredDeviations } from './natural-breaks';

describe('sumOfSquaredDeviations', () => {
  it('adds up squared distances from the mean', () => {
    // [2, 4, 6, 8]: mean 5, so 9 + 1 + 1 + 9 = 20
    expect(sumOfSquaredDeviations([2, 4, 6, 8])).toBe(20);
    expect(sumOfSquaredDeviations([7])).toBe(0);
    expect(sumOfSquaredDeviations([])).toBe(0);
  });
});

describe('naturalBreaks: hand-worked', () => {
  it('finds the three obvious groups of 1, 2, 3 | 10, 11 | 20', () => {
    // within: {1,2,3} 1 + 0 + 1 = 2; {10,11} 0.25 + 0.25 = 0.5; {20} 0 → 2.5
    // total: mean 47/6, Σx² = 635, 635 − 47²/6 = 1601/6
    const result = naturalBreaks([20, 3, 10, 1, 11, 2], 3);
    expect(result.k).toBe(3);
    expect(result.classes).toEqual([
      { min: 1, max: 3, count: 3 },
      { min: 10, max: 11, count: 2 },
      { min: 20, max: 20, count: 1 },
    ]);
    expect(result.withinClassSumOfSquares).toBeCloseTo(2.5, 12);
    expect(result.totalSumOfSquares).toBeCloseTo(1601 / 6, 10);
    expect(result.goodnessOfVarianceFit).toBeCloseTo(1 - 15 / 1601, 12);
  });

  it('chooses by total spread, not by the widest gap', () => {
    // 0, 8, 10, 15, 18, 23 into 2. The widest gap is 0 → 8, but {0} | {8, 10, 15, 18, 23} leaves
    // 0 + (6.8² + 4.8² + 0.2² + 3.2² + 8.2²) = 146.8, while {0, 8, 10} | {15, 18, 23} gives
    // (6² + 2² + 4²) + ((11/3)² + (2/3)² + (13/3)²) = 56 + 98/3 = 266/3 ≈ 88.67: the best of the five cuts.
    const result = naturalBreaks([23, 0, 18, 8, 15, 10], 2);
    expect(result.classes).toEqual([
      { min: 0, max: 10, count: 3 },
      { min: 15, max: 23, count: 3 },
    ]);
    expect(result.withinClassSumOfSquares).toBeCloseTo(266 / 3, 10);
  });

  it('keeps equal values together and gives fewer classes when there are fewer distinct values', () => {
    expect(naturalBreaks([5, 5, 5, 5], 2)).toEqual({
      k: 1,
      classes: [{ min: 5, max: 5, count: 4 }],
      withinClassSumOfSquares: 0,
      totalSumOfSquares: 0,
      goodnessOfVarianceFit: 1,
    });
    expect(naturalBreaks([9, 1, 9, 1, 9], 3).classes).toEqual([
      { min: 1, max: 1, count: 2 },
      { min: 9, max: 9, count: 3 },
    ]);
    // 1, 1, 1, 2, 9 in two: {1,1,1,2} | {9} (0.75) beats splitting the ones
    expect(naturalBreaks([1, 1, 1, 2, 9], 2).classes).toEqual([
      { min: 1, max: 2, count: 4 },
      { min: 9, max: 9, count: 1 },
    ]);
  });

  it('handles no values, and refuses a bad k or non-finite values', () => {
    expect(naturalBreaks([], 3)).toMatchObject({ k: 0, classes: [] });
    expect(() => naturalBreaks([1, 2], 0)).toThrow(RangeError);
    expect(() => naturalBreaks([1, 2], 1.5)).toThrow(RangeError);
    expect(() => naturalBreaks([1, Number.NaN], 2)).toThrow(RangeError);
  });
});

/** Every way to cut sorted values into k non-empty contiguous classes, as lists of class lengths. */
function* compositions(n: number, k: number): Generator<number[]> {
  if (k === 1) {
    yield [n];
    return;
  }
  for (let first = 1; first <= n - k + 1; first++) for (const rest of compositions(n - first, k - 1)) yield [first, ...rest];
}

const withinOf = (sorted: readonly number[], lengths: readonly number[]): number => {
  let at = 0;
  return lengths.reduce((total, length) => {
    const part = sorted.slice(at, at + length);
    at += length;
    return total + sumOfSquaredDeviations(part);
  }, 0);
};

describe('naturalBreaks: properties', () => {
  const score = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

  it('is never worse than a random partition into the same number of contiguous classes', () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 2, maxLength: 60 }).chain((values) =>
          fc.tuple(
            fc.constant(values),
            fc.integer({ min: 2, max: Math.min(5, values.length) }).chain((k) =>
              fc.tuple(fc.constant(k), fc.uniqueArray(fc.integer({ min: 1, max: values.length - 1 }), { minLength: k - 1, maxLength: k - 1 })),
            ),
          ),
        ),
        ([values, [k, cuts]]) => {
          const sorted = [...values].sort((a, b) => a - b);
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), sorted.length];
          const random = bounds.slice(1).reduce((t, end, i) => t + sumOfSquaredDeviations(sorted.slice(bounds[i], end)), 0);
          const result = naturalBreaks(values, k);
          expect(result.withinClassSumOfSquares).toBeLessThanOrEqual(random + 1e-9 * (1 + random));
          expect(result.classes.reduce((n, c) => n + c.count, 0)).toBe(values.length);
        },
      ),
    );
  });

  it('equals the best of every contiguous partition, for small lists (exhaustive check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 9 }), fc.integer({ min: 1, max: 4 }), (values, k) => {
        const sorted = [...values].sort((a, b) => a - b);
        const distinct = new Set(values).size;
        const result = naturalBreaks(values, k);
        expect(result.k).toBe(Math.min(k, distinct));
        let best = Number.POSITIVE_INFINITY;
        for (const lengths of compositions(sorted.length, result.k)) best = Math.min(best, withinOf(sorted, lengths));
        expect(result.withinClassSumOfSquares).toBeCloseTo(best, 9);
        // classes are in order and never split equal values
        result.classes.forEach((c, i) => {
          if (i > 0) expect(c.min).toBeGreaterThan(result.classes[i - 1].max);
        });
      }),
    );
  });
});
