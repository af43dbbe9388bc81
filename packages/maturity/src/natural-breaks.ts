/**
 * Natural breaks: the optimal way to cut a list of numbers into k groups of neighbouring values, so that the groups
 * are as tight as possible. "As tight as possible" means the smallest total within-class sum of squared deviations
 * (each value's squared distance from its own class mean, added up): Fisher's (1958) exact dynamic programme, which is
 * what Jenks' natural breaks computes. Seed 003 §3.2.3 grouped the 42 ICSs "where scores cluster"; this is the
 * reproducible version of that judgement.
 *
 * Equal values are always kept in the same class. The programme runs over the distinct values, each weighted by how
 * often it occurs. That loses nothing: in an optimal partition two equal values are never split (moving one to the
 * class of its twin would always lower the total), so the weighted optimum is the true optimum.
 */

/** One class, from its lowest to its highest value. */
export interface NaturalBreakClass {
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

export interface NaturalBreaksResult {
  /** The number of classes found: k, or fewer when there are fewer than k distinct values. */
  readonly k: number;
  /** Lowest class first. */
  readonly classes: readonly NaturalBreakClass[];
  /** Σ over classes of Σ (value − class mean)²: what the programme minimises. */
  readonly withinClassSumOfSquares: number;
  /** Σ (value − overall mean)², for reference: the within-class sum for a single class. */
  readonly totalSumOfSquares: number;
  /**
   * Jenks' goodness of variance fit, 1 − within / total: 1 when every class holds one value, 0 for a single class.
   * 1 when all values are equal (there is nothing to explain).
   */
  readonly goodnessOfVarianceFit: number;
}

/** Σ (x − mean)², computed in two passes (mean first) for accuracy. 0 for an empty list. */
export function sumOfSquaredDeviations(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) * (v - mean), 0);
}

/**
 * The optimal partition of `values` into `k` classes of neighbouring values (k ≥ 1). Values need not be sorted. With
 * fewer distinct values than k, each distinct value is its own class and `k` in the result says so.
 *
 * Runs in O(k · m²) for m distinct values: a few milliseconds for the 42 ICSs, well under a second for thousands.
 */
export function naturalBreaks(values: readonly number[], k: number): NaturalBreaksResult {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`The number of classes must be a whole number of at least 1, not ${String(k)}`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`Natural breaks need finite numbers, not ${String(v)}`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  const distinct: number[] = [];
  const weights: number[] = [];
  for (const v of sorted) {
    if (distinct.length > 0 && distinct[distinct.length - 1] === v) weights[weights.length - 1] += 1;
    else {
      distinct.push(v);
      weights.push(1);
    }
  }
  const m = distinct.length;
  const totalSumOfSquares = sumOfSquaredDeviations(sorted);
  if (m === 0) return { k: 0, classes: [], withinClassSumOfSquares: 0, totalSumOfSquares: 0, goodnessOfVarianceFit: 1 };
  const classes = Math.min(k, m);

  // Prefix sums of weight, weighted value and weighted square, about the overall mean to keep cancellation small.
  const centre = sorted.reduce((s, v) => s + v, 0) / sorted.length;
  const W = new Float64Array(m + 1);
  const S = new Float64Array(m + 1);
  const Q = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    const x = distinct[i] - centre;
    W[i + 1] = W[i] + weights[i];
    S[i + 1] = S[i] + weights[i] * x;
    Q[i + 1] = Q[i] + weights[i] * x * x;
  }
  /** Within-class sum of squares of distinct values i..j (inclusive). */
  const ssd = (i: number, j: number): number => {
    const w = W[j + 1] - W[i];
    const s = S[j + 1] - S[i];
    return Math.max(0, Q[j + 1] - Q[i] - (s * s) / w);
  };

  // cost[c][j]: the least total for the first j + 1 distinct values in c + 1 classes; start[c][j]: where the last
  // of those classes starts. Ties between equally good cuts go to the first (lowest) start, so the result is
  // deterministic.
  const cost: Float64Array[] = [];
  const start: Int32Array[] = [];
  cost.push(Float64Array.from({ length: m }, (_, j) => ssd(0, j)));
  start.push(new Int32Array(m));
  for (let c = 1; c < classes; c++) {
    const row = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
    const from = new Int32Array(m);
    const previous = cost[c - 1];
    for (let j = c; j < m; j++) {
      let best = Number.POSITIVE_INFINITY;
      let bestStart = c;
      for (let i = c; i <= j; i++) {
        const candidate = previous[i - 1] + ssd(i, j);
        if (candidate < best) {
          best = candidate;
          bestStart = i;
        }
      }
      row[j] = best;
      from[j] = bestStart;
    }
    cost.push(row);
    start.push(from);
  }

  const ranges: [number, number][] = [];
  let end = m - 1;
  for (let c = classes - 1; c >= 0; c--) {
    const first = c === 0 ? 0 : start[c][end];
    ranges.unshift([first, end]);
    end = first - 1;
  }

  let position = 0;
  let within = 0;
  const result: NaturalBreakClass[] = ranges.map(([i, j]) => {
    const count = W[j + 1] - W[i];
    const members = sorted.slice(position, position + count);
    position += count;
    within += sumOfSquaredDeviations(members);
    return { min: distinct[i], max: distinct[j], count };
  });
  return {
    k: classes,
    classes: result,
    withinClassSumOfSquares: within,
    totalSumOfSquares,
    goodnessOfVarianceFit: totalSumOfSquares === 0 ? 1 : 1 - within / totalSumOfSquares,
  };
}
