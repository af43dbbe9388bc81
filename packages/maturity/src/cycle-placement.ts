import type { AssessmentStatus, CanvasFramework } from '@idt/domain';
import { groupStatistics, type PeerPosition, peerPositionsOfAll } from './peers';
import { ADOPTER_CATEGORY_LABELS, type AdopterCategory, type Placement, type PlacementRequest, placeOnDiffusionCurve } from './placement';
import { type AnswerGroup, countedTallies, type ScoreBasis, scoreBasis, scoreFromDomainTallies, type ScoreProfile, toScoreProfile } from './scores';

/**
 * A whole cycle placed: the one implementation every reader of placements uses (docs/decisions/0020). The API's
 * placement module aggregates a cycle's counted answers in SQL into `SystemTally`s, places them here once with the
 * default method (Rogers' quantiles), stores the result, and serves every other method by `replaceCycle` over the
 * stored overall scores, never by aggregating the answers again.
 */

/** One ICS's counted assessment in a cycle, as the placement aggregate returns it: its answers' facts, no rule applied. */
export interface SystemTally {
  readonly systemId: string;
  /** Its region's name: one of the peer groups it is compared with. */
  readonly regionName: string;
  readonly status: AssessmentStatus;
  readonly answerGroups: readonly AnswerGroup[];
}

/** The peer groups every ICS is compared with when its cycle is placed: all ICSs, its region, its adopter category. */
export type PeerGroupKind = 'NATIONAL' | 'REGION' | 'CATEGORY';

export const peerGroupKey = (kind: PeerGroupKind, name = ''): string => (kind === 'NATIONAL' ? kind : `${kind}:${name}`);

/** Where one ICS sits in one of its peer groups: percentile ranks, null where withheld (no score, or a group under five). */
export interface PeerRanks {
  readonly groupKey: string;
  readonly overall: number | null;
  readonly domains: Readonly<Record<string, number | null>>;
}

/** A peer group's figures in one cycle. */
export interface PlacedPeerGroup {
  readonly groupKey: string;
  readonly kind: PeerGroupKind;
  readonly name: string;
  readonly statistics: ReturnType<typeof groupStatistics>;
}

/** One ICS placed in its cycle. */
export interface PlacedSystem {
  readonly systemId: string;
  readonly basis: ScoreBasis;
  readonly overallScore: number | null;
  /** Null when it has no overall score (shown as "not placed", never as a laggard). */
  readonly category: AdopterCategory | null;
  /** 1 for the highest overall score; equal scores share a rank. Null when not placed. */
  readonly rank: number | null;
  /** In the framework's domain order. */
  readonly domainScores: readonly { readonly domainKey: string; readonly score: number | null; readonly incomplete: boolean }[];
  readonly profile: ScoreProfile;
  /** National first, then its region, then its category (when placed). */
  readonly peerRanks: readonly PeerRanks[];
}

export interface CyclePlacement {
  /** The placement itself: method, parameters, description, every placed ICS. */
  readonly placement: Placement;
  /** In the order of the tallies given. */
  readonly systems: readonly PlacedSystem[];
  readonly groups: readonly PlacedPeerGroup[];
}

const ROGERS: PlacementRequest = { method: 'ROGERS_QUANTILES' };

/**
 * Re-places stored overall scores by another method or other parameters, in memory: what a reader asking for natural
 * breaks or fixed thresholds gets instead of a second aggregate. `placeCycle` places through this same function, so a
 * cycle re-placed from its stored scores is exactly the cycle placed from its answers.
 */
export function replaceCycle(stored: readonly { readonly systemId: string; readonly overallScore: number | null }[], request: PlacementRequest): Placement {
  return placeOnDiffusionCurve(
    stored.map((s) => ({ id: s.systemId, score: s.overallScore })),
    request,
  );
}

/**
 * Scores every ICS of a cycle (the counted level of each answer, `countedTallies`; domain and overall scores,
 * `scoreFromDomainTallies`), places them on the diffusion curve by `request` (Rogers' quantiles by default), and
 * compares each with its peer groups (all ICSs, its region, its category), in O(n log n) per group and domain.
 * Throws a RangeError for tallies that cannot come from the framework's criteria, or an ICS given twice.
 */
export function placeCycle(framework: CanvasFramework, tallies: readonly SystemTally[], request: PlacementRequest = ROGERS): CyclePlacement {
  const scored = tallies.map((tally) => {
    const scores = scoreFromDomainTallies(framework, tally.status, countedTallies(scoreBasis(tally.status), tally.answerGroups));
    return { tally, scores, profile: toScoreProfile(scores) };
  });
  const placement = replaceCycle(
    scored.map(({ tally, scores }) => ({ systemId: tally.systemId, overallScore: scores.overall.score })),
    request,
  );
  const placedOf = new Map(placement.placed.map((p) => [p.id, p]));

  const groups = new Map<string, Omit<PlacedPeerGroup, 'statistics'> & { profiles: ScoreProfile[] }>();
  const members = scored.map(({ tally, profile }) => {
    const category = placedOf.get(tally.systemId)?.category ?? null;
    const memberOf: [PeerGroupKind, string, string][] = [
      ['NATIONAL', '', 'All ICSs'],
      ['REGION', tally.regionName, tally.regionName],
      ...(category ? [['CATEGORY', category, ADOPTER_CATEGORY_LABELS[category]] as [PeerGroupKind, string, string]] : []),
    ];
    const keys = memberOf.map(([kind, keyName, name]) => {
      const groupKey = peerGroupKey(kind, keyName);
      let group = groups.get(groupKey);
      if (!group) groups.set(groupKey, (group = { groupKey, kind, name, profiles: [] }));
      group.profiles.push(profile);
      return groupKey;
    });
    return { id: tally.systemId, profile, groups: keys };
  });
  const positions = peerPositionsOfAll(members);

  return {
    placement,
    systems: scored.map(({ tally, scores, profile }) => {
      const placed = placedOf.get(tally.systemId);
      return {
        systemId: tally.systemId,
        basis: scores.basis,
        overallScore: scores.overall.score,
        category: placed?.category ?? null,
        rank: placed?.rank ?? null,
        domainScores: scores.domains.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })),
        profile,
        peerRanks: [...(positions.get(tally.systemId) ?? new Map<string, PeerPosition>())].map(([groupKey, position]) => ({
          groupKey,
          overall: position.overall.percentileRank.withheld ? null : position.overall.percentileRank.percentileRank,
          domains: Object.fromEntries(
            position.domains.map((d) => [d.domainKey, d.percentileRank.withheld ? null : d.percentileRank.percentileRank]),
          ),
        })),
      };
    }),
    groups: [...groups.values()].map(({ profiles, ...group }) => ({ ...group, statistics: groupStatistics(profiles) })),
  };
}
