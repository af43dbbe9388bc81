import { compareIds, type PlacedItem, type Placement, type PlacementMethod } from './placement';

/**
 * The chasm: Moore's name, used by seed 003 §3.2.3, for the hardest step in the spread of an innovation, from the
 * enthusiasts and visionaries (innovators and early adopters) to the pragmatists of the early majority. Seed 003 asks
 * for conditions where early adopters influence the early majority; knowing which early-majority ICSs are nearest to
 * the other side says where that help would tip the balance soonest.
 */

export interface ChasmCandidate {
  readonly id: string;
  readonly score: number;
  readonly rank: number;
  /** Points still to gain to reach the lowest score across the chasm (always > 0 for the early majority). */
  readonly distance: number;
}

export interface Chasm {
  /** The placement method the chasm was read from: the chasm moves with the method. */
  readonly method: PlacementMethod;
  /** The lowest overall score among innovators and early adopters; null when there are none. */
  readonly lowestEarlyAdopterScore: number | null;
  /** The highest overall score in the early majority; null when there is none. */
  readonly highestEarlyMajorityScore: number | null;
  /** The width of the chasm, lowest early-adopter score − highest early-majority score; null when either side is empty. */
  readonly gap: number | null;
  /** Early-majority ICSs nearest to crossing, smallest distance first (ties in rank and then id order), at most n. */
  readonly nearest: readonly ChasmCandidate[];
}

/** The default length of the "nearest to crossing" list. */
export const DEFAULT_CHASM_CANDIDATES = 5;

/**
 * Reads the chasm off a placement. "Across the chasm" is innovators and early adopters together: innovators are
 * beyond the early adopters on every method, so when there are early adopters the lowest score across is theirs, and
 * when a method leaves the early adopters empty (e.g. Rogers' proportions for very few ICSs) the innovators still mark
 * the far edge.
 *
 * An early-majority ICS's distance is how many points it needs to reach the lowest score across the chasm. Nearest
 * is empty when nobody is across.
 */
export function findChasm(placement: Placement, n: number = DEFAULT_CHASM_CANDIDATES): Chasm {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`The number of candidates must be a whole number of at least 0, not ${String(n)}`);
  const across = placement.placed.filter((p) => p.category === 'INNOVATORS' || p.category === 'EARLY_ADOPTERS');
  const majority = placement.placed.filter((p) => p.category === 'EARLY_MAJORITY');
  const lowestEarlyAdopterScore = minScore(across);
  const highestEarlyMajorityScore = majority.length === 0 ? null : Math.max(...majority.map((p) => p.score));
  const gap = lowestEarlyAdopterScore === null || highestEarlyMajorityScore === null ? null : lowestEarlyAdopterScore - highestEarlyMajorityScore;
  const nearest =
    lowestEarlyAdopterScore === null
      ? []
      : majority
          .map((p): ChasmCandidate => ({ id: p.id, score: p.score, rank: p.rank, distance: lowestEarlyAdopterScore - p.score }))
          .sort((a, b) => a.distance - b.distance || a.rank - b.rank || compareIds(a.id, b.id))
          .slice(0, n);
  return { method: placement.method, lowestEarlyAdopterScore, highestEarlyMajorityScore, gap, nearest };
}

const minScore = (items: readonly PlacedItem[]): number | null => (items.length === 0 ? null : Math.min(...items.map((p) => p.score)));
