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
  return statisticsOfSorted(sortedPresent(values));
}

/** peerStatistics of values already filtered by `present` and sorted ascending (as by sortedPresent). */
function statisticsOfSorted(sorted: readonly number[]): PeerStatistics {
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
  return rankFromCounts(values.filter((v) => v < value).length, values.filter((v) => v === value).length, values.length);
}

/** The mid-rank percentile rank of a value with `below` values below it and `equal` equal to it, of `count`. */
function rankFromCounts(below: number, equal: number, count: number): PercentileRank {
  // (below + equal / 2) / n × 100, as whole numbers divided once
  return { withheld: false, count, percentileRank: ((2 * below + equal) * 50) / count };
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

export interface DomainPeerPositionEntry extends PeerPositionEntry {
  readonly domainKey: string;
}

/** One ICS's place in one group: what peerPosition returns, and peerPositionsOfAll for each member and group. */
export interface PeerPosition {
  readonly overall: PeerPositionEntry;
  readonly domains: readonly DomainPeerPositionEntry[];
}

/**
 * One ICS against one group, overall and per domain: its score, its percentile rank in the group, and the group's
 * median and quartiles. Domains are the ICS's own (its framework's), in its order.
 */
export function peerPosition(profile: ScoreProfile, group: readonly ScoreProfile[]): PeerPosition {
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

export interface PeerGroupMember {
  readonly id: string;
  readonly profile: ScoreProfile;
  /** The keys of the groups this member belongs to (e.g. 'NATIONAL', 'REGION:London', 'CATEGORY:EARLY_ADOPTERS'); each group's members are everyone listing that key. */
  readonly groups: readonly string[];
}

/**
 * Every member's peer position in every group it belongs to, for a whole population at once: member id → group key →
 * exactly what `peerPosition(member.profile, profiles)` returns, where `profiles` are those of the members listing
 * that key, in input order. A cycle's peer figures are precomputed this way for every ICS (10,000 of them, each in
 * the nation, its region and its adopter category), and calling peerPosition for each would re-filter and re-count a
 * whole group for every member, O(n²) per group. Here each group's values overall and in each domain are sorted
 * once, their statistics computed once and shared by every member's entry, and each member's percentile rank found
 * by binary search in the sorted values: O(n log n) per group and domain.
 *
 * Ids must be unique (a RangeError otherwise). A member listing a group key twice is in that group once; its groups
 * are in the order it first lists them, and a member with no groups gets an empty map.
 */
export function peerPositionsOfAll(members: readonly PeerGroupMember[]): ReadonlyMap<string, ReadonlyMap<string, PeerPosition>> {
  const groups = new Map<string, PeerGroupColumns>();
  const ids = new Set<string>();
  for (const member of members) {
    if (ids.has(member.id)) throw new RangeError(`Peer group members need unique ids; '${member.id}' appears more than once`);
    ids.add(member.id);
    for (const key of new Set(member.groups)) {
      const group = groups.get(key);
      if (group) group.profiles.push(member.profile);
      else groups.set(key, { profiles: [member.profile], domains: new Map() });
    }
  }

  const positions = new Map<string, ReadonlyMap<string, PeerPosition>>();
  for (const { id, profile, groups: keys } of members) {
    const byGroup = new Map<string, PeerPosition>();
    for (const key of keys) {
      const group = groups.get(key);
      if (group === undefined || byGroup.has(key)) continue; // every listed key has a group; a repeated key is done
      group.overall ??= sortedColumn(group.profiles.map((p) => p.overall));
      byGroup.set(key, {
        overall: entryInColumn(profile.overall, group.overall),
        domains: Object.keys(profile.domains).map((domainKey) => {
          let column = group.domains.get(domainKey);
          if (column === undefined) {
            // the same values, in the same order, as peerPosition reads them
            column = sortedColumn(group.profiles.map((p) => p.domains[domainKey] ?? null));
            group.domains.set(domainKey, column);
          }
          return { domainKey, ...entryInColumn(profile.domains[domainKey] ?? null, column) };
        }),
      });
    }
    positions.set(id, byGroup);
  }
  return positions;
}

/** One group's values overall or in one domain, sorted once, with their statistics (computed when first asked for). */
interface SortedColumn {
  readonly sorted: readonly number[];
  readonly statistics: PeerStatistics;
}

interface PeerGroupColumns {
  readonly profiles: ScoreProfile[];
  overall?: SortedColumn;
  readonly domains: Map<string, SortedColumn>;
}

function sortedColumn(values: readonly (number | null)[]): SortedColumn {
  const sorted = sortedPresent(values);
  return { sorted, statistics: statisticsOfSorted(sorted) };
}

/** As peerPosition's entry: percentileRank(score, values) from the sorted values by binary search, and the shared statistics. */
function entryInColumn(score: number | null, { sorted, statistics }: SortedColumn): PeerPositionEntry {
  if (score === null || sorted.length < MIN_AGGREGATE_SIZE) return { score, percentileRank: { withheld: true }, group: statistics };
  // Counted with the same comparisons as percentileRank's filters (v < score, and v ≤ score for below plus equal), so
  // a NaN score has none below or equal, and -0 and 0 are equal, there as here.
  const below = countWhile(sorted, (v) => v < score);
  const belowOrEqual = countWhile(sorted, (v) => v <= score);
  return { score, percentileRank: rankFromCounts(below, belowOrEqual - below, sorted.length), group: statistics };
}

/** How many of the leading values satisfy `test`, which holds for a prefix of `sorted` and fails for the rest. */
function countWhile(sorted: readonly number[], test: (v: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(sorted[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}

const present = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));

/** The present values in ascending order. Array sort is stable, so equal values (0 and -0) keep their input order. */
const sortedPresent = (values: readonly (number | null | undefined)[]): number[] => present(values).sort((a, b) => a - b);

function domainKeysOf(profiles: readonly ScoreProfile[]): string[] {
  const keys = new Set<string>();
  for (const p of profiles) for (const key of Object.keys(p.domains)) keys.add(key);
  return [...keys];
}
