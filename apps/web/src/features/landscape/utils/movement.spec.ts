import { cellShade, contrastRatio, filterMoves, isReversed, moveBreakdown, moveGroups, movementCsvRows, movementDirection, movementGrid, movementSummary, scoreChange } from './movement';

describe('movementGrid', () => {
  const grid = movementGrid([
    { from: 'INNOVATORS', to: 'EARLY_ADOPTERS', count: 2 },
    { from: 'EARLY_MAJORITY', to: 'EARLY_MAJORITY', count: 12 },
    { from: 'LAGGARDS', to: 'LATE_MAJORITY', count: 1 },
  ]);

  it('fills a 5 × 5 matrix, zeros where the API sent no cell', () => {
    expect(grid.counts).toEqual([
      [0, 2, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 12, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
    ]);
  });

  it('totals rows, columns and the whole', () => {
    expect(grid.rowTotals).toEqual([2, 0, 12, 0, 1]);
    expect(grid.columnTotals).toEqual([0, 2, 12, 1, 0]);
    expect(grid.total).toBe(15);
    expect(grid.max).toBe(12);
  });

  it('writes every pair as a CSV row with its direction', () => {
    const rows = movementCsvRows(grid);
    expect(rows).toHaveLength(25);
    expect(rows[1]).toEqual(['Innovators / pioneers', 'Early adopters', 'down', 2]);
    expect(rows[23]).toEqual(['Laggards / latecomers', 'Late majority', 'up', 1]);
  });
});

describe('movementDirection', () => {
  it('calls a move towards the innovators "up"', () => {
    expect(movementDirection('LAGGARDS', 'LATE_MAJORITY')).toBe('up');
    expect(movementDirection('EARLY_ADOPTERS', 'EARLY_MAJORITY')).toBe('down');
    expect(movementDirection('EARLY_MAJORITY', 'EARLY_MAJORITY')).toBe('same');
  });
});

describe('cellShade', () => {
  it('is white for nothing and darkest, with white text, for the largest count', () => {
    expect(cellShade(0, 12)).toEqual({ fill: '#ffffff', text: '#4c6272' });
    expect(cellShade(12, 12)).toEqual({ fill: '#003087', text: '#ffffff' });
    expect(cellShade(1, 12).text).toBe('#212b32');
  });

  it('keeps the number readable (4.5:1) at every count', () => {
    for (let n = 1; n <= 12; n++) {
      const { fill, text } = cellShade(n, 12);
      expect(contrastRatio(fill, text)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });
});

describe('movementSummary', () => {
  it('says how many moved up, down and stayed', () => {
    expect(movementSummary({ fromName: '2021', toName: '2023', movedUp: 4, movedDown: 5, stayed: 33 })).toBe(
      'Of 42 ICSs placed in both 2021 and 2023, 4 moved up a category or more, 5 moved down and 33 stayed in the same category.',
    );
    expect(movementSummary({ fromName: '2021', toName: '2026', movedUp: 0, movedDown: 0, stayed: 0 })).toMatch(/^There is no movement/);
  });
});

describe('which ICSs moved', () => {
  const move = (name: string | null, regionName: string | null, cohortNames: string[], direction: string) => ({
    systemId: name,
    name,
    regionName,
    cohortNames,
    fromScore: name ? 40 : null,
    toScore: name ? 45.5 : null,
    from: 'EARLY_MAJORITY' as const,
    to: 'EARLY_MAJORITY' as const,
    direction,
  });
  const named = [move('Devon', 'South West', ['Pioneers'], 'UP'), move('Dorset', 'South West', [], 'SAME'), move('Kent', 'South East', ['Pioneers'], 'DOWN')];
  const unnamed = (n: number) => Array.from({ length: n }, (_, i) => move(null, null, [], i % 2 === 0 ? 'UP' : 'SAME'));

  it('knows a "from" cycle that comes after the "to" cycle (cycles newest first)', () => {
    const cycles = [{ id: '2023' }, { id: '2022' }, { id: '2021' }];
    expect(isReversed(cycles, '2023', '2021')).toBe(true);
    expect(isReversed(cycles, '2021', '2023')).toBe(false);
    expect(isReversed(cycles, '2022', '2022')).toBe(false);
    expect(isReversed(cycles, null, '2021')).toBe(false);
  });

  it('filters by region and by cohort; an ICS unnamed to the viewer is in none', () => {
    const moves = [...named, ...unnamed(2)];
    expect(filterMoves(moves, { region: '', cohort: '' })).toHaveLength(5);
    expect(filterMoves(moves, { region: 'South West', cohort: '' }).map((m) => m.name)).toEqual(['Devon', 'Dorset']);
    expect(filterMoves(moves, { region: '', cohort: 'Pioneers' }).map((m) => m.name)).toEqual(['Devon', 'Kent']);
    expect(filterMoves(moves, { region: 'South West', cohort: 'Pioneers' }).map((m) => m.name)).toEqual(['Devon']);
    expect(moveGroups(moves)).toEqual({ regions: ['South East', 'South West'], cohorts: ['Pioneers'] });
  });

  it('breaks movement down by region over named ICSs, with the unnamed as one pool only from five', () => {
    expect(moveBreakdown([...named, ...unnamed(4)], 'region', 'Private')).toEqual([
      { group: 'South East', unnamed: false, up: 0, down: 1, stayed: 0 },
      { group: 'South West', unnamed: false, up: 1, down: 0, stayed: 1 },
    ]);
    expect(moveBreakdown([...named, ...unnamed(5)], 'region', 'Private').at(-1)).toEqual({ group: 'Private', unnamed: true, up: 3, down: 0, stayed: 2 });
    expect(moveBreakdown([...named, ...unnamed(5)], 'cohort', 'Private')).toEqual([{ group: 'Pioneers', unnamed: false, up: 1, down: 1, stayed: 0 }]);
  });

  it('works out the score change only when both scores are shown', () => {
    expect(scoreChange(named[0])).toBeCloseTo(5.5, 9);
    expect(scoreChange(unnamed(1)[0])).toBeNull();
  });
});
