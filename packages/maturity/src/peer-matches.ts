import { type AdopterCategory, categoryIndex, compareIds } from './placement';
import type { ScoreProfile } from './scores';

/**
 * Peer matches: for one ICS, who to learn from. Diffusion theory says early adopters influence the early majority
 * (seed 003 §3.2.3: "showcasing good practice, peer to peer networks"), and seed 002's Pioneers learned most from each
 * other. So for each of the ICS's weakest domains, this suggests ICSs further along the curve that are strongest in
 * exactly that domain: a peer who is ahead overall but also weak there has little to show.
 *
 * The caller passes only the ICSs that may be named to this viewer (PRODUCT §1: other ICSs by name only where they
 * chose to share); this function does no access control.
 */

export interface PeerCandidate {
  readonly id: string;
  /** Its adopter category in the placement the viewer is looking at; null when it was not placed. */
  readonly category: AdopterCategory | null;
  readonly profile: ScoreProfile;
}

export interface PeerMatch {
  readonly id: string;
  readonly category: AdopterCategory;
  /** Its score in the domain. */
  readonly score: number;
}

export interface WeakDomainMatches {
  readonly domainKey: string;
  /** The ICS's own score in the domain. */
  readonly score: number;
  /** Strongest first; ties by higher category, then id. */
  readonly matches: readonly PeerMatch[];
}

export interface PeerMatchOptions {
  /** How many of the weakest domains to look at; default 3. */
  readonly weakestDomains?: number;
  /** How many peers to suggest per domain; default 3. */
  readonly matchesPerDomain?: number;
}

export const DEFAULT_PEER_MATCH_OPTIONS = { weakestDomains: 3, matchesPerDomain: 3 } as const;

/**
 * For `system`: its weakest domains (lowest scores first; equal scores in the profile's domain order, which is the
 * framework's; domains with no complete score are skipped, as there is nothing to compare), and for each, peers that
 *  - are not the ICS itself,
 *  - are in a strictly higher adopter category (any placed peer, when the ICS itself was not placed),
 *  - score strictly higher than the ICS in that domain,
 * the strongest in the domain first, at most `matchesPerDomain`.
 */
export function peerMatches(system: PeerCandidate, candidates: readonly PeerCandidate[], options: PeerMatchOptions = {}): readonly WeakDomainMatches[] {
  const weakest = options.weakestDomains ?? DEFAULT_PEER_MATCH_OPTIONS.weakestDomains;
  const perDomain = options.matchesPerDomain ?? DEFAULT_PEER_MATCH_OPTIONS.matchesPerDomain;
  for (const [name, n] of [
    ['weakestDomains', weakest],
    ['matchesPerDomain', perDomain],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number of at least 0, not ${String(n)}`);
  }
  const ownLevel = system.category === null ? Number.POSITIVE_INFINITY : categoryIndex(system.category);
  const ahead = candidates.filter(
    (c): c is PeerCandidate & { category: AdopterCategory } => c.id !== system.id && c.category !== null && categoryIndex(c.category) < ownLevel,
  );
  const domains = Object.entries(system.profile.domains)
    .map(([domainKey, score], order) => ({ domainKey, score, order }))
    .filter((d): d is { domainKey: string; score: number; order: number } => d.score !== null && d.score !== undefined)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, weakest);
  return domains.map(({ domainKey, score }) => ({
    domainKey,
    score,
    matches: ahead
      .map((c) => ({ id: c.id, category: c.category, score: c.profile.domains[domainKey] ?? null }))
      .filter((m): m is PeerMatch => m.score !== null && m.score > score)
      .sort((a, b) => b.score - a.score || categoryIndex(a.category) - categoryIndex(b.category) || compareIds(a.id, b.id))
      .slice(0, perDomain),
  }));
}
