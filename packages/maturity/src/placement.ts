import { naturalBreaks } from './natural-breaks';

/**
 * Diffusion placement: where each ICS sits on Rogers' diffusion of innovation curve, as seed 003 §3.2.3 placed the 42
 * ICSs (6 pioneers and early adopters, 16 early majority, 12 late majority, 8 latecomers).
 *
 * There is no one right way to cut a list of scores into adopter categories, so the viewer picks one of three
 * methods, and every result names its method and parameters so that no figure is shown without them:
 * - ROGERS_QUANTILES: by rank, in Rogers' proportions (2.5 / 13.5 / 34 / 34 / 16 %), whatever the scores are;
 * - NATURAL_BREAKS: where the scores cluster, as seed 003 did;
 * - FIXED_THRESHOLDS: absolute score bands, so that when every ICS improves, the movement shows (quantiles would
 *   put the same share in every category every year).
 */

/** Rogers' five adopter categories, most advanced first. The order matters: "higher" means earlier in this list. */
export const ADOPTER_CATEGORIES = ['INNOVATORS', 'EARLY_ADOPTERS', 'EARLY_MAJORITY', 'LATE_MAJORITY', 'LAGGARDS'] as const;
export type AdopterCategory = (typeof ADOPTER_CATEGORIES)[number];

/** Seed 003's words beside Rogers' own. */
export const ADOPTER_CATEGORY_LABELS: Readonly<Record<AdopterCategory, string>> = {
  INNOVATORS: 'Innovators / pioneers',
  EARLY_ADOPTERS: 'Early adopters',
  EARLY_MAJORITY: 'Early majority',
  LATE_MAJORITY: 'Late majority',
  LAGGARDS: 'Laggards / latecomers',
};

/** Rogers' share of a population in each category, in per cent (seed 003 §3.2.3). */
export const ROGERS_PROPORTIONS: Readonly<Record<AdopterCategory, number>> = {
  INNOVATORS: 2.5,
  EARLY_ADOPTERS: 13.5,
  EARLY_MAJORITY: 34,
  LATE_MAJORITY: 34,
  LAGGARDS: 16,
};

/** Where Rogers' categories end, as cumulative per cent from the top: 2.5, 16, 50, 84 (the rest are laggards). */
export const ROGERS_CUMULATIVE_CUTS_PERCENT = [2.5, 16, 50, 84] as const;
/** The same cuts in tenths of a per cent, so the cut test is done in whole numbers. */
const ROGERS_CUTS_PER_MILLE = [25, 160, 500, 840] as const;

/** 0 for the most advanced category, 4 for laggards: lower is higher on the curve. */
export const categoryIndex = (category: AdopterCategory): number => ADOPTER_CATEGORIES.indexOf(category);

export const PLACEMENT_METHODS = ['ROGERS_QUANTILES', 'NATURAL_BREAKS', 'FIXED_THRESHOLDS'] as const;
export type PlacementMethod = (typeof PLACEMENT_METHODS)[number];

export const PLACEMENT_METHOD_LABELS: Readonly<Record<PlacementMethod, string>> = {
  ROGERS_QUANTILES: "Rogers' proportions",
  NATURAL_BREAKS: 'Natural breaks',
  FIXED_THRESHOLDS: 'Fixed score bands',
};

/** The lowest overall score (inclusive) for each of the four upper categories; anything below the last is a laggard. */
export interface FixedThresholds {
  readonly innovators: number;
  readonly earlyAdopters: number;
  readonly earlyMajority: number;
  readonly lateMajority: number;
}

/**
 * Default bands. On the 0–100 scale 75 is "established" and 100 "embedded", so an innovator (≥ 80) is established
 * almost everywhere and embedded in places; early adopters (≥ 65) are well past "developing" (50); the early majority
 * (≥ 45) is about "developing"; the late majority (≥ 25) is "emerging"; below 25 is mostly "not started". They are a
 * starting point for the programme to agree, not a finding.
 */
export const DEFAULT_FIXED_THRESHOLDS: FixedThresholds = { innovators: 80, earlyAdopters: 65, earlyMajority: 45, lateMajority: 25 };

/**
 * The rule that names natural-breaks groups, whatever their number: **each group takes the Rogers category of its
 * middle member**. The group's middle position in the ranked list, (first + last) / 2, is read exactly as Rogers'
 * proportions read one ICS's position (the middle of its slice, cut at 2.5 / 16 / 50 / 84 % from the top, a middle
 * on a cut belonging to the higher category). Groups are contiguous in rank, so categories never rise down the list.
 *
 * Why: the groups say where the scores cluster, Rogers says what share of a population each category holds; a group
 * is named after where most of it sits. Read on seed 003's 2021–22 shape (6 / 16 / 12 / 8 of 42) this gives the
 * published reading with 4 groups and with 5 (the 5th group splits the early majority), and with 3 groups (top 22,
 * 12, 8) the top cluster is called early majority rather than 22 early adopters. A group is only called laggards when
 * its middle lies in Rogers' bottom 16 %, so fewer than 32 % of the placed ICSs (twice Rogers' share; at most 13 of
 * 42) are ever called laggards: a bigger bottom cluster is called late majority.
 */
