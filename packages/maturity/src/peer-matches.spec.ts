import { PeerCandidate, peerMatches } from './peer-matches';

// T is in the early majority. Its weakest domains: c (10), then a and e (20 each, a first in domain order); d has no score.
const target: PeerCandidate = { id: 'T', category: 'EARLY_MAJORITY', profile: { overall: 25, domains: { a: 20, b: 50, c: 10, d: null, e: 20 } } };
const candidates: PeerCandidate[] = [
  { id: 'P1', category: 'INNOVATORS', profile: { overall: 80, domains: { a: 90, b: 95, c: 30, e: 10 } } },
  { id: 'P2', category: 'EARLY_ADOPTERS', profile: { overall: 75, domains: { a: 90, c: 80, e: 70 } } },
  { id: 'P3', category: 'EARLY_ADOPTERS', profile: { overall: 70, domains: { a: 60, c: 5, e: null } } },
  { id: 'P4', category: 'EARLY_MAJORITY', profile: { overall: 60, domains: { a: 100, c: 100, e: 100 } } },
  { id: 'P5', category: null, profile: { overall: null, domains: { a: 100, c: 100, e: 100 } } },
  { ...target, category: 'INNOVATORS' }, // the ICS itself, however it is listed, is never its own match
];

describe('peerMatches', () => {
  it('finds, for each weakest domain, peers in a higher category who are stronger there, strongest first', () => {
    expect(peerMatches(target, candidates, { weakestDomains: 3, matchesPerDomain: 2 })).toEqual([
      // c: P2 80, P1 30; P3 (5) is weaker than T here; P4 is in T's own category; P5 was not placed
      { domainKey: 'c', score: 10, matches: [{ id: 'P2', category: 'EARLY_ADOPTERS', score: 80 }, { id: 'P1', category: 'INNOVATORS', score: 30 }] },
      // a: P1 and P2 tie at 90, the innovator first; P3 (60) cut by matchesPerDomain
      { domainKey: 'a', score: 20, matches: [{ id: 'P1', category: 'INNOVATORS', score: 90 }, { id: 'P2', category: 'EARLY_ADOPTERS', score: 90 }] },
      // e: P2 70; P1 (10) is weaker; P3 has no score
      { domainKey: 'e', score: 20, matches: [{ id: 'P2', category: 'EARLY_ADOPTERS', score: 70 }] },
    ]);
  });

  it('defaults to 3 domains and 3 matches, and takes any placed peer when the ICS itself was not placed', () => {
    const unplaced = { ...target, category: null };
    const result = peerMatches(unplaced, candidates);
    expect(result.map((d) => d.domainKey)).toEqual(['c', 'a', 'e']);
    expect(result[0].matches.map((m) => m.id)).toEqual(['P4', 'P2', 'P1']);
  });

  it('finds nobody for an innovator, and nothing for an ICS without domain scores', () => {
    expect(peerMatches({ ...target, category: 'INNOVATORS' }, candidates).every((d) => d.matches.length === 0)).toBe(true);
    expect(peerMatches({ id: 'Z', category: 'LAGGARDS', profile: { overall: null, domains: { a: null } } }, candidates)).toEqual([]);
    expect(() => peerMatches(target, candidates, { matchesPerDomain: -1 })).toThrow(RangeError);
  });
});
