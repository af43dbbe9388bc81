import type { CanvasFramework } from '@idt/domain';
import {
  ADOPTER_CATEGORIES,
  type AdopterCategory,
  categoryIndex,
  compareIds,
  type Placement,
  type PlacementMethod,
  samePlacementSettings,
} from './placement';
import { type AssessmentScores, type AssessmentToScore, type ScoreProfile, scoreAssessment } from './scores';

/**
 * Progress: what changed for an ICS between two cycles, and how the landscape moved between adopter categories.
 * Figures are only compared like with like: a delta needs a score on both sides, a category movement needs both
 * placements made the same way, and scores across framework versions are compared over the criteria both share.
 */

export interface ScoreChange {
  readonly before: number | null;
  readonly after: number | null;
  /** after − before, in points on the 0–100 scale; null when either side is null (no score is not a score of 0). */
  readonly delta: number | null;
}

export interface ProgressOfSystem {
  readonly id: string;
  readonly overall: ScoreChange;
  /** Domains of either cycle: the earlier cycle's order, then any new to the later one. */
  readonly domains: readonly (ScoreChange & { readonly domainKey: string })[];
}

export interface CycleProfile {
  readonly id: string;
  readonly profile: ScoreProfile;
}

const change = (before: number | null | undefined, after: number | null | undefined): ScoreChange => {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, delta: a === null || b === null ? null : a - b };
};

/** One ICS's change between two cycles; either side may be missing (it did not take part). */
export function progressOf(id: string, before: ScoreProfile | null, after: ScoreProfile | null): ProgressOfSystem {
  const keys = [...new Set([...Object.keys(before?.domains ?? {}), ...Object.keys(after?.domains ?? {})])];
  return {
    id,
    overall: change(before?.overall, after?.overall),
    domains: keys.map((domainKey) => ({ domainKey, ...change(before?.domains[domainKey], after?.domains[domainKey]) })),
  };
}

/** Every ICS in either cycle, in id order. */
export function progressBySystem(before: readonly CycleProfile[], after: readonly CycleProfile[]): ProgressOfSystem[] {
  const earlier = new Map(before.map((c) => [c.id, c.profile]));
  const later = new Map(after.map((c) => [c.id, c.profile]));
  const ids = [...new Set([...earlier.keys(), ...later.keys()])].sort(compareIds);
  return ids.map((id) => progressOf(id, earlier.get(id) ?? null, later.get(id) ?? null));
}

export type MovementDirection = 'UP' | 'DOWN' | 'SAME';

export interface CategoryMovement {
  readonly id: string;
  readonly from: AdopterCategory;
  readonly to: AdopterCategory;
  /** UP is towards innovators. */
  readonly direction: MovementDirection;
}

export interface NotCompared {
  readonly id: string;
  readonly reason: 'NOT_PLACED_BEFORE' | 'NOT_PLACED_AFTER' | 'ONLY_BEFORE' | 'ONLY_AFTER';
}

export interface CategoryMovements {
  readonly method: PlacementMethod;
  /** matrix[from][to]: how many ICSs were in `from` before and are in `to` after. Every cell is present. */
  readonly matrix: Readonly<Record<AdopterCategory, Readonly<Record<AdopterCategory, number>>>>;
  readonly movedUp: number;
  readonly movedDown: number;
  readonly stayed: number;
  /** Every ICS placed in both, in id order. */
  readonly movements: readonly CategoryMovement[];
  /** ICSs placed in one cycle only (or in neither), in id order: not in the matrix. */
  readonly notCompared: readonly NotCompared[];
}

/**
 * From → to counts between two placements of the same ICSs in two cycles. Both must be made with the same method and
 * settings (same k, same thresholds): a move from a Rogers early adopter to a fixed-band early majority says nothing.
 * Note that Rogers' proportions put the same share in every category every cycle, so with that method any move up is
 * someone else's move down; fixed bands show improvement across the board.
 */
