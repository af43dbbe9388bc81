import type { CanvasFramework, MaturityLevel } from '@idt/domain';
import { type AssessmentToScore, countedTallies, type CriterionAnswer, levelToScore, scoreBasis } from './scores';

/**
 * Maturity across canvas versions. A criterion's key keeps its meaning for good, so a key both versions have carries
 * its level unchanged. A key one version no longer has is carried by the later version's mappings
 * (`Criterion.replaces`, data in the framework document, ADR 0022), in either direction:
 *
 * - a SPLIT (one criterion into several): going forwards, each part takes the level of the whole; going backwards, the
 *   whole takes the combined level of its parts;
 * - a MERGE (several into one): going forwards, the merged criterion takes the combined level of the criteria it
 *   replaces; going backwards, each of them takes the merged level;
 * - several levels are combined by `combineLevels`: their mean, rounded to the nearest whole level, a half rounded
 *   down, so a merged criterion never claims more than its parts show on average.
 *
 * A criterion with no level to come from (new, or all its sources unanswered) gets none: it is left out, never 1.
 */

/** Levels of one assessment, keyed by criterion key. */
export type CriterionLevels = Readonly<Record<string, MaturityLevel>>;

/** The level several criteria add up to: the mean rounded to the nearest level, halves down. Throws for none. */
export function combineLevels(levels: readonly MaturityLevel[]): MaturityLevel {
  if (levels.length === 0) throw new RangeError('Combining levels needs at least one level');
  const sum = levels.reduce<number>((a, b) => a + b, 0);
  // Halves down, in whole numbers: ceil((2·sum − n) / 2n) is the mean rounded to nearest with .5 going down.
  return Math.ceil((2 * sum - levels.length) / (2 * levels.length)) as MaturityLevel;
}

/**
 * For each criterion of `to`, the criteria of `from` whose levels it takes (empty when none). Uses the later
 * version's mappings; between versions further apart, map one version at a time (`mapLevelsAlong`).
 */
export function criterionSources(from: CanvasFramework, to: CanvasFramework): Map<string, string[]> {
  const fromKeys = new Set(from.domains.flatMap((d) => d.criteria.map((c) => c.key)));
  const toCriteria = to.domains.flatMap((d) => d.criteria);
  const toKeys = new Set(toCriteria.map((c) => c.key));
  const forwards = to.version >= from.version;
  const sources = new Map<string, string[]>();
  for (const criterion of toCriteria) {
    if (fromKeys.has(criterion.key)) {
      sources.set(criterion.key, [criterion.key]);
      continue;
    }
    if (forwards) {
      sources.set(
        criterion.key,
        (criterion.replaces ?? []).map((m) => m.key).filter((k) => fromKeys.has(k) && !toKeys.has(k)),
      );
    } else {
      const takenOverBy = from.domains.flatMap((d) => d.criteria).filter((c) => (c.replaces ?? []).some((m) => m.key === criterion.key));
      sources.set(criterion.key, takenOverBy.map((c) => c.key));
    }
  }
  return sources;
}

/**
 * Levels made against `from`, as they read against `to` (either may be the later version), keyed by `to`'s criteria.
 * Levels for keys `from` does not have are ignored.
 */
export function mapLevels(from: CanvasFramework, to: CanvasFramework, levels: CriterionLevels): Record<string, MaturityLevel> {
  const mapped: Record<string, MaturityLevel> = {};
  for (const [key, sources] of criterionSources(from, to)) {
    const found = sources.flatMap((s) => (Object.prototype.hasOwnProperty.call(levels, s) ? [levels[s]] : []));
    if (found.length > 0) mapped[key] = combineLevels(found);
  }
  return mapped;
}

/** Levels mapped through a chain of versions, one step at a time: `versions[0]` is the one the levels were made on. */
export function mapLevelsAlong(versions: readonly CanvasFramework[], levels: CriterionLevels): Record<string, MaturityLevel> {
  let current: Record<string, MaturityLevel> = { ...levels };
  for (let i = 1; i < versions.length; i += 1) current = mapLevels(versions[i - 1], versions[i], current);
  return current;
}

/**
 * An assessment's answers made against `from`, as answers against `to`, for scoring across versions. A criterion with
 * several sources gets the combined self-assessed level of those not marked "not assessed", and, when any source was
 * moderated, the combined level each source counts at once validated (its moderated level, else its self-assessed
 * one): the counting rule of `countedTallies` applied before combining. It is "not assessed" when all its sources are.
 */
