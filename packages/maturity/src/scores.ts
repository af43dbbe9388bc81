import type { AssessmentStatus, CanvasFramework, MaturityLevel } from '@idt/domain';

/**
 * Scores: what one assessment adds up to, per domain and overall, on a 0–100 scale.
 *
 * Why 0–100 and not the 1–5 levels: people read "62 out of 100" without knowing the scale, and a mean of levels such
 * as 3.4 invites the reader to look up a level 3.4 that does not exist. The mapping is linear, so nothing is lost:
 * level 1 ("not started") is 0, level 5 ("embedded") is 100, each level in between is 25 more.
 *
 * Why the basis is always recorded: PRODUCT §4 asks that the basis is always shown, because seed 003 found
 * self-reported answers far rosier than fieldwork (95 % vs 23 % for co-design). A validated assessment is scored on
 * the coach's moderated levels, anything else on the ICS's own self-assessed levels, and every figure says which.
 */

/** What a score was computed from. */
export type ScoreBasis = 'MODERATED' | 'SELF';

export const SCORE_BASIS_LABELS: Readonly<Record<ScoreBasis, string>> = {
  MODERATED: 'Moderated by a coach (validated assessment)',
  SELF: 'Self-assessed (not yet validated)',
};

/** The points on the 0–100 scale that one level of the maturity scale is worth. */
export const POINTS_PER_LEVEL = 25;

/** One criterion's answer as far as scoring needs it. */
export interface CriterionAnswer {
  readonly criterionKey: string;
  readonly selfLevel: MaturityLevel | null;
  readonly notAssessed: boolean;
  /** The coach's level after review; the self-assessed level is never overwritten, so both are kept. */
  readonly moderatedLevel: MaturityLevel | null;
}

export interface AssessmentToScore {
  readonly status: AssessmentStatus;
  readonly answers: readonly CriterionAnswer[];
}

/** How many criteria a score stands on, and where each one's level came from. */
export interface ScoreCounts {
  /** Criteria in the domain (or, for the overall score, in the framework). */
  readonly criteria: number;
  /** Criteria with a level that went into the score: `moderated + selfLeveld`. */
  readonly scored: number;
  /** Scored from the coach's moderated level. */
  readonly moderated: number;
  /** Scored from the ICS's self-assessed level (all of them when the basis is SELF; on a validated assessment, the criteria the coach left unchanged). */
  readonly selfLeveld: number;
  /** Marked "not assessed" (and not moderated): left out, not counted as zero. */
  readonly notAssessed: number;
  /** No answer at all: left out, not counted as zero. */
  readonly unanswered: number;
}

export interface DomainScore {
  readonly domainKey: string;
  /** 0–100, the mean of the scored criteria's levels mapped onto 0–100; null when no criterion is scored. */
  readonly score: number | null;
  /** Fewer than half of the domain's criteria are scored: the score is shown but left out of the overall score. */
  readonly incomplete: boolean;
  readonly basis: ScoreBasis;
  readonly counts: ScoreCounts;
}

export interface OverallScore {
  /** 0–100, the mean of the complete domains' scores, each domain weighing the same; null when no domain is complete. */
  readonly score: number | null;
  readonly basis: ScoreBasis;
  /** Complete domains, the ones averaged. */
  readonly domainsCounted: number;
  /** Domains left out because they are incomplete. */
  readonly domainsIncomplete: number;
  readonly domains: number;
  /** Some domain was left out, so the overall score stands on part of the canvas only. */
  readonly incomplete: boolean;
  /** Summed over every domain, complete or not. */
  readonly counts: ScoreCounts;
}

export interface AssessmentScores {
  readonly basis: ScoreBasis;
  /** In the framework's domain order. */
  readonly domains: readonly DomainScore[];
  readonly overall: OverallScore;
}

/** A level on the 0–100 scale: (level − 1) / 4 × 100, so 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100. */
export function levelToScore(level: MaturityLevel): number {
  assertLevel(level, 'A level');
  return (level - 1) * POINTS_PER_LEVEL;
}

