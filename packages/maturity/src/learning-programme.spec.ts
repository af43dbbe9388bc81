import type { CanvasFramework, RecommendationId } from '@idt/domain';
import fc from 'fast-check';
import { frameworkOf } from './__fixtures__/framework';
import { type CohortMember, type SystemGap, type LearningProgrammeProposal, proposeLearningProgramme } from './learning-programme';
import { ADOPTER_CATEGORIES, compareIds } from './placement';

type DomainHelp = { readonly topics: readonly string[]; readonly recommendations: readonly RecommendationId[] };

/**
 * A fixture framework (one criterion a domain: criteria play no part here) with each domain's topics and
 * recommendations. Domains come as a list, in framework order: an object would put a key such as "2" first.
 */
function frameworkWith(domains: readonly (readonly [string, DomainHelp])[]): CanvasFramework {
  const base = frameworkOf(Object.fromEntries(domains.map(([key]) => [key, [`${key}.criterion`]])));
  return {
    ...base,
    domains: domains.map(([key, help], i) => ({
      ...base.domains.find((d) => d.key === key)!,
      number: i + 1,
      coachingTopics: help.topics,
      recommendations: help.recommendations,
    })),
  };
}

const framework = frameworkWith([
  ['access', { topics: ['Digital inclusion hubs'], recommendations: ['ICS-1', 'NAT-1', 'ICS-12'] }],
  ['co-design', { topics: ['Co-design with communities', 'Lived experience panels'], recommendations: ['ICS-3', 'ICS-4'] }],
  ['data', { topics: ['Collecting digital exclusion data'], recommendations: ['NAT-3', 'ICS-7'] }],
  ['skills', { topics: ['Digital skills for staff'], recommendations: ['ICS-9'] }],
]);

const P: CohortMember = { id: 'P', category: 'INNOVATORS', profile: { overall: 75, domains: { access: 100, 'co-design': 75, data: 50, skills: 75 } } };
const E: CohortMember = { id: 'E', category: 'EARLY_ADOPTERS', profile: { overall: 75, domains: { access: 75, 'co-design': 50, data: 75, skills: 100 } } };
// 'legacy' is not in the framework (another version's domain): M's 0 there must not become a gap.
const M: CohortMember = {
  id: 'M',
  category: 'EARLY_MAJORITY',
  profile: { overall: 37.5, domains: { access: 50, 'co-design': 25, data: 25, skills: 50, legacy: 0 } },
};
// L's data domain is incomplete (null): left out, not counted as zero.
const L: CohortMember = { id: 'L', category: 'LATE_MAJORITY', profile: { overall: 33.3, domains: { access: 25, 'co-design': 0, data: null, skills: 75 } } };