export function categoryMovements(before: Placement, after: Placement): CategoryMovements {
  if (!samePlacementSettings(before.parameters, after.parameters)) {
    throw new RangeError('Category movements compare two placements made with the same method and settings');
  }
  const earlier = new Map(before.placed.map((p) => [p.id, p.category]));
  const later = new Map(after.placed.map((p) => [p.id, p.category]));
  const unplacedBefore = new Set(before.unplaced);
  const unplacedAfter = new Set(after.unplaced);
  const matrix = Object.fromEntries(
    ADOPTER_CATEGORIES.map((from) => [from, Object.fromEntries(ADOPTER_CATEGORIES.map((to) => [to, 0]))]),
  ) as Record<AdopterCategory, Record<AdopterCategory, number>>;
  const movements: CategoryMovement[] = [];
  const notCompared: NotCompared[] = [];
  const ids = [...new Set([...earlier.keys(), ...later.keys(), ...unplacedBefore, ...unplacedAfter])].sort(compareIds);
  for (const id of ids) {
    const from = earlier.get(id);
    const to = later.get(id);
    if (from && to) {
      matrix[from][to] += 1;
      const step = categoryIndex(to) - categoryIndex(from);
      movements.push({ id, from, to, direction: step < 0 ? 'UP' : step > 0 ? 'DOWN' : 'SAME' });
      continue;
    }
    const inBefore = earlier.has(id) || unplacedBefore.has(id);
    const inAfter = later.has(id) || unplacedAfter.has(id);
    const reason: NotCompared['reason'] = !inAfter ? 'ONLY_BEFORE' : !inBefore ? 'ONLY_AFTER' : !from ? 'NOT_PLACED_BEFORE' : 'NOT_PLACED_AFTER';
    notCompared.push({ id, reason });
  }
  const count = (direction: MovementDirection) => movements.filter((m) => m.direction === direction).length;
  return { method: before.method, matrix, movedUp: count('UP'), movedDown: count('DOWN'), stayed: count('SAME'), movements, notCompared };
}

/**
 * The criterion keys two framework versions share. Keys are stable across versions (a published key keeps its
 * meaning for good: ADR 0008 and `framework.ts`), so a shared key is the same criterion, even if reworded.
 */
export function sharedCriterionKeys(a: CanvasFramework, b: CanvasFramework): string[] {
  const inB = new Set(b.domains.flatMap((d) => d.criteria.map((c) => c.key)));
  return a.domains.flatMap((d) => d.criteria.map((c) => c.key)).filter((key) => inB.has(key));
}

/** The framework with only the given criteria, and without the domains left empty. */
export function restrictFramework(framework: CanvasFramework, criterionKeys: ReadonlySet<string>): CanvasFramework {
  return {
    ...framework,
    domains: framework.domains
      .map((d) => ({ ...d, criteria: d.criteria.filter((c) => criterionKeys.has(c.key)) }))
      .filter((d) => d.criteria.length > 0),
  };
}

export interface ComparableScores {
  readonly before: AssessmentScores;
  readonly after: AssessmentScores;
  /** The criteria both were scored over. */
  readonly sharedCriterionKeys: readonly string[];
  /** Criteria only the earlier framework has (retired), left out of both scores. */
  readonly onlyBefore: readonly string[];
  /** Criteria only the later framework has (new), left out of both scores. */
  readonly onlyAfter: readonly string[];
}

/**
 * Scores two assessments made against two framework versions over only the criteria both versions have, so that a
 * change in score is a change in the ICS, not in the canvas. Each is scored with its own framework's domains (a
 * domain key is stable too, like a criterion key); completeness is judged against the shared criteria only. With the
 * same version on both sides this is just the two scores.
 */
export function scoreOverSharedCriteria(
  frameworkBefore: CanvasFramework,
  assessmentBefore: AssessmentToScore,
  frameworkAfter: CanvasFramework,
  assessmentAfter: AssessmentToScore,
): ComparableScores {
  const shared = sharedCriterionKeys(frameworkBefore, frameworkAfter);
  const sharedSet = new Set(shared);
  const keysOf = (f: CanvasFramework) => f.domains.flatMap((d) => d.criteria.map((c) => c.key));
  return {
    before: scoreAssessment(restrictFramework(frameworkBefore, sharedSet), assessmentBefore),
    after: scoreAssessment(restrictFramework(frameworkAfter, sharedSet), assessmentAfter),
    sharedCriterionKeys: shared,
    onlyBefore: keysOf(frameworkBefore).filter((k) => !sharedSet.has(k)),
    onlyAfter: keysOf(frameworkAfter).filter((k) => !sharedSet.has(k)),
  };
}