export const NATURAL_BREAKS_RULE = 'EACH_GROUP_TAKES_ITS_MIDDLE_MEMBERS_ROGERS_CATEGORY' as const;

/** The Rogers category of a stretch of positions `first`..`last` (1-based, highest score first) of `n`: its middle's. */
export function rogersCategoryOfMiddle(first: number, last: number, n: number): AdopterCategory {
  // middle m = (first + last) / 2; (m − 0.5) / n ≤ cut  ⇔  (first + last − 1) · 1000 ≤ 2n · cut‰, in whole numbers
  const position = (first + last - 1) * 1000;
  const index = ROGERS_CUTS_PER_MILLE.findIndex((cut) => position <= 2 * n * cut);
  return ADOPTER_CATEGORIES[index === -1 ? 4 : index];
}

/** One ICS (or anything else) to place; a null score means it has no overall score this cycle. */
export interface PlacementItem {
  readonly id: string;
  readonly score: number | null;
}

export interface PlacedItem {
  readonly id: string;
  readonly score: number;
  readonly category: AdopterCategory;
  /** 1 for the highest score; equal scores share a rank and the next rank skips ("1, 2, 2, 4"). */
  readonly rank: number;
}

export type PlacementRequest =
  | { readonly method: 'ROGERS_QUANTILES' }
  | { readonly method: 'NATURAL_BREAKS'; readonly k: number }
  | { readonly method: 'FIXED_THRESHOLDS'; readonly thresholds?: FixedThresholds };

