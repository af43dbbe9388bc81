import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, categoryIndex, type AdopterCategory } from '@idt/maturity';
import { icsCount } from '../../../lib/format';

export interface MovementCellInput {
  readonly from: AdopterCategory;
  readonly to: AdopterCategory;
  readonly count: number;
}

export interface MovementGrid {
  /** counts[from][to], rows and columns in ADOPTER_CATEGORIES order. */
  readonly counts: number[][];
  readonly rowTotals: number[];
  readonly columnTotals: number[];
  readonly total: number;
  readonly max: number;
}

/** The API's non-zero from → to cells as a full 5 × 5 matrix with totals. */
export function movementGrid(cells: readonly MovementCellInput[]): MovementGrid {
  const counts = ADOPTER_CATEGORIES.map(() => ADOPTER_CATEGORIES.map(() => 0));
  for (const cell of cells) counts[categoryIndex(cell.from)][categoryIndex(cell.to)] += cell.count;
  const rowTotals = counts.map((row) => row.reduce((s, n) => s + n, 0));
  const columnTotals = ADOPTER_CATEGORIES.map((_, j) => counts.reduce((s, row) => s + row[j], 0));
  return {
    counts,
    rowTotals,
    columnTotals,
    total: rowTotals.reduce((s, n) => s + n, 0),
    max: counts.reduce((m, row) => Math.max(m, ...row), 0),
  };
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A matrix cell's shade: white for 0, then from NHS pale blue to NHS dark blue by count; the text is whichever of
 * white and NHS black reads better on it (always 4.5:1 or more).
 */
export function cellShade(count: number, max: number): { fill: string; text: string } {
  if (count === 0 || max === 0) return { fill: '#ffffff', text: '#4c6272' };
  const shadeAt = (t: number) => {
    const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
    return `#${[mix(232, 0), mix(241, 48), mix(248, 135)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  const readable = (fill: string) => {
    const [white, black] = [contrastRatio(fill, '#ffffff'), contrastRatio(fill, '#212b32')];
    return { text: white >= black ? '#ffffff' : '#212b32', ratio: Math.max(white, black) };
  };
  // Mid-blues read poorly with either text colour: go a little darker until white reads well.
  let t = 0.15 + 0.85 * (count / max);
  while (readable(shadeAt(t)).ratio < 4.5 && t < 1) t = Math.min(1, t + 0.02);
  const fill = shadeAt(t);
  return { fill, text: readable(fill).text };
}

/** "Moved up" is towards the innovators' end of the curve. */
export function movementDirection(from: AdopterCategory, to: AdopterCategory): 'up' | 'down' | 'same' {
  const diff = categoryIndex(to) - categoryIndex(from);
  return diff < 0 ? 'up' : diff > 0 ? 'down' : 'same';
}

export function movementSummary(movement: {
  readonly fromName: string;
  readonly toName: string;
  readonly movedUp: number;
  readonly movedDown: number;
  readonly stayed: number;
}): string {
  const total = movement.movedUp + movement.movedDown + movement.stayed;
  if (total === 0) return `There is no movement to show between ${movement.fromName} and ${movement.toName} that you can see.`;
  return (
    `Of ${icsCount(total)} placed in both ${movement.fromName} and ${movement.toName}, ` +
    `${movement.movedUp} moved up a category or more, ${movement.movedDown} moved down and ${movement.stayed} stayed in the same category.`
  );
}

/** The matrix as CSV rows: one row per from → to pair with a count. */
export function movementCsvRows(grid: MovementGrid): (string | number)[][] {
  return ADOPTER_CATEGORIES.flatMap((from, i) =>
    ADOPTER_CATEGORIES.map((to, j) => [ADOPTER_CATEGORY_LABELS[from], ADOPTER_CATEGORY_LABELS[to], movementDirection(from, to), grid.counts[i][j]]),
  );
}

/** One ICS's move as the API gives it: unnamed to this person, it has no name, region, cohorts or scores. */
export interface SystemMove {
  readonly systemId: string | null;
  readonly name: string | null;
  readonly regionName: string | null;
  readonly cohortNames: readonly string[];
  readonly fromScore: number | null;
  readonly toScore: number | null;
  readonly from: AdopterCategory;
  readonly to: AdopterCategory;
  readonly direction: string;
}

/** Said where a region is not shown (an ICS that keeps its name private). */
export const REGION_NOT_SHOWN = 'Not shown';

/** An unnamed pool is shown in a breakdown only when it has at least this many ICSs, so none can be picked out. */
export const UNNAMED_POOL_MINIMUM = 5;

/** True when the "from" cycle comes after the "to" cycle. `cycles` come newest first, as the API lists them. */
export function isReversed(cycles: readonly { id: string }[], fromCycleId: string | null, toCycleId: string | null): boolean {
  if (!fromCycleId || !toCycleId) return false;
  const from = cycles.findIndex((c) => c.id === fromCycleId);
  const to = cycles.findIndex((c) => c.id === toCycleId);
  return from >= 0 && to >= 0 && from < to;
}

/** The moves to list, narrowed to a region and a cohort ('' for all): an unnamed ICS is in no region or cohort shown. */
export function filterMoves<T extends SystemMove>(moves: readonly T[], { region, cohort }: { region: string; cohort: string }): T[] {
  return moves.filter((m) => (region === '' || m.regionName === region) && (cohort === '' || m.cohortNames.includes(cohort)));
}

/** The regions and cohorts named among the moves, A to Z, for the filters. */
export function moveGroups(moves: readonly SystemMove[]): { regions: string[]; cohorts: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-GB'));
  return {
    regions: sorted(moves.flatMap((m) => (m.regionName ? [m.regionName] : []))),
    cohorts: sorted(moves.flatMap((m) => m.cohortNames)),
  };
}

export interface MoveBreakdownRow {
  readonly group: string;
  /** True for the pool of ICSs that keep their name private. */
  readonly unnamed: boolean;
  readonly up: number;
  readonly down: number;
  readonly stayed: number;
}

/**
 * How many moved up, down or stayed in each region (or cohort), counted over the ICSs seen by name only. The ones
 * that keep their name private form one pool with no region, shown only when there are at least five of them.
 */
export function moveBreakdown(moves: readonly SystemMove[], by: 'region' | 'cohort', unnamedLabel: string): MoveBreakdownRow[] {
  const rows = new Map<string, { up: number; down: number; stayed: number }>();
  const add = (group: string, direction: string) => {
    const row = rows.get(group) ?? { up: 0, down: 0, stayed: 0 };
    if (direction === 'UP') row.up += 1;
    else if (direction === 'DOWN') row.down += 1;
    else row.stayed += 1;
    rows.set(group, row);
  };
  for (const m of moves) {
    if (m.name === null) continue;
    if (by === 'region') add(m.regionName ?? REGION_NOT_SHOWN, m.direction);
    else for (const cohort of m.cohortNames) add(cohort, m.direction);
  }
  const named = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([group, counts]) => ({ group, unnamed: false, ...counts }));
  const unnamed = moves.filter((m) => m.name === null);
  if (by === 'cohort' || unnamed.length < UNNAMED_POOL_MINIMUM) return named;
  const up = unnamed.filter((m) => m.direction === 'UP').length;
  const down = unnamed.filter((m) => m.direction === 'DOWN').length;
  return [...named, { group: unnamedLabel, unnamed: true, up, down, stayed: unnamed.length - up - down }];
}

/** The change in overall score, or null when either is not shown. */
export const scoreChange = (m: Pick<SystemMove, 'fromScore' | 'toScore'>): number | null =>
  m.fromScore === null || m.toScore === null ? null : m.toScore - m.fromScore;