describe('proposeLearningProgramme', () => {
  it('works a small cohort through by hand', () => {
    // Cohort means, by domain (framework order):
    //   access     (100 + 75 + 50 + 25) / 4 = 62.5   below: L 25, M 50
    //   co-design  (75 + 50 + 25 + 0) / 4   = 37.5   below: L 0, M 25
    //   data       (50 + 75 + 25) / 3       = 50     (L has no score) below: M 25; P's 50 is the mean, not below it
    //   skills     (75 + 100 + 50 + 75) / 4 = 75     below: M 50
    // Two group sessions: the lowest means, co-design 37.5 then data 50.
    //
    // Each ICS's two weakest domains; peers are members in a strictly higher category scoring strictly higher there,
    // strongest first, at most two:
    //   E (early adopters)  co-design 50, then access 75 (ties data 75; access comes first in the framework)
    //                        peers: only P is higher: co-design P 75; access P 100
    //   L (late majority)   co-design 0, access 25 (data has no score)
    //                        co-design: P 75, E 50 (M 25 is also higher, but cut at two); access: P 100, E 75 (M 50 cut)
    //   M (early majority)  co-design 25, data 25 (equal: framework order); legacy 0 is ignored
    //                        co-design: P 75, E 50; data: E 75, P 50
    //   P (innovators)      data 50, co-design 75 (ties skills 75; co-design first); nobody is higher, so no peers
    // Recommendations: NAT-1 (access) and NAT-3 (data) are for national bodies and are left out.
    const proposal = proposeLearningProgramme(framework, [M, P, L, E], { groupSessions: 2, gapsPerSystem: 2, matchesPerDomain: 2 });
    type Help = Pick<SystemGap, 'coachingTopics' | 'recommendations'>;
    const coDesign: Help = { coachingTopics: ['Co-design with communities', 'Lived experience panels'], recommendations: ['ICS-3', 'ICS-4'] };
    const access: Help = { coachingTopics: ['Digital inclusion hubs'], recommendations: ['ICS-1', 'ICS-12'] };
    const data: Help = { coachingTopics: ['Collecting digital exclusion data'], recommendations: ['ICS-7'] };
    expect(proposal).toEqual<LearningProgrammeProposal>({
      groupSessions: [
        { domainKey: 'co-design', meanScore: 37.5, scoredMembers: 4, memberIds: ['L', 'M'], ...coDesign },
        { domainKey: 'data', meanScore: 50, scoredMembers: 3, memberIds: ['M'], ...data },
      ],
      individualCoaching: [
        {
          systemId: 'E',
          gaps: [
            { domainKey: 'co-design', score: 50, ...coDesign, peers: [{ id: 'P', category: 'INNOVATORS', score: 75 }] },
            { domainKey: 'access', score: 75, ...access, peers: [{ id: 'P', category: 'INNOVATORS', score: 100 }] },
          ],
        },
        {
          systemId: 'L',
          gaps: [
            {
              domainKey: 'co-design',
              score: 0,
              ...coDesign,
              peers: [
                { id: 'P', category: 'INNOVATORS', score: 75 },
                { id: 'E', category: 'EARLY_ADOPTERS', score: 50 },
              ],
            },
            {
              domainKey: 'access',
              score: 25,
              ...access,
              peers: [
                { id: 'P', category: 'INNOVATORS', score: 100 },
                { id: 'E', category: 'EARLY_ADOPTERS', score: 75 },
              ],
            },
          ],
        },
        {
          systemId: 'M',
          gaps: [
            {
              domainKey: 'co-design',
              score: 25,
              ...coDesign,
              peers: [
                { id: 'P', category: 'INNOVATORS', score: 75 },
                { id: 'E', category: 'EARLY_ADOPTERS', score: 50 },
              ],
            },
            {
              domainKey: 'data',
              score: 25,
              ...data,
              peers: [
                { id: 'E', category: 'EARLY_ADOPTERS', score: 75 },
                { id: 'P', category: 'INNOVATORS', score: 50 },
              ],
            },
          ],
        },
        {
          systemId: 'P',
          gaps: [
            { domainKey: 'data', score: 50, ...data, peers: [] },
            { domainKey: 'co-design', score: 75, ...coDesign, peers: [] },
          ],
        },
      ],
      unscoredMemberIds: [],
    });
  });

  it('defaults to three group sessions, three gaps an ICS and two peers a gap', () => {
    const proposal = proposeLearningProgramme(framework, [P, E, M, L]);
    // The third-lowest mean is access (62.5); skills (75) misses out.
    expect(proposal.groupSessions.map((s) => s.domainKey)).toEqual(['co-design', 'data', 'access']);
    // L has only three scored domains; M's third is access 50 (ties skills 50, access first).
    expect(proposal.individualCoaching.map((c) => [c.systemId, c.gaps.map((g) => g.domainKey)])).toEqual([
      ['E', ['co-design', 'access', 'data']],
      ['L', ['co-design', 'access', 'skills']],
      ['M', ['co-design', 'data', 'access']],
      ['P', ['data', 'co-design', 'skills']],
    ]);
    expect(proposal.individualCoaching.every((c) => c.gaps.every((g) => g.peers.length <= 2))).toBe(true);
    expect(proposal.individualCoaching[1].gaps[0].peers.map((p) => p.id)).toEqual(['P', 'E']); // M (25) is the third, cut
  });

  it('breaks ties by framework order, and a mean a floating-point hair off is still a tie', () => {
    // The key "2" is valid kebab-case; JavaScript would list it first among an object's keys, but it is last here.
    const none: DomainHelp = { topics: [], recommendations: [] };
    const tied = frameworkWith([
      ['alpha', none],
      ['beta', none],
      ['gamma', none],
      ['2', none],
    ]);
    // alpha: 500/6, 175/6, 12.5 (= 75/6), 250/6: the exact mean is 1000/24 = 250/6, equal to D's score and to beta's
    // mean; in floating point it comes out as 41.66666666666667, a hair above 250/6 = 41.666666666666664.
    // gamma and "2": 50 and 100, mean 75 each.
    const cohort: CohortMember[] = [
      { id: 'A', category: null, profile: { overall: null, domains: { alpha: 500 / 6, beta: 250 / 6, gamma: 50, '2': 50 } } },
      { id: 'B', category: null, profile: { overall: null, domains: { alpha: 175 / 6, beta: 250 / 6, gamma: 100, '2': 100 } } },
      { id: 'C', category: null, profile: { overall: null, domains: { alpha: 12.5 } } },
      { id: 'D', category: null, profile: { overall: null, domains: { alpha: 250 / 6 } } },
    ];
    const proposal = proposeLearningProgramme(tied, cohort, { groupSessions: 4, gapsPerSystem: 2 });
    expect(proposal.groupSessions.map((s) => [s.domainKey, s.memberIds])).toEqual([
      ['alpha', ['C', 'B']], // D sits exactly at the mean, so it is not below it
      ['beta', []],
      ['gamma', ['A']],
      ['2', ['A']],
    ]);
    expect(proposal.groupSessions[0].meanScore).toBeCloseTo(250 / 6, 12);
    // A: beta 41.67, then gamma 50 and "2" 50 tie: gamma first.
    expect(proposal.individualCoaching[0]).toEqual({
      systemId: 'A',
      gaps: [
        { domainKey: 'beta', score: 250 / 6, coachingTopics: [], recommendations: [], peers: [] },
        { domainKey: 'gamma', score: 50, coachingTopics: [], recommendations: [], peers: [] },
      ],
    });
  });

  it('lists members with no domain score apart and leaves them out of everything else', () => {
    const cohort: CohortMember[] = [
      { id: 'U2', category: null, profile: { overall: null, domains: { access: null, 'co-design': null, data: null, skills: null } } },
      { id: 'S2', category: 'EARLY_MAJORITY', profile: { overall: 40, domains: { access: 20, 'co-design': 60 } } },
      { id: 'U1', category: null, profile: { overall: null, domains: {} } },
      { id: 'U3', category: 'INNOVATORS', profile: { overall: 90, domains: { legacy: 90 } } }, // only a domain the framework does not have
      { id: 'S1', category: 'EARLY_ADOPTERS', profile: { overall: 60, domains: { access: 60, 'co-design': 40, data: 10 } } },
    ];
    const proposal = proposeLearningProgramme(framework, cohort);
    expect(proposal.unscoredMemberIds).toEqual(['U1', 'U2', 'U3']);
    expect(proposal.individualCoaching.map((c) => c.systemId)).toEqual(['S1', 'S2']);
    // data is scored by S1 alone and skills by nobody: no session. access mean 40, co-design mean 50.
    expect(proposal.groupSessions.map((s) => [s.domainKey, s.meanScore, s.scoredMembers, s.memberIds])).toEqual([
      ['access', 40, 2, ['S2']],
      ['co-design', 50, 2, ['S1']],
    ]);
    // U3 is an innovator, but has no score to be stronger with; S1 is the only peer ahead of S2 who is stronger in access.
    expect(proposal.individualCoaching[1].gaps[0]).toMatchObject({ domainKey: 'access', peers: [{ id: 'S1', category: 'EARLY_ADOPTERS', score: 60 }] });
    expect(proposeLearningProgramme(framework, [])).toEqual({ groupSessions: [], individualCoaching: [], unscoredMemberIds: [] });
  });

  it('gives only the recommendations addressed to ICSs, in the domain order', () => {
    const mixed = frameworkWith([
      ['national', { topics: ['Funding bids'], recommendations: ['NAT-1', 'NAT-2'] }],
      ['both', { topics: [], recommendations: ['ICS-12', 'NAT-6', 'ICS-2'] }],
    ]);
    const cohort: CohortMember[] = [
      { id: 'A', category: 'EARLY_ADOPTERS', profile: { overall: 50, domains: { national: 50, both: 50 } } },
      { id: 'B', category: 'LATE_MAJORITY', profile: { overall: 25, domains: { national: 25, both: 25 } } },
    ];
    const proposal = proposeLearningProgramme(mixed, cohort);
    expect(proposal.groupSessions.map((s) => [s.domainKey, s.coachingTopics, s.recommendations])).toEqual([
      ['national', ['Funding bids'], []],
      ['both', [], ['ICS-12', 'ICS-2']],
    ]);
    expect(proposal.individualCoaching[1].gaps.map((g) => g.recommendations)).toEqual([[], ['ICS-12', 'ICS-2']]);
  });

  it('takes 0 for any option, and rejects options that are not whole numbers of at least 0, members listed twice and impossible scores', () => {
    const none = proposeLearningProgramme(framework, [P, E, M, L], { groupSessions: 0, gapsPerSystem: 0, matchesPerDomain: 0 });
    expect(none.groupSessions).toEqual([]);
    expect(none.individualCoaching).toEqual(['E', 'L', 'M', 'P'].map((systemId) => ({ systemId, gaps: [] })));
    expect(proposeLearningProgramme(framework, [P, E, M, L], { matchesPerDomain: 0 }).individualCoaching.every((c) => c.gaps.every((g) => g.peers.length === 0))).toBe(
      true,
    );
    for (const name of ['groupSessions', 'gapsPerSystem', 'matchesPerDomain'] as const) {
      for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        // even with no members, so a bad option is caught before there is data to hide it
        expect(() => proposeLearningProgramme(framework, [], { [name]: bad })).toThrow(RangeError);
        expect(() => proposeLearningProgramme(framework, [P, L], { [name]: bad })).toThrow(`${name} must be a whole number of at least 0`);
      }
    }
    expect(() => proposeLearningProgramme(framework, [P, E, { ...P, category: 'LAGGARDS' }])).toThrow('"P" is listed more than once');
    for (const bad of [-1, 100.5, Number.NaN]) {
      expect(() => proposeLearningProgramme(framework, [{ ...P, profile: { overall: null, domains: { data: bad } } }])).toThrow(RangeError);
    }
    // A bad score in a domain the framework does not have is ignored with the domain.
    expect(() => proposeLearningProgramme(framework, [{ ...P, profile: { overall: null, domains: { legacy: -1 } } }])).not.toThrow();
  });

  describe('properties', () => {
    const KEYS = ['a', 'b', 'c', 'd'] as const;
    const props = frameworkWith(KEYS.map((k) => [k, { topics: [`topic ${k}`], recommendations: ['ICS-1', 'NAT-1'] }]));
    // Scores as scoreAssessment makes them: 25 × k / m for a domain of m criteria, so many are not exact in floating point.
    const score = fc.integer({ min: 1, max: 6 }).chain((m) => fc.integer({ min: 0, max: 4 * m }).map((k) => (25 * k) / m));
    const domainsArb = fc
      .subarray([...KEYS, 'other'])
      .chain((keys) => fc.tuple(...keys.map(() => fc.option(score, { freq: 5 }))).map((scores) => Object.fromEntries(keys.map((k, i) => [k, scores[i]]))));
    const memberArb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      category: fc.option(fc.constantFrom(...ADOPTER_CATEGORIES), { freq: 5 }),
      profile: fc.record({ overall: fc.constant(null), domains: domainsArb }),
    });
    const cohortArb = fc.uniqueArray(memberArb, { selector: (m) => m.id, maxLength: 10 });
    const optionsArb = fc.record({
      groupSessions: fc.integer({ min: 0, max: 5 }),
      gapsPerSystem: fc.integer({ min: 0, max: 5 }),
      matchesPerDomain: fc.integer({ min: 0, max: 4 }),
    });
    const scoreOf = (cohort: readonly CohortMember[], id: string, key: string) => cohort.find((m) => m.id === id)?.profile.domains[key] ?? null;

    it('puts in each group session only members scoring below its mean, lowest first, and orders sessions by mean', () => {
      fc.assert(
        fc.property(cohortArb, optionsArb, (cohort, options) => {
          const { groupSessions } = proposeLearningProgramme(props, cohort, options);
          expect(groupSessions.length).toBeLessThanOrEqual(options.groupSessions);
          groupSessions.forEach((s, i) => {
            expect(s.scoredMembers).toBeGreaterThanOrEqual(2);
            const scores = s.memberIds.map((id) => scoreOf(cohort, id, s.domainKey));
            for (const x of scores) expect(x !== null && x < s.meanScore).toBe(true);
            expect([...scores].sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(scores);
            if (i > 0) expect(s.meanScore).toBeGreaterThanOrEqual(groupSessions[i - 1].meanScore - 1e-9);
            expect(s.recommendations).toEqual(['ICS-1']);
          });
        }),
      );
    });

    it('names in individual coaching only domains the member has a score in, its weakest, with stronger peers ahead of it', () => {
      fc.assert(
        fc.property(cohortArb, optionsArb, (cohort, options) => {
          const proposal = proposeLearningProgramme(props, cohort, options);
          const ids = [...proposal.individualCoaching.map((c) => c.systemId), ...proposal.unscoredMemberIds].sort(compareIds);
          expect(ids).toEqual(cohort.map((m) => m.id).sort(compareIds));
          for (const { systemId, gaps } of proposal.individualCoaching) {
            const own = KEYS.map((k) => scoreOf(cohort, systemId, k)).filter((x): x is number => x !== null);
            expect(own.length).toBeGreaterThan(0);
            expect(gaps.length).toBe(Math.min(options.gapsPerSystem, own.length));
            const weakest = [...own].sort((x, y) => x - y).slice(0, options.gapsPerSystem);
            expect(gaps.map((g) => g.score)).toEqual(weakest);
            for (const g of gaps) {
              expect(KEYS).toContain(g.domainKey);
              expect(scoreOf(cohort, systemId, g.domainKey)).toBe(g.score);
              expect(g.peers.length).toBeLessThanOrEqual(options.matchesPerDomain);
              for (const p of g.peers) {
                expect(p.id).not.toBe(systemId);
                expect(p.score).toBeGreaterThan(g.score);
              }
            }
          }
        }),
      );
    });

    it('does not depend on the order of the members', () => {
      fc.assert(
        fc.property(
          cohortArb.chain((cohort) => fc.tuple(fc.constant(cohort), fc.shuffledSubarray(cohort, { minLength: cohort.length, maxLength: cohort.length }))),
          optionsArb,
          ([cohort, shuffled], options) => {
            expect(proposeLearningProgramme(props, shuffled, options)).toEqual(proposeLearningProgramme(props, cohort, options));
          },
        ),
      );
    });
  });
});
