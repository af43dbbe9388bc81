import { type CanvasDomain, type CanvasFramework, RECOMMENDATIONS, type RecommendationId } from '@idt/domain';
import { type PeerCandidate, type PeerMatch, peerMatches } from './peer-matches';
import { type AdopterCategory, compareIds } from './placement';
import type { ScoreProfile } from './scores';

/**
 * Learning programme: what a coach could run for a cohort of ICSs (PRODUCT §4). Three parts:
 *  - group sessions on the domains where the cohort as a whole is weakest, with the members who most need them;
 *  - for each ICS, one-to-one coaching on its own weakest domains, with the domain's coaching topics and the seed 003
 *    recommendations for ICSs that fit;
 *  - for each of those domains, peers to learn from: ICSs further along the curve that are strong exactly there (see
 *    `peerMatches`).
 *
 * It is a proposal for a coach to adapt, not a timetable. Only complete domain scores count (a `ScoreProfile` gives
 * incomplete domains as null), and only the cohort's own members are ever suggested as peers, so the caller passes
 * only ICSs that may be named to the viewer; this function does no access control.
 */

/** One ICS of the cohort: the same shape as a `PeerCandidate`, as every member may be a peer to the others. */
export interface CohortMember {
  readonly id: string;
  /** Its adopter category in the placement the coach is looking at; null when it was not placed. */
  readonly category: AdopterCategory | null;
  readonly profile: ScoreProfile;
}

export interface LearningProgrammeOptions {
  /** How many of the cohort's weakest domains get a group session; default 3. */
  readonly groupSessions?: number;
  /** How many of each ICS's weakest domains get individual coaching; default 3. */
  readonly gapsPerSystem?: number;
  /** How many peers to suggest for each of an ICS's weak domains; default 2. */
  readonly matchesPerDomain?: number;
}

export const DEFAULT_LEARNING_PROGRAMME_OPTIONS = { groupSessions: 3, gapsPerSystem: 3, matchesPerDomain: 2 } as const;

/** A group session on one of the domains where the cohort is weakest. */
export interface GroupSessionProposal {
  readonly domainKey: string;
  /** The mean of the members' scores in the domain (0–100), over the members with a score there; not rounded. */
  readonly meanScore: number;
  /** How many members the mean stands on. */
  readonly scoredMembers: number;
  /** The members who score below the cohort's mean in the domain, the ones who most need the session: lowest score first, equal scores in id order. */
  readonly memberIds: readonly string[];
  /** The domain's coaching topics. */
  readonly coachingTopics: readonly string[];
  /** The domain's recommendations addressed to ICSs (national ones left out), in the domain's order. */
  readonly recommendations: readonly RecommendationId[];
}

/** One of an ICS's weakest domains, and what could help it there. */
export interface SystemGap {
  readonly domainKey: string;
  /** The ICS's own score in the domain. */
  readonly score: number;
  /** The domain's coaching topics. */
  readonly coachingTopics: readonly string[];
  /** The domain's recommendations addressed to ICSs (national ones left out), in the domain's order. */
  readonly recommendations: readonly RecommendationId[];
  /** Cohort members further along the curve who are stronger in the domain, strongest first (see `peerMatches`). */
  readonly peers: readonly PeerMatch[];
}

/** One-to-one coaching for one ICS: its weakest domains, lowest score first. */
export interface IndividualCoachingProposal {
  readonly systemId: string;
  readonly gaps: readonly SystemGap[];
}

export interface LearningProgrammeProposal {
  /** Lowest cohort mean first. */
  readonly groupSessions: readonly GroupSessionProposal[];
  /** One for each member with at least one domain score, in id order. */
  readonly individualCoaching: readonly IndividualCoachingProposal[];
  /** Members with no domain score at all (for example, not yet submitted), in id order: nothing to propose for them yet. */
  readonly unscoredMemberIds: readonly string[];
}

/** A group session needs a mean that stands on more than one ICS: a "cohort mean" of one is that ICS's own gap. */
const MIN_SCORED_MEMBERS_FOR_GROUP_SESSION = 2;

/**
 * Means closer than this count as equal. Scores such as 250/6 are not exact in floating point, so a mean that is
 * mathematically equal to a member's score (or to another domain's mean) can come out a hair away from it, and a hair
 * must not decide who is "below the mean" or which domain gets a session. Real differences between scores are many
 * orders of magnitude larger.
 */
const SAME_MEAN_TOLERANCE = 1e-9;

const ICS_RECOMMENDATIONS: ReadonlySet<RecommendationId> = new Set(RECOMMENDATIONS.filter((r) => r.audience === 'ICS').map((r) => r.id));

/**
 * Proposes a learning programme for a cohort (PRODUCT §4).
 *
 * Rules, in plain words:
 * - only the framework's domains count: domain keys in a profile that the framework does not have are ignored, and a
 *   domain with a null or missing score is left out (not counted as zero);
 * - group sessions: the `groupSessions` domains with the lowest cohort mean, among domains scored by at least two
 *   members; equal means in framework order. Each session lists the members scoring below that mean;
 * - individual coaching: for each member with at least one domain score, its `gapsPerSystem` weakest domains (lowest
 *   score first, equal scores in framework order), each with up to `matchesPerDomain` peers from `peerMatches` over
 *   the cohort. A domain can be both a group session and an individual gap;
 * - coaching topics and recommendations come from the framework's domain; only recommendations addressed to ICSs are
 *   given, as national ones are not for an ICS to act on.
 *
 * The result does not depend on the order of `members`. Throws a RangeError for an option that is not a whole number
 * of at least 0, a member listed twice, or a domain score that is not a number from 0 to 100.
 */
