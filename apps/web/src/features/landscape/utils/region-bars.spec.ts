import { regionBars, withUnnamedPool } from './region-bars';

describe('regionBars', () => {
  const bars = regionBars(
    [
      { regionName: 'Midlands', withheld: false, counts: [{ category: 'EARLY_ADOPTERS', count: 1 }, { category: 'EARLY_MAJORITY', count: 5 }, { category: 'LAGGARDS', count: 5 }, { category: 'INNOVATORS', count: 0 }] },
      { regionName: 'London', withheld: false, counts: [{ category: 'LATE_MAJORITY', count: 2 }, { category: 'EARLY_ADOPTERS', count: 3 }] },
      { regionName: 'North West', withheld: true, counts: [] },
    ],
    550,
  );

  it('stacks non-empty categories from the top of the curve, scaled to the largest region', () => {
    expect(bars[0].total).toBe(11);
    expect(bars[0].segments.map((s) => [s.category, s.count, s.x, s.width])).toEqual([
      ['EARLY_ADOPTERS', 1, 0, 50],
      ['EARLY_MAJORITY', 5, 50, 250],
      ['LAGGARDS', 5, 300, 250],
    ]);
    expect(bars[1].segments.map((s) => s.category)).toEqual(['EARLY_ADOPTERS', 'LATE_MAJORITY']);
    expect(bars[1].segments.reduce((s, x) => s + x.width, 0)).toBe(250);
  });

  it('draws nothing for a withheld region', () => {
    expect(bars[2]).toEqual({ regionName: 'North West', withheld: true, total: 0, segments: [] });
  });
});

describe('withUnnamedPool', () => {
  const regions = [{ regionName: 'London', withheld: false, namedOnly: true, counts: [{ category: 'EARLY_ADOPTERS' as const, count: 5 }] }];

  it('adds the unnamed ICSs as one row without a region, counted by category', () => {
    const entries = [
      { name: 'Devon', category: 'EARLY_MAJORITY' as const },
      ...Array.from({ length: 4 }, () => ({ name: null, category: 'LATE_MAJORITY' as const })),
      { name: null, category: 'INNOVATORS' as const },
      { name: null, category: null },
    ];
    const rows = withUnnamedPool(regions, entries);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      regionName: 'Region not shown: ICSs that keep their name private',
      withheld: false,
      namedOnly: false,
      counts: [
        { category: 'INNOVATORS', count: 1 },
        { category: 'EARLY_ADOPTERS', count: 0 },
        { category: 'EARLY_MAJORITY', count: 0 },
        { category: 'LATE_MAJORITY', count: 4 },
        { category: 'LAGGARDS', count: 0 },
      ],
    });
  });

  it('adds nothing when every ICS shown is named', () => {
    expect(withUnnamedPool(regions, [{ name: 'Devon', category: 'EARLY_MAJORITY' }])).toEqual(regions);
  });
});
