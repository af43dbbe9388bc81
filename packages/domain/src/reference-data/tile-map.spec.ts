import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferenceCsv } from './parse-reference-csv';
import { ICS_TILES } from './tile-map';

const { systems } = parseReferenceCsv(readFileSync(join(__dirname, '../../data/ics-2022.csv'), 'utf8'));

describe('the tile map of the 42 ICSs', () => {
  it('has exactly one tile for every ICS in the reference data', () => {
    expect(Object.keys(ICS_TILES).sort()).toEqual(systems.map((s) => s.onsCode).sort());
  });

  it("names each tile's ICS exactly as the reference data does", () => {
    expect(Object.fromEntries(Object.entries(ICS_TILES).map(([code, tile]) => [code, tile.name]))).toEqual(
      Object.fromEntries(systems.map((s) => [s.onsCode, s.name])),
    );
  });

  it('never puts two ICSs on one tile, and gives each a distinct short label', () => {
    const places = Object.values(ICS_TILES).map((t) => `${t.column},${t.row}`);
    expect(new Set(places).size).toBe(42);
    expect(new Set(Object.values(ICS_TILES).map((t) => t.abbreviation)).size).toBe(42);
  });

  it('keeps each region in one connected patch of tiles (neighbours share an edge)', () => {
    const regionOf = new Map(systems.map((s) => [s.onsCode, s.regionOdsCode]));
    const byRegion = new Map<string, { column: number; row: number }[]>();
    for (const [code, tile] of Object.entries(ICS_TILES)) {
      const region = regionOf.get(code) as string;
      byRegion.set(region, [...(byRegion.get(region) ?? []), tile]);
    }
    for (const tiles of byRegion.values()) {
      const seen = new Set([0]);
      const queue = [0];
      while (queue.length > 0) {
        const current = tiles[queue.shift() as number];
        tiles.forEach((t, i) => {
          if (!seen.has(i) && Math.abs(t.column - current.column) + Math.abs(t.row - current.row) === 1) {
            seen.add(i);
            queue.push(i);
          }
        });
      }
      expect(seen.size).toBe(tiles.length);
    }
  });
});
