import type { CanvasFramework, MaturityLevel } from '@idt/domain';
import { compareIds } from './placement';
import { type CriterionAnswer, POINTS_PER_LEVEL } from './scores';

/**
 * Calibration: how far an ICS's own view of itself is from its coach's. Seed 003 found self-reported answers far
 * rosier than fieldwork (95 % of ICSs said they co-designed; 23 % were seen to). A consistent positive gap is not a
 * failing: it tells the coach where evidence is thin and where the ICS's own reading of the scale needs support.
 *
 * The gap of one criterion is self-assessed level − moderated level, in levels (−4 to +4): positive means the ICS rated itself
 * higher than the coach did. It exists only where both scores exist; a criterion marked "not assessed" has no
 * self-assessed level. Calibration does not depend on the assessment's status: a moderated level is the coach's judgement
 * whenever it was given.
 */

export interface CriterionGap {
  readonly criterionKey: string;
  readonly domainKey: string;
  readonly selfLevel: MaturityLevel;
  readonly moderatedLevel: MaturityLevel;
  /** selfLevel − moderatedLevel, in levels. */
  readonly gap: number;
}

export interface GapSummary {
  /** Mean gap in levels; null when no criterion has both scores. */
  readonly meanGap: number | null;
  /** The same on the 0–100 scale (25 points a level), for reading beside scores. */
  readonly meanGapPoints: number | null;
  /** Criteria with both scores, the mean stands on. */
  readonly count: number;
}

export interface DomainGap extends GapSummary {
  readonly domainKey: string;
}

/** Gaps for every criterion of the framework with both a self-assessed level and a moderated level, in framework order. */
export function criterionGaps(framework: CanvasFramework, answers: readonly CriterionAnswer[]): CriterionGap[] {
  const byKey = new Map(answers.map((a) => [a.criterionKey, a]));
  const gaps: CriterionGap[] = [];
  for (const domain of framework.domains) {
    for (const criterion of domain.criteria) {
      const a = byKey.get(criterion.key);
      if (!a || a.notAssessed || a.selfLevel === null || a.moderatedLevel === null) continue;
      gaps.push({
        criterionKey: criterion.key,
        domainKey: domain.key,
        selfLevel: a.selfLevel,
        moderatedLevel: a.moderatedLevel,
        gap: a.selfLevel - a.moderatedLevel,
      });
    }
  }
  return gaps;
}

/** Mean of gaps: a sum of whole numbers divided once. */
export function summariseGaps(gaps: readonly Pick<CriterionGap, 'gap'>[]): GapSummary {
  if (gaps.length === 0) return { meanGap: null, meanGapPoints: null, count: 0 };
  const total = gaps.reduce((s, g) => s + g.gap, 0);
  return { meanGap: total / gaps.length, meanGapPoints: (total * POINTS_PER_LEVEL) / gaps.length, count: gaps.length };
}

export interface SystemCalibration {
  readonly overall: GapSummary;
  /** Every domain of the framework, in order; count 0 and null means where none has both scores. */
  readonly domains: readonly DomainGap[];
}

/** One ICS's calibration: over all its criteria with both scores, and per domain. */
export function calibrationOfSystem(framework: CanvasFramework, answers: readonly CriterionAnswer[]): SystemCalibration {
  return byDomain(framework, criterionGaps(framework, answers));
}

export interface CalibrationAcrossSystems {
  /** Each ICS's own calibration, in id order. */
  readonly bySystem: readonly ({ readonly id: string } & SystemCalibration)[];
  /**
   * Pooled over every ICS: each criterion with both scores counts once, so an ICS with more moderated criteria weighs
   * more. That answers "how far apart are self and coach on this domain?" rather than "how far is a typical ICS?".
   */
  readonly overall: GapSummary;
  readonly domains: readonly DomainGap[];
}

/** Calibration of a group of ICSs answering the same framework (a cohort, or all 42). */
export function calibrationAcrossSystems(
  framework: CanvasFramework,
  assessments: readonly { readonly id: string; readonly answers: readonly CriterionAnswer[] }[],
): CalibrationAcrossSystems {
  const all: CriterionGap[] = [];
  const bySystem = [...assessments]
    .sort((a, b) => compareIds(a.id, b.id))
    .map(({ id, answers }) => {
      const gaps = criterionGaps(framework, answers);
      all.push(...gaps);
      return { id, ...byDomain(framework, gaps) };
    });
  return { bySystem, ...byDomain(framework, all) };
}

function byDomain(framework: CanvasFramework, gaps: readonly CriterionGap[]): SystemCalibration {
  return {
    overall: summariseGaps(gaps),
    domains: framework.domains.map((d) => ({ domainKey: d.key, ...summariseGaps(gaps.filter((g) => g.domainKey === d.key)) })),
  };
}
