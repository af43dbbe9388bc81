import { ICS_TILES } from '@idt/domain';
import { tileCells, tileCounts, tileGridSize } from './tiles';

describe('tileCells', () => {
  const entries = [
    { name: 'Devon', onsCode: 'E54000037', regionName: 'South West', category: 'EARLY_MAJORITY' as const, own: true },
    { name: 'Somerset', onsCode: 'E54000038', regionName: 'South West', category: null },
    { name: null, onsCode: null, regionName: 'North West', category: 'LAGGARDS' as const },
  ];
  const cells = tileCells(entries);

  it('has one tile per ICS, in reading order', () => {
    expect(cells).toHaveLength(Object.keys(ICS_TILES).length);
    expect(cells[0].abbreviation).toBe('NENC');
    cells.slice(1).forEach((cell, i) => expect(cell.row * 100 + cell.column).toBeGreaterThan(cells[i].row * 100 + cells[i].column));
  });

  it("colours a named ICS's tile by its category, with a code and a full accessible name", () => {
    const devon = cells.find((c) => c.onsCode === 'E54000037')!;
    expect(devon).toMatchObject({ category: 'EARLY_MAJORITY', fill: '#41b6e6', code: 'EM', abbreviation: 'DEV' });
    expect(devon.label).toBe('Devon (DEV), South West: Early majority (your ICS)');
  });

  it('shows a named ICS without an overall score grey, and says why', () => {
    const somerset = cells.find((c) => c.onsCode === 'E54000038')!;
    expect(somerset).toMatchObject({ category: null, fill: '#d8dde0', code: '–' });
    expect(somerset.label).toBe('Somerset (SOM), South West: no overall score');
  });

  it('never matches an unnamed ICS to a tile: every other tile is grey and "not shared or no score"', () => {
    const grey = cells.filter((c) => c.entry === null);
    expect(grey).toHaveLength(40);
    expect(grey.every((c) => c.category === null && c.label.endsWith(': not shared or no score'))).toBe(true);
    // Named by the tile's own ICS (public reference data), whatever the unnamed entry is.
    expect(grey.find((c) => c.abbreviation === 'NENC')?.label).toBe('North East and North Cumbria (NENC): not shared or no score');
    expect(cells.filter((c) => c.category === 'LAGGARDS')).toHaveLength(0);
  });

  it('counts the tiles by category', () => {
    expect(tileCounts(cells)).toEqual({
      byCategory: { INNOVATORS: 0, EARLY_ADOPTERS: 0, EARLY_MAJORITY: 1, LATE_MAJORITY: 0, LAGGARDS: 0 },
      grey: 41,
    });
  });

  it('sizes the grid from the tiles', () => {
    expect(tileGridSize(cells)).toEqual({ columns: 8, rows: 9 });
  });
});