/**
 * The basis an assessment is scored on: moderated once it is VALIDATED, self-assessed before. Moderated levels seen
 * earlier (while in review) are a coach's work in progress, and the ICS may still change its answers after a return.
 */
export const scoreBasis = (status: AssessmentStatus): ScoreBasis => (status === 'VALIDATED' ? 'MODERATED' : 'SELF');

/**
 * Scores one assessment against its framework.
 *
 * Rules, in plain words:
 * - a criterion's level comes from the coach's moderated level on a validated assessment, else from the
 *   self-assessed level (see `countedTallies`); "not assessed" and unanswered criteria are left out;
 * - a domain's score is the mean of its scored criteria on the 0–100 scale;
 * - a domain with fewer than half of its criteria scored is `incomplete`: its score is still given (null if nothing is
 *   scored) so the ICS sees it, but it is left out of the overall score;
 * - the overall score is the plain mean of the complete domains' scores, so every domain weighs the same whatever
 *   its number of criteria (the canvas treats its domains as equally important); null when no domain is complete;
 * - answers to criteria the framework does not have are ignored (they belong to another version).
 *
 * Scores are computed in whole numbers and divided once, so two assessments whose scores are mathematically equal
 * get exactly the same number: the placement methods' tie rules depend on that.
 *
 * Throws a RangeError for a level outside 1–5 or a criterion answered twice: those are bugs upstream, not data.
 */
export function scoreAssessment(framework: CanvasFramework, assessment: AssessmentToScore): AssessmentScores {
  const basis = scoreBasis(assessment.status);
  const byKey = new Map<string, CriterionAnswer>();
  for (const answer of assessment.answers) {
    if (byKey.has(answer.criterionKey)) throw new RangeError(`Criterion "${answer.criterionKey}" is answered more than once`);
    if (answer.selfLevel !== null) assertLevel(answer.selfLevel, `Criterion "${answer.criterionKey}": the self-assessed level`);
    if (answer.moderatedLevel !== null) assertLevel(answer.moderatedLevel, `Criterion "${answer.criterionKey}": the moderated level`);
    byKey.set(answer.criterionKey, answer);
  }

  // The answers' facts, grouped as the placement aggregate groups them in SQL; the rule is applied by `countedTallies`.
  const domainOf = new Map(framework.domains.flatMap((d) => d.criteria.map((c) => [c.key, d.key] as const)));
  const groups = new Map<string, AnswerGroup>();
  for (const answer of byKey.values()) {
    const domainKey = domainOf.get(answer.criterionKey);
    if (domainKey === undefined) continue;
    const moderated = answer.moderatedLevel !== null;
    const key = `${domainKey}|${moderated}|${answer.notAssessed}`;
    const g = groups.get(key) ?? { domainKey, moderated, notAssessed: answer.notAssessed, answers: 0, selfAssessed: 0, selfLevelSum: 0, moderatedLevelSum: 0 };
    groups.set(key, {
      ...g,
      answers: g.answers + 1,
      selfAssessed: g.selfAssessed + (answer.selfLevel === null ? 0 : 1),
      selfLevelSum: g.selfLevelSum + (answer.selfLevel ?? 0),
      moderatedLevelSum: g.moderatedLevelSum + (answer.moderatedLevel ?? 0),
    });
  }
  const tallies = countedTallies(basis, [...groups.values()]);
  return scoreFromDomainTallies(framework, assessment.status, tallies);
}

/**
 * What one domain of one assessment adds up to before scoring: how many criteria were scored from each source and the
 * sum of their levels. The API computes these in SQL (one grouped query for a whole cycle, never every answer into
 * memory) and scores them here, by the same rules as `scoreAssessment`; a property test checks the two agree.
 */
export interface DomainTally {
  readonly domainKey: string;
  readonly moderated: number;
  readonly selfLeveld: number;
  readonly notAssessed: number;
  /** Σ of the levels (1–5) of the scored criteria. */
  readonly levelSum: number;
}

