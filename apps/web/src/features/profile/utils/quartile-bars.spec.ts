import { peerSummary, quartileBars } from './quartile-bars';

const domains = [
  { key: 'local-needs', number: 1, title: 'Local needs' },
  { key: 'co-design', number: 2, title: 'Co-design' },
  { key: 'access', number: 3, title: 'Access' },
];
const figure = (domainKey: string, score: number | null, lq: number | null, median: number | null, uq: number | null, withheld = false, percentileRank: number | null = 50) => ({
  domainKey,
  score,
  withheld,
  count: withheld ? null : 42,
  lowerQuartile: lq,
  median,
  upperQuartile: uq,
  percentileRank,
});

describe('quartileBars', () => {
  const bars = quartileBars(
    [
      figure('co-design', 75, 33.3, 54.2, 66.7),
      figure('overall', 82.6, 41, 59.7, 68.7, false, 89.29),
      figure('local-needs', 40, 35.4, 62.5, 75),
      figure('access', 20, 30, 40, 50),
    ],
    domains,
    500,
  );

  it('puts overall first, then the domains in canvas order, with titles', () => {
    expect(bars.map((b) => b.title)).toEqual(['Overall', 'Local needs', 'Co-design', 'Access']);
  });

  it('scales the score bar, the quartile band and the median tick to the width', () => {
    expect(bars[2]).toMatchObject({ scoreWidth: 375, medianX: 271, position: 'above' });
    expect(bars[2].range!.x0).toBeCloseTo(166.5, 9);
    expect(bars[2].range!.x1).toBeCloseTo(333.5, 9);
    expect(bars[1].position).toBe('within');
    expect(bars[3].position).toBe('below');
  });

  it('draws only the score for a withheld figure', () => {
    const [withheld] = quartileBars([figure('access', 60, null, null, null, true, null)], domains, 100);
    expect(withheld).toMatchObject({ scoreWidth: 60, range: null, medianX: null, position: 'unknown' });
  });

  it('clamps to the scale and leaves a missing score undrawn', () => {
    const [odd] = quartileBars([figure('access', null, -5, 50, 120)], domains, 100);
    expect(odd).toMatchObject({ scoreWidth: null, range: { x0: 0, x1: 100 }, position: 'unknown' });
  });

  it('says where the ICS sits in words', () => {
    expect(peerSummary('Devon', 'All ICSs', bars)).toBe(
      'Against All ICSs, Devon is above the upper quartile in 1 of 3 domains, between the quartiles in 1 and below the lower quartile in 1. Its overall score is at the 89th percentile.',
    );
    const withheld = quartileBars([figure('overall', 60, null, null, null, true, null), figure('access', 60, null, null, null, true, null)], domains, 100);
    expect(peerSummary('Devon', 'South West', withheld)).toMatch(/^Devon's figures against South West are withheld/);
  });
});
