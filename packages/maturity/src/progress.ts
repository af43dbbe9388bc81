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
import { type AssessmentScores, type AssessmentToScore, type ScoreProfile, scoreAssessment, toScoreProfile } from './scores';
import { criterionSources, mapAnswers, type VersionComparison, versionComparison } from './versions';

/**
 * Progress: what changed for an ICS between two cycles, and how the landscape moved between adopter categories.
 * Figures are only compared like with like: a delta needs a score on both sides, a category movement needs both
 * placements made the same way, and scores across framework versions are compared over the criteria both share or
 * that the later version's mappings carry over (`versions.ts`). Given the two framework versions, every comparison
 * says whether it crosses versions, so a screen can say so.
 */

/** The framework versions the two sides of a comparison were made against. */
export interface ComparedVersions {
  readonly before: number;
  readonly after: number;
}

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
  /** Present when the versions were given: whether the two sides were made against different canvas versions. */
  readonly versions?: VersionComparison;
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

/**
 * One ICS's change between two cycles; either side may be missing (it did not take part). Profiles from two canvas
 * versions should be scored over comparable criteria first (`progressAcrossVersions`); given `versions`, the result
 * says whether it crosses them.
 */
export function progressOf(id: string, before: ScoreProfile | null, after: ScoreProfile | null, versions?: ComparedVersions): ProgressOfSystem {
  const keys = [...new Set([...Object.keys(before?.domains ?? {}), ...Object.keys(after?.domains ?? {})])];
  return {
    id,
    overall: change(before?.overall, after?.overall),
    domains: keys.map((domainKey) => ({ domainKey, ...change(before?.domains[domainKey], after?.domains[domainKey]) })),
    ...(versions ? { versions: versionComparison(versions.before, versions.after) } : {}),
  };
}

/** An assessment with the framework version it was made against. */
export interface AssessmentOnFramework {
  readonly framework: CanvasFramework;
  readonly assessment: AssessmentToScore;
}

/**
 * One ICS's change between two assessments that may be on different canvas versions: both scored over the criteria
 * they can be compared on (`scoreOverSharedCriteria`, which maps the earlier answers through the mappings), with the
 * versions said. With only one side, that side is scored on its own framework.
 */
export function progressAcrossVersions(id: string, before: AssessmentOnFramework | null, after: AssessmentOnFramework | null): ProgressOfSystem {
  if (before && after) {
    const scores = scoreOverSharedCriteria(before.framework, before.assessment, after.framework, after.assessment);
    return progressOf(id, toScoreProfile(scores.before), toScoreProfile(scores.after), { before: before.framework.version, after: after.framework.version });
  }
  const one = (side: AssessmentOnFramework | null) => (side ? toScoreProfile(scoreAssessment(side.framework, side.assessment)) : null);
  const version = (before ?? after)?.framework.version;
  return progressOf(id, one(before), one(after), version === undefined ? undefined : { before: version, after: version });
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
  /** Present when the versions were given: whether the two placements were made on different canvas versions. */
  readonly versions?: VersionComparison;
}

/**
 * From → to counts between two placements of the same ICSs in two cycles. Both must be made with the same method and
 * settings (same k, same thresholds): a move from a Rogers early adopter to a fixed-band early majority says nothing.
 * Note that Rogers' proportions put the same share in every category every cycle, so with that method any move up is
 * someone else's move down; fixed bands show improvement across the board. Given the framework versions the two
 * cycles used, the result says whether the movement crosses versions (the scores behind it should then be comparable:
 * `scoreOverSharedCriteria`).
 */
export function categoryMovements(before: Placement, after: Placement, versions?: ComparedVersions): CategoryMovements {
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
  return {
    method: before.method,
    matrix,
    movedUp: count('UP'),
    movedDown: count('DOWN'),
    stayed: count('SAME'),
    movements,
    notCompared,
    ...(versions ? { versions: versionComparison(versions.before, versions.after) } : {}),
  };
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
  /** The criteria both were scored over: the later framework's criteria that the earlier answers reach. */
  readonly sharedCriterionKeys: readonly string[];
  /** Of those, the ones reached through a mapping (a split or a merge), not by the same key. */
  readonly mappedCriterionKeys: readonly string[];
  /** Criteria of the earlier framework that reach no criterion of the later one, left out of both scores. */
  readonly onlyBefore: readonly string[];
  /** Criteria of the later framework that no earlier criterion reaches (new), left out of both scores. */
  readonly onlyAfter: readonly string[];
  /** Whether the two were made against different canvas versions, and which. */
  readonly versions: VersionComparison;
}

/**
 * Scores two assessments made against two framework versions over only the criteria they can be compared on, so that
 * a change in score is a change in the ICS, not in the canvas: the later framework's criteria that have the same key
 * in the earlier one, or that the later version's mappings carry over (a split or a merge, `versions.ts`). The earlier
 * answers are mapped onto the later framework (`mapAnswers`) and both sides are scored with its domains (a domain key
 * is stable too, like a criterion key); completeness is judged against the compared criteria only. With the same
 * version on both sides this is just the two scores.
 */
export function scoreOverSharedCriteria(
  frameworkBefore: CanvasFramework,
  assessmentBefore: AssessmentToScore,
  frameworkAfter: CanvasFramework,
  assessmentAfter: AssessmentToScore,
): ComparableScores {
  const sources = criterionSources(frameworkBefore, frameworkAfter);
  const keysOf = (f: CanvasFramework) => f.domains.flatMap((d) => d.criteria.map((c) => c.key));
  const shared = keysOf(frameworkAfter).filter((k) => (sources.get(k) ?? []).length > 0);
  const sharedSet = new Set(shared);
  const reached = new Set(shared.flatMap((k) => sources.get(k) ?? []));
  const comparable = restrictFramework(frameworkAfter, sharedSet);
  return {
    before: scoreAssessment(comparable, { ...assessmentBefore, answers: mapAnswers(frameworkBefore, frameworkAfter, assessmentBefore.answers) }),
    after: scoreAssessment(comparable, assessmentAfter),
    sharedCriterionKeys: shared,
    mappedCriterionKeys: shared.filter((k) => (sources.get(k) ?? []).join() !== k),
    onlyBefore: keysOf(frameworkBefore).filter((k) => !reached.has(k)),
    onlyAfter: keysOf(frameworkAfter).filter((k) => !sharedSet.has(k)),
    versions: versionComparison(frameworkBefore.version, frameworkAfter.version),
  };
}