/**
 * Answers of one domain of one assessment that share the same facts (whether a coach gave a moderated level, whether
 * the ICS marked the criterion "not assessed"), counted and summed with no rule applied: what the placement aggregate
 * returns from SQL, one group per domain and combination of facts. `countedTallies` applies the rule.
 */
export interface AnswerGroup {
  readonly domainKey: string;
  /** The answers have a moderated level. */
  readonly moderated: boolean;
  /** The answers are marked "not assessed". */
  readonly notAssessed: boolean;
  /** How many answers. */
  readonly answers: number;
  /** How many of them have a self-assessed level, and the sum of those levels. */
  readonly selfAssessed: number;
  readonly selfLevelSum: number;
  /** The sum of their moderated levels (0 when not moderated). */
  readonly moderatedLevelSum: number;
}

/**
 * Which level counts, the one place this rule is written (docs/decisions/0020): on a validated assessment (basis
 * MODERATED) the coach's moderated level, even over "not assessed" (the coach has judged it); where a coach validated
 * without entering a moderated level, the self-assessed level stands (validation is the coach accepting it). Before
 * validation only the self-assessed level counts. "Not assessed" and unanswered criteria have no level: they are left
 * out of the mean, never counted as zero, because a missing answer is not evidence of "not started".
 */
export function countedTallies(basis: ScoreBasis, groups: readonly AnswerGroup[]): DomainTally[] {
  const byDomain = new Map<string, { moderated: number; selfLeveld: number; notAssessed: number; levelSum: number }>();
  for (const g of groups) {
    const t = byDomain.get(g.domainKey) ?? { moderated: 0, selfLeveld: 0, notAssessed: 0, levelSum: 0 };
    if (basis === 'MODERATED' && g.moderated) {
      t.moderated += g.answers;
      t.levelSum += g.moderatedLevelSum;
    } else if (g.notAssessed) t.notAssessed += g.answers;
    else {
      t.selfLeveld += g.selfAssessed;
      t.levelSum += g.selfLevelSum;
    }
    byDomain.set(g.domainKey, t);
  }
  return [...byDomain].map(([domainKey, t]) => ({ domainKey, ...t }));
}

/** One criterion's answer as far as which level counts is concerned. */
export interface CountedLevelFacts {
  readonly selfLevel: number | null;
  readonly moderatedLevel: number | null;
  readonly notAssessed: boolean;
}

/**
 * The level that counts for one criterion of an assessment scored on `basis`, or null when none counts ("not
 * assessed", or unanswered): `countedTallies` applied to that one answer, so the rule stays written once.
 */
export function countedLevel(basis: ScoreBasis, answer: CountedLevelFacts): number | null {
  const [tally] = countedTallies(basis, [
    {
      domainKey: '',
      moderated: answer.moderatedLevel !== null,
      notAssessed: answer.notAssessed,
      answers: 1,
      selfAssessed: answer.selfLevel === null ? 0 : 1,
      selfLevelSum: answer.selfLevel ?? 0,
      moderatedLevelSum: answer.moderatedLevel ?? 0,
    },
  ]);
  return tally.moderated + tally.selfLeveld === 1 ? tally.levelSum : null;
}

/**
 * Where a corrected level must be written for it to be the level that counts (a correction after publishing, ADR
 * 0028): on an assessment scored on moderated levels (validated), its moderated level; on one scored on its
 * self-assessment (submitted or in review when the cycle closed), its self-assessed level, no longer "not assessed".
 */
export function correctedAnswer(basis: ScoreBasis, answer: CountedLevelFacts, level: number): CountedLevelFacts {
  assertLevel(level, 'The corrected level');
  return basis === 'MODERATED' ? { ...answer, moderatedLevel: level } : { ...answer, selfLevel: level, notAssessed: false };
}

