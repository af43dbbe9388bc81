import fc from 'fast-check';
import {
  groupStatistics,
  MIN_AGGREGATE_SIZE,
  PeerGroupMember,
  peerPosition,
  peerPositionsOfAll,
  peerStatistics,
  percentileRank,
  quantile,
} from './peers';
import type { ScoreProfile } from './scores';

describe('quantile (type 7, linear interpolation)', () => {
  it('matches hand-worked values (and R’s quantile() / QUARTILE.INC)', () => {
    // 10, 20, 30, 40, 50, 60: h = 5p. p = .25 → h 1.25 → 20 + .25 × 10 = 22.5; p = .5 → 35; p = .75 → h 3.75 → 47.5
    const six = [10, 20, 30, 40, 50, 60];
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile(six, p))).toEqual([10, 22.5, 35, 47.5, 60]);
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4, 5], p))).toEqual([2, 3, 4]);
    expect(quantile([7], 0.3)).toBe(7);
  });
  it('refuses an empty list and p outside 0–1', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('peerStatistics', () => {
  it('gives median and quartiles of the non-null values, in any order', () => {
    expect(peerStatistics([60, null, 10, 40, 30, 20, 50])).toEqual({
      withheld: false,
      count: 6,
      lowerQuartile: 22.5,
      median: 35,
      upperQuartile: 47.5,
    });
  });
  it('withholds everything, with no numbers at all, below five values', () => {
    expect(MIN_AGGREGATE_SIZE).toBe(5);
    expect(peerStatistics([10, 20, 30, 40, null, null])).toEqual({ withheld: true });
    expect(peerStatistics([])).toEqual({ withheld: true });
    expect(peerStatistics([10, 20, 30, 40, 50])).toMatchObject({ withheld: false, count: 5, median: 30 });
  });
});

describe('percentileRank', () => {
  it('counts the values below and half the values equal', () => {
    const group = [10, 20, 30, 40, 50, 60];
    expect(percentileRank(35, group)).toEqual({ withheld: false, count: 6, percentileRank: 50 }); // 3 below of 6
    expect(percentileRank(30, group)).toEqual({ withheld: false, count: 6, percentileRank: 250 / 6 }); // (2 + ½) / 6
    expect(percentileRank(60, group)).toMatchObject({ percentileRank: 550 / 6 }); // (5 + ½) / 6
    expect(percentileRank(5, group)).toMatchObject({ percentileRank: 0 });
    expect(percentileRank(70, group)).toMatchObject({ percentileRank: 100 });
    expect(percentileRank(50, [50, 50, 50, 50, 50])).toMatchObject({ percentileRank: 50 });
  });
  it('is withheld in a group of fewer than five scores', () => {
    expect(percentileRank(30, [10, 20, 30, 40, null])).toEqual({ withheld: true });
  });
  it('stays within 0–100 and never falls when the value rises', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 40 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (group, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const rank = (v: number) => {
          const r = percentileRank(v, group);
          if (r.withheld) throw new Error('not withheld at 5 or more');
          return r.percentileRank;
        };
        expect(rank(low)).toBeGreaterThanOrEqual(0);
        expect(rank(high)).toBeLessThanOrEqual(100);
        expect(rank(low)).toBeLessThanOrEqual(rank(high));
      }),
    );
  });
});

// Five ICSs; everyone has domain a, only four have domain b (one incomplete).
const group: ScoreProfile[] = [
  { overall: 40, domains: { a: 10, b: 70 } },
  { overall: 50, domains: { a: 20, b: 80 } },
  { overall: 60, domains: { a: 30, b: null } },
  { overall: 70, domains: { a: 40, b: 90 } },
  { overall: null, domains: { a: 50, b: 100 } },
];

describe('groupStatistics', () => {
  it('gives overall and per-domain figures, withholding each one that stands on fewer than five ICSs', () => {
    expect(groupStatistics(group)).toEqual({
      overall: { withheld: true }, // four overall scores
      domains: [
        { domainKey: 'a', statistics: { withheld: false, count: 5, lowerQuartile: 20, median: 30, upperQuartile: 40 } },
        { domainKey: 'b', statistics: { withheld: true } },
      ],
    });
  });
});

describe('peerPosition', () => {
  it('places one ICS in a group, domain by domain', () => {
    const me: ScoreProfile = { overall: 55, domains: { a: 25, b: null } };
    expect(peerPosition(me, group)).toEqual({
      overall: { score: 55, percentileRank: { withheld: true }, group: { withheld: true } },
      domains: [
        {
          domainKey: 'a',
          score: 25,
          percentileRank: { withheld: false, count: 5, percentileRank: 40 }, // 10 and 20 below, of 5
          group: { withheld: false, count: 5, lowerQuartile: 20, median: 30, upperQuartile: 40 },
        },
        { domainKey: 'b', score: null, percentileRank: { withheld: true }, group: { withheld: true } },
      ],
    });
  });
});

