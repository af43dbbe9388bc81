import type { ScoreProfile } from './scores';

/**
 * Peer statistics: how a group of ICSs (the nation, a region, a cohort, an adopter category) is spread, and where one
 * ICS sits within it. ICS leads see peers only as aggregates (PRODUCT §1), and an aggregate over fewer than five ICSs
 * is not shown: with four or fewer, a median or quartile is close to being one named ICS's score. So every function
 * here withholds its numbers below MIN_AGGREGATE_SIZE, and says so, rather than leaving it to each screen to remember.
 */

/** The fewest values any aggregate is computed over; below it the result is `{ withheld: true }` with no numbers. */
export const MIN_AGGREGATE_SIZE = 5;

export type PeerStatistics =
  | { readonly withheld: true }
  | {
      readonly withheld: false;
      /** How many values (non-null scores) the figures stand on. */
      readonly count: number;
      readonly lowerQuartile: number;
      readonly median: number;
      readonly upperQuartile: number;
    };

export type PercentileRank =
  | { readonly withheld: true }
  | {
      readonly withheld: false;
      readonly count: number;
      /** 0–100: the share of the group below the value, counting values equal to it as half below. */
      readonly percentileRank: number;
    };

/**
 * The p-quantile (0 ≤ p ≤ 1) of values sorted ascending, by linear interpolation between the two nearest ranks:
 * Hyndman and Fan's type 7, the default of R and NumPy and what spreadsheets' QUARTILE.INC and PERCENTILE.INC
 * compute, so a reader can check a figure in a spreadsheet. Position h = (n − 1) · p (from 0); the quantile is
 * x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
export function quantile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) throw new RangeError('A quantile needs at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile's p must be from 0 to 1, not ${String(p)}`);
  const h = (sortedValues.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sortedValues.length - 1);
  return sortedValues[lower] + (h - lower) * (sortedValues[upper] - sortedValues[lower]);
}

/** Median and quartiles (type 7) of the non-null values; withheld when there are fewer than MIN_AGGREGATE_SIZE. */
export function peerStatistics(values: readonly (number | null)[]): PeerStatistics {
  const sorted = present(values).sort((a, b) => a - b);
  if (sorted.length < MIN_AGGREGATE_SIZE) return { withheld: true };
  return {
    withheld: false,
    count: sorted.length,
    lowerQuartile: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    upperQuartile: quantile(sorted, 0.75),
  };
}

/**
 * Where `value` sits within a group, 0–100: (values below + half the values equal) / group size × 100, the
 * "mid-rank" percentile rank. Counting ties as half keeps a group of identical scores at 50 rather than at 0 or 100.
 * The group is whatever the caller passes: to place an ICS among its peers including itself, include its own score.
 * Withheld when the group has fewer than MIN_AGGREGATE_SIZE non-null values.
 */
export function percentileRank(value: number, group: readonly (number | null)[]): PercentileRank {
  const values = present(group);
  if (values.length < MIN_AGGREGATE_SIZE) return { withheld: true };
  const below = values.filter((v) => v < value).length;
  const equal = values.filter((v) => v === value).length;
  // (below + equal / 2) / n × 100, as whole numbers divided once
  return { withheld: false, count: values.length, percentileRank: ((2 * below + equal) * 50) / values.length };
}

export interface DomainPeerStatistics {
  readonly domainKey: string;
  readonly statistics: PeerStatistics;
}

/**
 * A group's overall and per-domain statistics. Each domain stands on the ICSs with a (complete) score in it, so one
 * domain can be withheld while others are shown. Domains in order of first appearance in the profiles.
 */
export function groupStatistics(profiles: readonly ScoreProfile[]): {
  readonly overall: PeerStatistics;
  readonly domains: readonly DomainPeerStatistics[];
} {
  return {
    overall: peerStatistics(profiles.map((p) => p.overall)),
    domains: domainKeysOf(profiles).map((domainKey) => ({
      domainKey,
      statistics: peerStatistics(profiles.map((p) => p.domains[domainKey] ?? null)),
    })),
  };
}

export interface PeerPositionEntry {
  readonly score: number | null;
  /** Withheld when the ICS has no score here, or the group is too small. */
  readonly percentileRank: PercentileRank;
  readonly group: PeerStatistics;
}

/**
 * One ICS against one group, overall and per domain: its score, its percentile rank in the group, and the group's
 * median and quartiles. Domains are the ICS's own (its framework's), in its order.
 */
export function peerPosition(
  profile: ScoreProfile,
  group: readonly ScoreProfile[],
): { readonly overall: PeerPositionEntry; readonly domains: readonly (PeerPositionEntry & { readonly domainKey: string })[] } {
  const entry = (score: number | null, values: (number | null)[]): PeerPositionEntry => ({
    score,
    percentileRank: score === null ? { withheld: true } : percentileRank(score, values),
    group: peerStatistics(values),
  });
  return {
    overall: entry(
      profile.overall,
      group.map((p) => p.overall),
    ),
    domains: Object.keys(profile.domains).map((domainKey) => ({
      domainKey,
      ...entry(
        profile.domains[domainKey] ?? null,
        group.map((p) => p.domains[domainKey] ?? null),
      ),
    })),
  };
}

const present = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));

function domainKeysOf(profiles: readonly ScoreProfile[]): string[] {
  const keys = new Set<string>();
  for (const p of profiles) for (const key of Object.keys(p.domains)) keys.add(key);
  return [...keys];
}