/** Scores an assessment from its per-domain tallies (domains with no tally count as unanswered). */
export function scoreFromDomainTallies(
  framework: CanvasFramework,
  status: AssessmentStatus,
  tallies: readonly DomainTally[],
): AssessmentScores {
  const basis = scoreBasis(status);
  const byDomain = new Map(tallies.map((t) => [t.domainKey, t]));
  const fractions: { readonly numerator: number; readonly denominator: number }[] = [];
  const domains = framework.domains.map((domain): DomainScore => {
    const tally = byDomain.get(domain.key) ?? { moderated: 0, selfLeveld: 0, notAssessed: 0, levelSum: 0 };
    const scored = tally.moderated + tally.selfLeveld;
    if (scored + tally.notAssessed > domain.criteria.length || scored < 0 || tally.levelSum < scored || tally.levelSum > 5 * scored) {
      throw new RangeError(`The tally for domain "${domain.key}" does not fit its ${domain.criteria.length} criteria`);
    }
    const counts: ScoreCounts = {
      criteria: domain.criteria.length,
      scored,
      moderated: tally.moderated,
      selfLeveld: tally.selfLeveld,
      notAssessed: tally.notAssessed,
      unanswered: domain.criteria.length - scored - tally.notAssessed,
    };
    const incomplete = scored * 2 < domain.criteria.length || scored === 0;
    // mean level − 1, as a fraction of whole numbers: (Σ levels − scored) / scored
    if (!incomplete) fractions.push({ numerator: tally.levelSum - scored, denominator: scored });
    const score = scored === 0 ? null : ((tally.levelSum - scored) * POINTS_PER_LEVEL) / scored;
    return { domainKey: domain.key, score, incomplete, basis, counts };
  });

  const sum = (pick: (c: ScoreCounts) => number) => domains.reduce((total, d) => total + pick(d.counts), 0);
  const counted = fractions.length;
  const overall: OverallScore = {
    score: counted === 0 ? null : meanOfFractionsTimes(fractions, POINTS_PER_LEVEL),
    basis,
    domainsCounted: counted,
    domainsIncomplete: domains.length - counted,
    domains: domains.length,
    incomplete: counted < domains.length,
    counts: {
      criteria: sum((c) => c.criteria),
      scored: sum((c) => c.scored),
      moderated: sum((c) => c.moderated),
      selfLeveld: sum((c) => c.selfLeveld),
      notAssessed: sum((c) => c.notAssessed),
      unanswered: sum((c) => c.unanswered),
    },
  };
  return { basis, domains, overall };
}

/**
 * factor × mean(n_i / d_i), added up exactly as one fraction of whole numbers and divided once at the end. Adding
 * floating-point domain scores in turn would make, say, 100/3 + 200/3 come out a hair away from 100, and a hair is
 * enough to split a tie between two ICSs.
 */
function meanOfFractionsTimes(fractions: readonly { numerator: number; denominator: number }[], factor: number): number {
  let numerator = 0n;
  let denominator = 1n;
  for (const f of fractions) {
    const d = BigInt(f.denominator);
    numerator = numerator * d + BigInt(f.numerator) * denominator;
    denominator = denominator * d;
    const g = gcd(numerator, denominator);
    numerator /= g;
    denominator /= g;
  }
  numerator *= BigInt(factor);
  denominator *= BigInt(fractions.length);
  const g = gcd(numerator, denominator);
  return Number(numerator / g) / Number(denominator / g);
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function assertLevel(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new RangeError(`${what} must be a whole number from 1 to 5, not ${String(value)}`);
  }
}

/**
 * The numbers that comparisons between ICSs need from one assessment's scores: the overall score and each domain's
 * score, keyed by domain key (in framework order). Incomplete domains are given as null here, so that peer statistics,
 * progress and peer matches compare only scores that stand on at least half of their criteria.
 */
export interface ScoreProfile {
  readonly overall: number | null;
  readonly domains: Readonly<Record<string, number | null>>;
}

export function toScoreProfile(scores: AssessmentScores): ScoreProfile {
  const domains: Record<string, number | null> = {};
  for (const d of scores.domains) domains[d.domainKey] = d.incomplete ? null : d.score;
  return { overall: scores.overall.score, domains };
}