export function proposeLearningProgramme(
  framework: CanvasFramework,
  members: readonly CohortMember[],
  options: LearningProgrammeOptions = {},
): LearningProgrammeProposal {
  const groupSessions = options.groupSessions ?? DEFAULT_LEARNING_PROGRAMME_OPTIONS.groupSessions;
  const gapsPerSystem = options.gapsPerSystem ?? DEFAULT_LEARNING_PROGRAMME_OPTIONS.gapsPerSystem;
  const matchesPerDomain = options.matchesPerDomain ?? DEFAULT_LEARNING_PROGRAMME_OPTIONS.matchesPerDomain;
  for (const [name, n] of [
    ['groupSessions', groupSessions],
    ['gapsPerSystem', gapsPerSystem],
    ['matchesPerDomain', matchesPerDomain],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number of at least 0, not ${String(n)}`);
  }

  const cohort = members.map((m) => ({ ...m, profile: { overall: m.profile.overall, domains: frameworkScores(framework, m) } }));
  const seen = new Set<string>();
  for (const { id } of cohort) {
    if (seen.has(id)) throw new RangeError(`"${id}" is listed more than once`);
    seen.add(id);
  }
  const domainOrder = new Map(framework.domains.map((d, order) => [d.key, order]));
  const hasScore = (m: PeerCandidate) => framework.domains.some((d) => m.profile.domains[d.key] !== null);

  const sessions = framework.domains
    .flatMap((domain, order) => {
      const scored = cohort.flatMap((m) => {
        const score = m.profile.domains[domain.key];
        return score === null || score === undefined ? [] : [{ id: m.id, score }];
      });
      if (scored.length < MIN_SCORED_MEMBERS_FOR_GROUP_SESSION) return [];
      // Added up in ascending order, so that the sum is the same whatever the order of `members`.
      const meanScore = scored.map((s) => s.score).sort((a, b) => a - b).reduce((sum, s) => sum + s, 0) / scored.length;
      const proposal: GroupSessionProposal = {
        domainKey: domain.key,
        meanScore,
        scoredMembers: scored.length,
        memberIds: scored
          .filter((s) => s.score < meanScore - SAME_MEAN_TOLERANCE)
          .sort((a, b) => a.score - b.score || compareIds(a.id, b.id))
          .map((s) => s.id),
        ...helpFor(domain),
      };
      return [{ proposal, order }];
    })
    .sort((a, b) => compareMeans(a.proposal.meanScore, b.proposal.meanScore) || a.order - b.order)
    .slice(0, groupSessions)
    .map((s) => s.proposal);

  const individualCoaching = cohort
    .filter(hasScore)
    .sort((a, b) => compareIds(a.id, b.id))
    .map((member): IndividualCoachingProposal => {
      // Every scored domain with its peers, then sorted here by framework order for equal scores: peerMatches orders
      // equal scores by the profile's key order, which JavaScript puts out of insertion order for keys such as "2".
      const weak = peerMatches(member, cohort, { weakestDomains: framework.domains.length, matchesPerDomain });
      const gaps = weak
        .map((w) => ({ w, order: domainOrder.get(w.domainKey) ?? 0 }))
        .sort((a, b) => a.w.score - b.w.score || a.order - b.order)
        .slice(0, gapsPerSystem)
        .map(({ w, order }): SystemGap => ({ domainKey: w.domainKey, score: w.score, ...helpFor(framework.domains[order]), peers: w.matches }));
      return { systemId: member.id, gaps };
    });

  return {
    groupSessions: sessions,
    individualCoaching,
    unscoredMemberIds: cohort
      .filter((m) => !hasScore(m))
      .map((m) => m.id)
      .sort(compareIds),
  };
}

/**
 * The member's scores in the framework's domains only, in framework order, every domain present (null where there is
 * no score), so that nothing outside the framework is ever a gap or a peer's strength.
 */
function frameworkScores(framework: CanvasFramework, member: CohortMember): Record<string, number | null> {
  const scores: Record<string, number | null> = {};
  for (const { key } of framework.domains) {
    const score = Object.hasOwn(member.profile.domains, key) ? (member.profile.domains[key] ?? null) : null;
    if (score !== null && (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100)) {
      throw new RangeError(`The score of "${member.id}" in domain "${key}" must be a number from 0 to 100, not ${String(score)}`);
    }
    scores[key] = score;
  }
  return scores;
}

/** What a domain offers a coach: its topics, and its recommendations addressed to ICSs. */
function helpFor(domain: CanvasDomain): Pick<SystemGap, 'coachingTopics' | 'recommendations'> {
  return {
    coachingTopics: [...domain.coachingTopics],
    recommendations: domain.recommendations.filter((id) => ICS_RECOMMENDATIONS.has(id)),
  };
}

const compareMeans = (a: number, b: number): number => (Math.abs(a - b) <= SAME_MEAN_TOLERANCE ? 0 : a - b);
