import { categoryPhrase, chasmSummary, curveSummary, mapSummary, regionSummary } from './summaries';

const counts = (innovators: number, earlyAdopters: number, earlyMajority: number, lateMajority: number, laggards: number) => [
  { category: 'INNOVATORS' as const, count: innovators },
  { category: 'EARLY_ADOPTERS' as const, count: earlyAdopters },
  { category: 'EARLY_MAJORITY' as const, count: earlyMajority },
  { category: 'LATE_MAJORITY' as const, count: lateMajority },
  { category: 'LAGGARDS' as const, count: laggards },
];

describe('curveSummary', () => {
  const entries = Array.from({ length: 42 }, () => ({ category: 'EARLY_MAJORITY' as const }));

  it("says seed 003's 2021 counts in words", () => {
    expect(curveSummary({ cycleName: '2021 baseline (illustrative)', categoryCounts: counts(0, 6, 16, 12, 8), entries, published: true })).toBe(
      'Of 42 ICSs placed in 2021 baseline (illustrative), 6 are early adopters, 16 are early majority, 12 are late majority and 8 are laggards / latecomers.',
    );
  });

  it('uses "is" for one', () => {
    expect(categoryPhrase(counts(1, 0, 0, 0, 0))).toBe('1 is innovators / pioneers');
  });

  it('says when there is nothing to show', () => {
    expect(curveSummary({ cycleName: 'Baseline 2026', categoryCounts: [], entries: [], published: false })).toBe(
      'No ICS has figures you can see in Baseline 2026 yet: it is provisional until it is published.',
    );
  });

  it('describes only the visible ICSs when the counts are not shared yet', () => {
    expect(
      curveSummary({ cycleName: '2026', categoryCounts: [], entries: [{ category: 'LATE_MAJORITY' }, { category: null }], published: false }),
    ).toBe('You can see 2 ICSs in 2026 until it is published. Of 1 ICS placed, 1 is late majority.');
  });
});

describe('mapSummary', () => {
  it('counts coloured and grey tiles', () => {
    expect(mapSummary({ byCategory: { INNOVATORS: 0, EARLY_ADOPTERS: 1, EARLY_MAJORITY: 0, LATE_MAJORITY: 0, LAGGARDS: 0 }, grey: 41 }, 42)).toBe(
      'The map shows all 42 ICSs as equal tiles. 1 is coloured by category: 1 is early adopters. 41 are grey: not shared with you, or without an overall score.',
    );
  });
});

describe('regionSummary', () => {
  it('names the region with the most ICSs at the top of the curve and the withheld regions', () => {
    expect(
      regionSummary([
        { regionName: 'London', withheld: false, counts: counts(0, 1, 2, 2, 0) },
        { regionName: 'South West', withheld: false, counts: counts(1, 1, 3, 2, 0) },
        { regionName: 'Midlands', withheld: false, counts: counts(0, 0, 5, 3, 3) },
        { regionName: 'North West', withheld: true, counts: [] },
      ]),
    ).toBe(
      '2 of the 3 regions shown have innovators or early adopters; South West has the most (2). North West: withheld, as it has fewer than 5 ICSs.',
    );
  });

  it('says when there are no regional figures', () => {
    expect(regionSummary([])).toBe('There are no regional figures you can see for this cycle yet.');
  });
});

describe('chasmSummary', () => {
  it('gives the gap and the nearest ICS', () => {
    expect(
      chasmSummary({
        gap: 14.7727,
        lowestEarlyAdopterScore: 69.318,
        highestEarlyMajorityScore: 54.545,
        nearest: [{ name: 'Dorset', score: 54.545, distance: 14.7727 }],
      }),
    ).toBe(
      'The chasm is the gap between the early adopters and the early majority: the lowest-scoring early adopter has 69.3 and the highest-scoring ICS in the early majority 54.5, 14.8 points apart. Nearest to crossing it: Dorset, 14.8 points short.',
    );
  });

  it('never names an unnamed ICS', () => {
    expect(chasmSummary({ gap: 1, lowestEarlyAdopterScore: 60, highestEarlyMajorityScore: 59, nearest: [{ name: null, score: 59, distance: 1 }] })).toContain(
      'Nearest to crossing it: an ics that has not chosen to share its name, 1.0 points short.',
    );
  });

  it('says when there is no chasm', () => {
    expect(chasmSummary({ gap: null, lowestEarlyAdopterScore: null, highestEarlyMajorityScore: null, nearest: [] })).toMatch(/^There is no chasm to show/);
  });
});