describe('peerPositionsOfAll', () => {
  /** What peerPositionsOfAll must equal: peerPosition against the profiles of everyone listing the key, in input order. */
  const naive = (members: readonly PeerGroupMember[], member: PeerGroupMember, key: string) =>
    peerPosition(
      member.profile,
      members.filter((m) => m.groups.includes(key)).map((m) => m.profile),
    );

  // Eight ICSs: North has five (figures shown), South three (all withheld). N2 has no complete score in b, S2 lists
  // its domains b first, S3 has no domain b at all.
  const member = (id: string, region: string, overall: number, domains: Record<string, number | null>): PeerGroupMember => ({
    id,
    profile: { overall, domains },
    groups: ['NATIONAL', `REGION:${region}`],
  });
  const population: PeerGroupMember[] = [
    member('N1', 'North', 40, { a: 10, b: 50 }),
    member('N2', 'North', 50, { a: 20, b: null }),
    member('N3', 'North', 60, { a: 30, b: 60 }),
    member('N4', 'North', 60, { a: 40, b: 70 }),
    member('N5', 'North', 80, { a: 50, b: 80 }),
    member('S1', 'South', 30, { a: 20, b: 40 }),
    member('S2', 'South', 70, { b: 90, a: 60 }),
    member('S3', 'South', 90, { a: 70 }),
  ];
  // National, n = 8, h = 7p. Overall 30 40 50 60 60 70 80 90: Q1 h 1.75 → 40 + .75 × 10 = 47.5, median h 3.5 → 60,
  // Q3 h 5.25 → 70 + .25 × 10 = 72.5. Domain a 10 20 20 30 40 50 60 70: Q1 → 20, median → 30 + .5 × 10 = 35,
  // Q3 → 50 + .25 × 10 = 52.5. Domain b (six: N2 null, S3 none) 40 50 60 70 80 90, h = 5p: Q1 h 1.25 → 52.5,
  // median h 2.5 → 65, Q3 h 3.75 → 77.5.
  const nationalOverall = { withheld: false, count: 8, lowerQuartile: 47.5, median: 60, upperQuartile: 72.5 };
  const nationalA = { withheld: false, count: 8, lowerQuartile: 20, median: 35, upperQuartile: 52.5 };
  const nationalB = { withheld: false, count: 6, lowerQuartile: 52.5, median: 65, upperQuartile: 77.5 };
  const withheld = { withheld: true };

  it('places each ICS in the nation and its region, hand-worked', () => {
    const positions = peerPositionsOfAll(population);
    expect([...positions.keys()]).toEqual(['N1', 'N2', 'N3', 'N4', 'N5', 'S1', 'S2', 'S3']);
    expect([...positions.get('N3')!.keys()]).toEqual(['NATIONAL', 'REGION:North']);

    expect(positions.get('N3')!.get('NATIONAL')).toEqual({
      // 30 40 50 below 60, two 60s: (2 × 3 + 2) × 50 / 8
      overall: { score: 60, percentileRank: { withheld: false, count: 8, percentileRank: 50 }, group: nationalOverall },
      domains: [
        // 10 20 20 below 30, one 30: 7 × 50 / 8
        { domainKey: 'a', score: 30, percentileRank: { withheld: false, count: 8, percentileRank: 43.75 }, group: nationalA },
        // 40 50 below 60, one 60: 5 × 50 / 6
        { domainKey: 'b', score: 60, percentileRank: { withheld: false, count: 6, percentileRank: 250 / 6 }, group: nationalB },
      ],
    });
    // North, n = 5, h = 4p. Overall 40 50 60 60 80: Q1 50, median 60, Q3 60. Domain a 10 … 50: 20, 30, 40. Domain b
    // has four values (N2's is null), so it is withheld, rank and all.
    expect(positions.get('N3')!.get('REGION:North')).toEqual({
      overall: {
        score: 60,
        percentileRank: { withheld: false, count: 5, percentileRank: 60 }, // (2 × 2 + 2) × 50 / 5
        group: { withheld: false, count: 5, lowerQuartile: 50, median: 60, upperQuartile: 60 },
      },
      domains: [
        {
          domainKey: 'a',
          score: 30,
          percentileRank: { withheld: false, count: 5, percentileRank: 50 }, // (2 × 2 + 1) × 50 / 5
          group: { withheld: false, count: 5, lowerQuartile: 20, median: 30, upperQuartile: 40 },
        },
        { domainKey: 'b', score: 60, percentileRank: withheld, group: withheld },
      ],
    });
    // N2 has no b score, so no rank in it, but still sees the group's figures
    expect(positions.get('N2')!.get('NATIONAL')!.domains[1]).toEqual({ domainKey: 'b', score: null, percentileRank: withheld, group: nationalB });
    // South's three ICSs see nothing of their region
    expect(positions.get('S1')!.get('REGION:South')).toEqual({
      overall: { score: 30, percentileRank: withheld, group: withheld },
      domains: [
        { domainKey: 'a', score: 20, percentileRank: withheld, group: withheld },
        { domainKey: 'b', score: 40, percentileRank: withheld, group: withheld },
      ],
    });
    // S2's domains in its own order; S3 has only a. 60 is above 10 20 20 30 40 50: 13 × 50 / 8; 90 and 70 top: 15 × 50 / 8
    expect(positions.get('S2')!.get('NATIONAL')!.domains.map((d) => [d.domainKey, d.percentileRank])).toEqual([
      ['b', { withheld: false, count: 6, percentileRank: (11 * 50) / 6 }],
      ['a', { withheld: false, count: 8, percentileRank: 81.25 }],
    ]);
    expect(positions.get('S3')!.get('NATIONAL')).toEqual({
      overall: { score: 90, percentileRank: { withheld: false, count: 8, percentileRank: 93.75 }, group: nationalOverall },
      domains: [{ domainKey: 'a', score: 70, percentileRank: { withheld: false, count: 8, percentileRank: 93.75 }, group: nationalA }],
    });

    for (const m of population) for (const key of m.groups) expect(positions.get(m.id)!.get(key)).toEqual(naive(population, m, key));
  });

  it('counts a group key listed twice once, and gives a member with no groups an empty map', () => {
    const positions = peerPositionsOfAll([
      ...population.slice(0, 4),
      { ...population[4], groups: ['REGION:North', 'NATIONAL', 'REGION:North'] },
      { id: 'loner', profile: { overall: 50, domains: {} }, groups: [] },
    ]);
    expect([...positions.get('N5')!.keys()]).toEqual(['REGION:North', 'NATIONAL']);
    expect(positions.get('N5')!.get('REGION:North')!.overall.percentileRank).toEqual({ withheld: false, count: 5, percentileRank: 90 });
    expect(positions.get('loner')!.size).toBe(0);
    expect(peerPositionsOfAll([]).size).toBe(0);
  });

  it('refuses duplicate ids', () => {
    expect(() => peerPositionsOfAll([...population, { ...population[2], groups: ['NATIONAL'] }])).toThrow(RangeError);
    expect(() => peerPositionsOfAll([...population, { ...population[2], groups: ['NATIONAL'] }])).toThrow(/'N3'/);
  });

  // Scores that tie often (a few repeated values) as well as spread ones, nulls, and the odd NaN and -0, which
  // peerPosition drops and treats as 0 respectively. Domain keys include ones that sort first in Object.keys ('2',
  // '10') and one every object inherits ('constructor', a function on those without it, and dropped).
  const scoreArb = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 100 }) },
    { weight: 4, arbitrary: fc.constantFrom(0, 25, 50, 75, 100) },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -0) },
  );
  const domainsArb = fc
    .shuffledSubarray(['a', 'b', 'c', '2', '10', 'constructor'])
    .chain((keys) => fc.tuple(...keys.map(() => scoreArb)).map((scores) => Object.fromEntries(keys.map((k, i) => [k, scores[i]]))));
  const groupKeyArb = fc.constantFrom('NATIONAL', 'REGION:North', 'REGION:South', 'CATEGORY:EARLY_ADOPTERS', 'CATEGORY:LAGGARDS');
  const populationArb = fc
    .array(fc.record({ overall: scoreArb, domains: domainsArb, groups: fc.array(groupKeyArb, { minLength: 1, maxLength: 3 }) }), { maxLength: 60 })
    .map((rows) => rows.map(({ overall, domains, groups }, i): PeerGroupMember => ({ id: `ics-${i}`, profile: { overall, domains }, groups })));

  it('equals peerPosition for every member and every group it lists, on random populations', () => {
    fc.assert(
      fc.property(populationArb, (members) => {
        const positions = peerPositionsOfAll(members);
        expect(positions.size).toBe(members.length);
        for (const m of members) {
          expect([...positions.get(m.id)!.keys()]).toEqual([...new Set(m.groups)]);
          for (const key of m.groups) expect(positions.get(m.id)!.get(key)).toEqual(naive(members, m, key));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any population with a repeated id', () => {
    fc.assert(
      fc.property(
        populationArb.filter((members) => members.length > 0),
        fc.nat(),
        fc.array(groupKeyArb, { minLength: 1, maxLength: 3 }),
        (members, pick, groups) => {
          const twin: PeerGroupMember = { id: members[pick % members.length].id, profile: { overall: 1, domains: {} }, groups };
          expect(() => peerPositionsOfAll([...members, twin])).toThrow(RangeError);
        },
      ),
    );
  });

  it('places 10,000 ICSs in three groups each at once, as peerPosition would', () => {
    const regions = ['North', 'South', 'East', 'West', 'London', 'Midlands', 'Wales'];
    const big: PeerGroupMember[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `ics-${i}`,
      profile: { overall: (i * 37) % 101, domains: { a: (i * 53) % 97, b: i % 11 === 0 ? null : (i * 7) % 100 } },
      groups: ['NATIONAL', `REGION:${regions[i % regions.length]}`, `CATEGORY:${i % 5}`],
    }));
    const positions = peerPositionsOfAll(big);
    expect(positions.size).toBe(10_000);
    for (const i of [0, 1, 4_999, 7_777, 9_999])
      for (const key of big[i].groups) expect(positions.get(big[i].id)!.get(key)).toEqual(naive(big, big[i], key));
  });
});
