import type { PlacementMethod } from './placement';
import type { ComparableScores } from './progress';
import type { VersionComparison } from './versions';

/**
 * What a screen says when a comparison crosses canvas versions (ADR 0026). Progress between two cycles on different
 * versions is worked out over the criteria both share (`scoreOverSharedCriteria`); movement between categories
 * compares each cycle's own placement. Both say so, in plain words, with the version numbers and never a key.
 */

/** Progress between two cycles made against different canvas versions: which versions, and over what. */
export interface ComparisonAcrossVersions {
  readonly fromVersion: number;
  readonly toVersion: number;
  /** Criteria of the later version both sides were scored over. */
  readonly criteriaCompared: number;
  /** Of those, the ones reached through a split or a merge, not by the same key. */
  readonly criteriaMapped: number;
  /** Criteria new to the later version (nothing earlier reaches them), left out of both sides. */
  readonly newCriteriaLeftOut: number;
  /** Criteria of the earlier version that reach nothing in the later one, left out of both sides. */
  readonly retiredCriteriaLeftOut: number;
  /** The sentence a screen shows beside the changes. */
  readonly summary: string;
}

const criteria = (n: number) => `${n} ${n === 1 ? 'criterion' : 'criteria'}`;

/**
 * For progress from the cycle `beforeName` to a later one: null when both were on the same canvas version (the
 * changes are the stored scores' differences), else what the changes were worked out over.
 */
export function comparisonAcrossVersions(scores: ComparableScores, beforeName: string): ComparisonAcrossVersions | null {
  const { versions } = scores;
  if (!versions.crossesVersions) return null;
  const compared = scores.sharedCriterionKeys.length;
  const mapped = scores.mappedCriterionKeys.length;
  const added = scores.onlyAfter.length;
  const retired = scores.onlyBefore.length;
  const from = `canvas version ${versions.fromVersion}`;
  const to = `version ${versions.toVersion}`;
  const parts = [
    compared === 0
      ? `${beforeName} used ${from} and this cycle ${to}, and they share no criteria, so there is no change to show.`
      : `Compared with ${beforeName} on the ${criteria(compared)} that ${from} and ${to} share` +
        (mapped > 0 ? ` (${mapped} of them carried over through a split or a merge)` : '') +
        '.',
    added > 0 ? `${criteria(added)} new in ${to} ${added === 1 ? 'is' : 'are'} left out.` : '',
    retired > 0 ? `${criteria(retired)} of ${from} with nothing in ${to} ${retired === 1 ? 'is' : 'are'} left out.` : '',
    compared > 0 ? 'Both cycles are scored again on the shared criteria only, so a change can differ from the difference between the two scores shown.' : '',
  ];
  return {
    fromVersion: versions.fromVersion,
    toVersion: versions.toVersion,
    criteriaCompared: compared,
    criteriaMapped: mapped,
    newCriteriaLeftOut: added,
    retiredCriteriaLeftOut: retired,
    summary: parts.filter((p) => p !== '').join(' '),
  };
}

/** Movement between two cycles made against different canvas versions. */
export interface MovementAcrossVersions {
  readonly fromVersion: number;
  readonly toVersion: number;
  /** The sentence a screen shows with the movement: what a move means when the canvas changed. */
  readonly summary: string;
}

/**
 * For the movement from `fromName` to `toName`: null on the same canvas version. A category by Rogers' proportions or
 * natural breaks is a place among the same cycle's ICSs, so a move still means a change of standing among peers; a
 * fixed band is a band of scores, and scores on two canvases are not the same measure, so the screen says a move may
 * come partly from the change of canvas.
 */
export function movementAcrossVersions(
  versions: VersionComparison,
  names: { readonly fromName: string; readonly toName: string },
  method: PlacementMethod,
): MovementAcrossVersions | null {
  if (!versions.crossesVersions) return null;
  const used = `${names.fromName} used canvas version ${versions.fromVersion} and ${names.toName} used version ${versions.toVersion}.`;
  const meaning =
    method === 'FIXED_THRESHOLDS'
      ? 'Each category is a band of overall scores, and the two cycles were scored on different versions of the canvas, so part of a move may come from the change of canvas rather than from the ICS.'
      : 'Each ICS’s category is its place among the ICSs of the same cycle, so a move shows how its standing among its peers changed, not a change in its score on the same criteria.';
  return { fromVersion: versions.fromVersion, toVersion: versions.toVersion, summary: `${used} ${meaning}` };
}