export function mapAnswers(from: CanvasFramework, to: CanvasFramework, answers: readonly CriterionAnswer[]): CriterionAnswer[] {
  const byKey = new Map(answers.map((a) => [a.criterionKey, a]));
  const mapped: CriterionAnswer[] = [];
  for (const [key, sources] of criterionSources(from, to)) {
    const found = sources.flatMap((s) => {
      const answer = byKey.get(s);
      return answer ? [answer] : [];
    });
    if (found.length === 0) continue;
    const selfLevels = found.flatMap((a) => (a.selfLevel !== null && !a.notAssessed ? [a.selfLevel] : []));
    const moderated = found.some((a) => a.moderatedLevel !== null);
    const validatedLevels = found.flatMap((a) => (a.moderatedLevel !== null ? [a.moderatedLevel] : a.selfLevel !== null && !a.notAssessed ? [a.selfLevel] : []));
    const notAssessed = found.every((a) => a.notAssessed);
    mapped.push({
      criterionKey: key,
      selfLevel: selfLevels.length > 0 ? combineLevels(selfLevels) : found.length === 1 ? found[0].selfLevel : null,
      notAssessed,
      moderatedLevel: moderated && validatedLevels.length > 0 ? combineLevels(validatedLevels) : null,
    });
  }
  return mapped;
}

/**
 * The level each criterion of an assessment counts at, by the one counting rule (`countedTallies`): moderated once
 * validated, else self-assessed; criteria with no level (not assessed, unanswered) are absent.
 */
export function countedLevels(assessment: AssessmentToScore): Record<string, MaturityLevel> {
  const basis = scoreBasis(assessment.status);
  const levels: Record<string, MaturityLevel> = {};
  for (const a of assessment.answers) {
    const [tally] = countedTallies(basis, [
      {
        domainKey: a.criterionKey,
        moderated: a.moderatedLevel !== null,
        notAssessed: a.notAssessed,
        answers: 1,
        selfAssessed: a.selfLevel === null ? 0 : 1,
        selfLevelSum: a.selfLevel ?? 0,
        moderatedLevelSum: a.moderatedLevel ?? 0,
      },
    ]);
    if (tally && tally.moderated + tally.selfLeveld === 1) levels[a.criterionKey] = tally.levelSum as MaturityLevel;
  }
  return levels;
}

/** Whether a comparison spans two framework versions, and which. */
export interface VersionComparison {
  readonly crossesVersions: boolean;
  readonly fromVersion: number;
  readonly toVersion: number;
}

export const versionComparison = (fromVersion: number, toVersion: number): VersionComparison => ({
  crossesVersions: fromVersion !== toVersion,
  fromVersion,
  toVersion,
});

// ---- The crosswalk: a result in another framework's terms ----

export interface CrosswalkDomainScore {
  readonly key: string;
  readonly title: string;
  /** 0–100: the mean of the linked criteria's levels on the 0–100 scale; null when none has a level. */
  readonly score: number | null;
  /** Fewer than half of the linked criteria have a level: shown, but with care. */
  readonly incomplete: boolean;
  /** The canvas criteria that bear on this domain, and how many of them have a level. */
  readonly criterionKeys: readonly string[];
  readonly scored: number;
  /** In plain English: what the score stands on. */
  readonly basis: string;
}

export interface CrosswalkScores {
  /** The other framework, as a reader would cite it: "NHS England (2023), Inclusive digital healthcare: …". */
  readonly citation: string;
  readonly domains: readonly CrosswalkDomainScore[];
}

/**
 * A result read in the terms of the framework's crosswalk (canvas v2: NHS England's five domains of digital
 * inclusion): for each of its domains, the mean of the levels of the canvas criteria that bear on it, on the 0–100
 * scale. A criterion that bears on several domains counts in full in each; criteria with no level are left out, never
 * counted as 0. `levels` are counted levels (`countedLevels`) against this framework; levels made against another
 * version are mapped first (`mapLevels`). Null when the framework has no crosswalk.
 */
export function crosswalkScores(framework: CanvasFramework, levels: CriterionLevels): CrosswalkScores | null {
  const crosswalk = framework.crosswalk;
  if (!crosswalk) return null;
  const domains = crosswalk.domains.map((domain): CrosswalkDomainScore => {
    const criterionKeys = crosswalk.criteria.filter((l) => l.domains.includes(domain.key)).map((l) => l.criterion);
    const found = criterionKeys.flatMap((k) => (Object.prototype.hasOwnProperty.call(levels, k) ? [levels[k]] : []));
    const score = found.length === 0 ? null : found.reduce((sum, l) => sum + levelToScore(l), 0) / found.length;
    const incomplete = found.length * 2 < criterionKeys.length;
    const missing = criterionKeys.length - found.length;
    const counted = `${found.length} of the ${criterionKeys.length} canvas ${criterionKeys.length === 1 ? 'criterion' : 'criteria'} that bear on ${domain.title.toLowerCase()}`;
    const basis =
      found.length === 0
        ? `No score: none of the ${criterionKeys.length} canvas criteria that bear on ${domain.title.toLowerCase()} has a level yet.`
        : `The average of ${counted}, each level from 1 to 5 counted as 0 to 100` +
          (missing > 0 ? `; ${missing} without a level (not assessed or not answered) ${missing === 1 ? 'is' : 'are'} left out` : '') +
          (incomplete ? '. Fewer than half have a level, so read this score with care.' : '.');
    return { key: domain.key, title: domain.title, score, incomplete, criterionKeys, scored: found.length, basis };
  });
  return { citation: `${crosswalk.publisher} (${crosswalk.year}), ${crosswalk.title}`, domains };
}