export interface NaturalBreaksClassSummary {
  readonly category: AdopterCategory;
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

export type PlacementParameters =
  | {
      readonly method: 'ROGERS_QUANTILES';
      readonly cumulativeCutsPercent: readonly number[];
      /** An ICS at rank r of n sits at (r − 0.5) / n of the way down the list: the middle of its own 1/n slice. */
      readonly position: 'MIDPOINT';
      /** Equal scores share the category of the tie group's first (best) rank. */
      readonly tieRule: 'TIES_SHARE_FIRST_RANK';
    }
  | {
      readonly method: 'NATURAL_BREAKS';
      /** The number of classes asked for (2–5). */
      readonly k: number;
      /** The number found: fewer than k when there are fewer distinct scores than k. */
      readonly effectiveK: number;
      /** Top class first. */
      readonly classes: readonly NaturalBreaksClassSummary[];
      readonly withinClassSumOfSquares: number;
      readonly goodnessOfVarianceFit: number;
    }
  | { readonly method: 'FIXED_THRESHOLDS'; readonly thresholds: FixedThresholds };

export interface Placement {
  readonly method: PlacementMethod;
  readonly parameters: PlacementParameters;
  /** One line naming the method and its parameters, for any figure or table that shows this placement. */
  readonly description: string;
  /** Highest score first; equal scores in id order. */
  readonly placed: readonly PlacedItem[];
  /** Ids with no score, in id order: shown as "not placed", never as laggards. */
  readonly unplaced: readonly string[];
  /** All five categories, always present, summing to `placed.length`. */
  readonly counts: Readonly<Record<AdopterCategory, number>>;
}

/** Places items by the method the viewer picked. */
export function placeOnDiffusionCurve(items: readonly PlacementItem[], request: PlacementRequest): Placement {
  switch (request.method) {
    case 'ROGERS_QUANTILES':
      return placeByRogersQuantiles(items);
    case 'NATURAL_BREAKS':
      return placeByNaturalBreaks(items, request.k);
    case 'FIXED_THRESHOLDS':
      return placeByFixedThresholds(items, request.thresholds);
  }
}

/**
 * Rogers' proportions: rank by score, highest first, and cut at 2.5 / 16 / 50 / 84 % of the way down.
 *
 * Position: an ICS at rank r of n placed ICSs owns the slice from (r − 1)/n to r/n of the ranked population, and takes
 * the category in which the middle of its slice, (r − 0.5)/n, falls (a middle exactly on a cut belongs to the higher
 * category). This gives Rogers' shares as closely as whole ICSs allow, the same way from the top and the bottom: of
 * 42 ICSs, 1 / 6 / 14 / 14 / 7; of 1000, exactly 25 / 135 / 340 / 340 / 160.
 *
 * Tie rule: ICSs with equal scores always share a category. The tie group takes the position of its first member's
 * rank (the shared rank), so a tie straddling a cut goes to the higher category. Nobody is pushed down a category by
 * an ICS with the same score, and the result does not depend on the order of the input. (So if every score is equal,
 * everyone shares rank 1: ten are all early adopters, twenty or more all innovators.)
 */
export function placeByRogersQuantiles(items: readonly PlacementItem[]): Placement {
  const { ranked, unplaced } = rankItems(items);
  const n = ranked.length;
  const placed = ranked.map(({ id, score, rank }): PlacedItem => {
    // (r − 0.5) / n ≤ cut  ⇔  (2r − 1) · 1000 ≤ 2n · cut‰, in whole numbers
    const position = (2 * rank - 1) * 1000;
    const index = ROGERS_CUTS_PER_MILLE.findIndex((cut) => position <= 2 * n * cut);
    return { id, score, rank, category: ADOPTER_CATEGORIES[index === -1 ? 4 : index] };
  });
  return finish(
    {
      method: 'ROGERS_QUANTILES',
      cumulativeCutsPercent: [...ROGERS_CUMULATIVE_CUTS_PERCENT],
      position: 'MIDPOINT',
      tieRule: 'TIES_SHARE_FIRST_RANK',
    },
    "Rogers' proportions: ranked by overall score and cut at 2.5, 16, 50 and 84 % from the top; equal scores share a category",
    placed,
    unplaced,
  );
}

/**
 * Natural breaks: Fisher–Jenks optimal classes (see `naturalBreaks`), k from 2 to 5, named from the top by one rule
 * for every k (`NATURAL_BREAKS_RULE`): each group takes the Rogers category of its middle member (see
 * `rogersCategoryOfMiddle`). With fewer distinct scores than k, there are only as many classes as distinct scores
 * (a single class, when every score is the same, is the early majority). Equal scores always share a class.
 */
export function placeByNaturalBreaks(items: readonly PlacementItem[], k: number): Placement {
  if (!Number.isInteger(k) || k < 2 || k > 5) throw new RangeError(`Natural breaks need a number of classes from 2 to 5, not ${String(k)}`);
  const { ranked, unplaced } = rankItems(items);
  const result = naturalBreaks(
    ranked.map((r) => r.score),
    k,
  );
  const effectiveK = result.k;
  const topFirst = [...result.classes].reverse();
  const n = ranked.length;
  let above = 0;
  const classes = topFirst.map((c): NaturalBreaksClassSummary => {
    const category = rogersCategoryOfMiddle(above + 1, above + c.count, n);
    above += c.count;
    return { category, min: c.min, max: c.max, count: c.count };
  });
  const placed = ranked.map(({ id, score, rank }): PlacedItem => {
    const found = classes.find((c) => score >= c.min);
    if (!found) throw new Error('Natural breaks left a score without a class'); // cannot happen: the lowest class starts at the minimum
    return { id, score, rank, category: found.category };
  });
  return finish(
    {
      method: 'NATURAL_BREAKS',
      k,
      effectiveK,
      classes,
      withinClassSumOfSquares: result.withinClassSumOfSquares,
      goodnessOfVarianceFit: result.goodnessOfVarianceFit,
    },
    effectiveK === 0
      ? `Natural breaks: no scores to group (${k} groups asked for)`
      : `Natural breaks: ${effectiveK} group${effectiveK === 1 ? '' : 's'} where overall scores cluster (Fisher–Jenks${
          effectiveK < k ? `, ${k} asked for but there are only ${effectiveK} distinct score${effectiveK === 1 ? '' : 's'}` : ''
        }); each group named by the Rogers category of its middle ICS`,
    placed,
    unplaced,
  );
}

/**
 * Fixed score bands: an ICS with an overall score at or above a category's threshold is in that category (the
 * highest one it reaches); below the late-majority threshold it is a laggard. Thresholds must be numbers from 0 to
 * 100, strictly descending from innovators to late majority.
 */
export function placeByFixedThresholds(items: readonly PlacementItem[], thresholds: FixedThresholds = DEFAULT_FIXED_THRESHOLDS): Placement {
  const problem = fixedThresholdsProblem(thresholds);
  if (problem) throw new RangeError(problem);
  const bands = [thresholds.innovators, thresholds.earlyAdopters, thresholds.earlyMajority, thresholds.lateMajority];
  const { ranked, unplaced } = rankItems(items);
  const placed = ranked.map(({ id, score, rank }): PlacedItem => {
    const index = bands.findIndex((lowest) => score >= lowest);
    return { id, score, rank, category: ADOPTER_CATEGORIES[index === -1 ? 4 : index] };
  });
  const t = thresholds;
  return finish(
    { method: 'FIXED_THRESHOLDS', thresholds: { ...thresholds } },
    `Fixed score bands: innovators ${t.innovators}+, early adopters ${t.earlyAdopters}+, early majority ${t.earlyMajority}+, ` +
      `late majority ${t.lateMajority}+, laggards below ${t.lateMajority}`,
    placed,
    unplaced,
  );
}

/** The four thresholds, highest first, with their names in plain words. */
export const FIXED_THRESHOLD_FIELDS: readonly { readonly field: keyof FixedThresholds; readonly name: string }[] = [
  { field: 'innovators', name: 'innovators' },
  { field: 'earlyAdopters', name: 'early adopters' },
  { field: 'earlyMajority', name: 'early majority' },
  { field: 'lateMajority', name: 'late majority' },
];

export interface FixedThresholdsProblem {
  readonly field: keyof FixedThresholds;
  readonly message: string;
}

/**
 * Everything wrong with a set of thresholds, each against the threshold to change, in plain words: one that is not
 * a number from 0 to 100, then one that is not lower than the (valid) one above it. Empty when they can be used.
 */
export function fixedThresholdsProblems(thresholds: FixedThresholds): FixedThresholdsProblem[] {
  const valid = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
  const problems: FixedThresholdsProblem[] = [];
  for (const { field, name } of FIXED_THRESHOLD_FIELDS) {
    if (!valid(thresholds[field])) problems.push({ field, message: `The ${name} threshold must be a number from 0 to 100` });
  }
  for (let i = 1; i < FIXED_THRESHOLD_FIELDS.length; i++) {
    const above = FIXED_THRESHOLD_FIELDS[i - 1];
    const { field, name } = FIXED_THRESHOLD_FIELDS[i];
    if (valid(thresholds[field]) && valid(thresholds[above.field]) && !(thresholds[field] < thresholds[above.field])) {
      problems.push({ field, message: `The ${name} threshold must be lower than the ${above.name} threshold` });
    }
  }
  return problems;
}

/** What is wrong with a set of thresholds, in plain words (the first of fixedThresholdsProblems); null when they can be used. */
export function fixedThresholdsProblem(thresholds: FixedThresholds): string | null {
  return fixedThresholdsProblems(thresholds)[0]?.message ?? null;
}

/** True when two placements were made the same way, so that comparing them (e.g. across cycles) means something. */
export function samePlacementSettings(a: PlacementParameters, b: PlacementParameters): boolean {
  if (a.method === 'NATURAL_BREAKS' && b.method === 'NATURAL_BREAKS') return a.k === b.k;
  if (a.method === 'FIXED_THRESHOLDS' && b.method === 'FIXED_THRESHOLDS') {
    return (
      a.thresholds.innovators === b.thresholds.innovators &&
      a.thresholds.earlyAdopters === b.thresholds.earlyAdopters &&
      a.thresholds.earlyMajority === b.thresholds.earlyMajority &&
      a.thresholds.lateMajority === b.thresholds.lateMajority
    );
  }
  return a.method === b.method;
}

export const emptyCategoryCounts = (): Record<AdopterCategory, number> => ({
  INNOVATORS: 0,
  EARLY_ADOPTERS: 0,
  EARLY_MAJORITY: 0,
  LATE_MAJORITY: 0,
  LAGGARDS: 0,
});

interface Ranked {
  readonly id: string;
  readonly score: number;
  readonly rank: number;
}

/**
 * Checks the items, sets aside those without a score, and ranks the rest: highest score first, equal scores in id
 * order and sharing the rank of the first of them. Sorting by (score, id) makes every method independent of the
 * order the items came in.
 */
function rankItems(items: readonly PlacementItem[]): { ranked: Ranked[]; unplaced: string[] } {
  const seen = new Set<string>();
  const scored: { id: string; score: number }[] = [];
  const unplaced: string[] = [];
  for (const { id, score } of items) {
    if (seen.has(id)) throw new RangeError(`"${id}" is listed more than once`);
    seen.add(id);
    if (score === null) {
      unplaced.push(id);
      continue;
    }
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100) {
      throw new RangeError(`The score of "${id}" must be a number from 0 to 100, not ${String(score)}`);
    }
    scored.push({ id, score: score === 0 ? 0 : score }); // −0 is 0
  }
  scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  const ranked: Ranked[] = [];
  scored.forEach((item, i) => {
    const previous = ranked[i - 1];
    ranked.push({ ...item, rank: previous && previous.score === item.score ? previous.rank : i + 1 });
  });
  return { ranked, unplaced: unplaced.sort(compareIds) };
}

/** Code-unit order, the same on every machine and locale. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function finish(parameters: PlacementParameters, description: string, placed: PlacedItem[], unplaced: string[]): Placement {
  const counts = emptyCategoryCounts();
  for (const p of placed) counts[p.category] += 1;
  return { method: parameters.method, parameters, description, placed, unplaced, counts };
}
