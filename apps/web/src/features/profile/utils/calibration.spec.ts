import { calibrationBars, calibrationSummary } from './calibration';

const domains = [
  { key: 'local-needs', number: 1, title: 'Local needs' },
  { key: 'co-design', number: 2, title: 'Co-design' },
];

describe('calibrationBars', () => {
  const { bars, extent } = calibrationBars(
    [
      { domainKey: 'co-design', meanGap: 1.5, count: 3 },
      { domainKey: 'overall', meanGap: 0.26, count: 34 },
      { domainKey: 'local-needs', meanGap: -0.5, count: 3 },
    ],
    domains,
    400,
  );

  it('draws positive gaps right of the middle and negative ones left, on a whole-level scale', () => {
    expect(extent).toBe(2);
    expect(bars.map((b) => b.domainKey)).toEqual(['overall', 'local-needs', 'co-design']);
    expect(bars[2]).toMatchObject({ x: 200, width: 150 });
    expect(bars[1]).toMatchObject({ x: 150, width: 50 });
  });

  it('draws nothing for a domain without a gap, and uses at least ±1 level', () => {
    const small = calibrationBars([{ domainKey: 'overall', meanGap: null, count: 0 }], domains, 100);
    expect(small.extent).toBe(1);
    expect(small.bars[0]).toMatchObject({ x: 50, width: 0 });
  });

  it('says it in words', () => {
    expect(calibrationSummary('Devon', '2023', bars)).toBe(
      "In 2023, Devon's self-assessment was rosier than its coach's moderated levels: on average 0.3 levels higher per criterion. The biggest gap was in Co-design (1.5 levels).",
    );
    expect(calibrationSummary('Devon', null, [])).toBe('There is no validated assessment for Devon yet, so there is nothing to compare.');
  });
});
