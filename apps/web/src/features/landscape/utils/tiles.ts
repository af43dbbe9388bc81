import { ICS_TILES } from '@idt/domain';
import { ADOPTER_CATEGORY_LABELS, CATEGORY_STYLES, NO_CATEGORY_STYLE, type AdopterCategory } from './styles';

export interface TileEntry {
  readonly name: string | null;
  readonly onsCode: string | null;
  readonly regionName: string | null;
  readonly category: AdopterCategory | null;
  readonly own?: boolean;
}

export interface TileCell<T extends TileEntry> {
  readonly onsCode: string;
  readonly column: number;
  readonly row: number;
  readonly abbreviation: string;
  /** The name of the tile's ICS (reference data): what the abbreviation stands for. */
  readonly name: string;
  /** The visible entry this tile stands for, or null (not shared, hidden or not assessed). */
  readonly entry: T | null;
  readonly category: AdopterCategory | null;
  readonly fill: string;
  readonly text: string;
  /** Shown on the tile beside the abbreviation: the category's two-letter code, or a dash. */
  readonly code: string;
  /** The tile's accessible name. */
  readonly label: string;
}

/**
 * The tile map's tiles (ICS_TILES), each coloured by the category of the visible entry with its ONS code. An unnamed
 * ICS carries no ONS code, so it cannot be matched to a tile: every tile without a visible entry is grey, and
 * described only by the tile's own ICS (public reference data) and "not shared or no score", never guessed at.
 */
export function tileCells<T extends TileEntry>(entries: readonly T[]): TileCell<T>[] {
  const byCode = new Map(entries.filter((e) => e.onsCode).map((e) => [e.onsCode as string, e]));
  return Object.entries(ICS_TILES)
    .map(([onsCode, tile]) => {
      const entry = byCode.get(onsCode) ?? null;
      const category = entry?.category ?? null;
      const style = category ? CATEGORY_STYLES[category] : NO_CATEGORY_STYLE;
      const label = !entry
        ? `${tile.name} (${tile.abbreviation}): not shared or no score`
        : `${entry.name ?? tile.name} (${tile.abbreviation}), ${entry.regionName}: ${
            category ? ADOPTER_CATEGORY_LABELS[category] : 'no overall score'
          }${entry.own ? ' (your ICS)' : ''}`;
      return { onsCode, column: tile.column, row: tile.row, abbreviation: tile.abbreviation, name: tile.name, entry, category, fill: style.fill, text: style.text, code: style.code, label };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The grid's size in tiles. */
export function tileGridSize(cells: readonly { column: number; row: number }[]): { columns: number; rows: number } {
  return {
    columns: cells.reduce((max, c) => Math.max(max, c.column + 1), 0),
    rows: cells.reduce((max, c) => Math.max(max, c.row + 1), 0),
  };
}

/** How many tiles show each category, and how many are grey. */
export function tileCounts(cells: readonly { category: AdopterCategory | null }[]): { byCategory: Record<AdopterCategory, number>; grey: number } {
  const byCategory = { INNOVATORS: 0, EARLY_ADOPTERS: 0, EARLY_MAJORITY: 0, LATE_MAJORITY: 0, LAGGARDS: 0 };
  let grey = 0;
  for (const cell of cells) {
    if (cell.category) byCategory[cell.category] += 1;
    else grey += 1;
  }
  return { byCategory, grey };
}
