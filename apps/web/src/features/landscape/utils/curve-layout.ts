import { ADOPTER_CATEGORIES, ROGERS_PROPORTIONS, type AdopterCategory } from '@idt/maturity';

/**
 * The diffusion curve's geometry (seed 003 Figure 1), in SVG units. The five category bands sit left to right
 * (innovators first, as Rogers draws them) with widths in Rogers' proportions: 2.5, 13.5, 34, 34 and 16 % of the
 * axis. The bell curve is the normal curve with its mean where Rogers puts it, on the boundary between the early
 * and the late majority (half of the axis), spanning ±SPREAD standard deviations: it is there to orient the reader;
 * the dots carry the data.
 */
export interface Band {
  readonly category: AdopterCategory;
  /** Per cent of the population in Rogers' model. */
  readonly share: number;
  readonly x0: number;
  readonly x1: number;
}

/** How many standard deviations the axis spans either side of the mean. */
export const SPREAD = 2.5;

/** The standard normal density. */
export const normalDensity = (z: number): number => Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);

/** The five bands across [left, right]. */
export function categoryBands(left: number, right: number): Band[] {
  const width = right - left;
  const total = ADOPTER_CATEGORIES.reduce((sum, c) => sum + ROGERS_PROPORTIONS[c], 0);
  let x = left;
  return ADOPTER_CATEGORIES.map((category, index) => {
    const share = ROGERS_PROPORTIONS[category];
    const x0 = x;
    const x1 = index === ADOPTER_CATEGORIES.length - 1 ? right : x0 + (width * share) / total;
    x = x1;
    return { category, share, x0, x1 };
  });
}

/** The curve's height above the baseline at x (the peak is `height`); 0 outside the axis. */
export function curveHeightAt(bands: readonly Band[], x: number, height: number): number {
  const left = bands[0].x0;
  const right = bands[bands.length - 1].x1;
  if (x < left || x > right) return 0;
  const sigma = (right - left) / 2 / SPREAD;
  return (height * normalDensity((x - (left + right) / 2) / sigma)) / normalDensity(0);
}

/** Points along the bell curve, left to right: `samples` equal steps plus every band edge. */
export function bellCurvePoints(
  bands: readonly Band[],
  { baseline, height, samples = 160 }: { baseline: number; height: number; samples?: number },
): [number, number][] {
  const left = bands[0].x0;
  const right = bands[bands.length - 1].x1;
  const xs = [...Array.from({ length: samples + 1 }, (_, i) => left + ((right - left) * i) / samples), ...bands.map((b) => b.x1)];
  const unique = [...new Set(xs.map((x) => Math.round(x * 1e6) / 1e6))].sort((a, b) => a - b);
  return unique.map((x) => [x, baseline - curveHeightAt(bands, x, height)]);
}

export interface Placeable {
  readonly category: AdopterCategory | null;
  readonly rank: number | null;
  readonly overallScore: number | null;
}

export interface PlacedDot<T> {
  readonly item: T;
  readonly category: AdopterCategory;
  readonly x: number;
  readonly y: number;
  /** 0 for the best-ranked in its band. */
  readonly indexInBand: number;
}

/**
 * Each placed item as a dot in its category's band: ordered by rank (best first, from the left), spread evenly
 * across the band and stacked upwards from the baseline in rows `spacing` apart when the band has no more room. Dots
 * never overlap: centres in a row are at least `spacing` apart, rows are `spacing` apart. Items without a category
 * are left out (they have no overall score).
 */
export function layoutDots<T extends Placeable>(
  items: readonly T[],
  bands: readonly Band[],
  { baseline, spacing }: { baseline: number; spacing: number },
): PlacedDot<T>[] {
  return bands.flatMap((band) => {
    const members = items
      .map((item, order) => ({ item, order }))
      .filter(({ item }) => item.category === band.category)
      .sort(
        (a, b) =>
          (a.item.rank ?? Infinity) - (b.item.rank ?? Infinity) ||
          (b.item.overallScore ?? -Infinity) - (a.item.overallScore ?? -Infinity) ||
          a.order - b.order,
      );
    if (members.length === 0) return [];
    const width = band.x1 - band.x0;
    const columns = Math.max(1, Math.min(members.length, Math.floor(width / spacing)));
    return members.map(({ item }, index) => {
      const column = index % columns;
      const row = Math.floor(index / columns);
      // A band too narrow for one dot still centres it.
      const x = band.x0 + (width * (column + 0.5)) / columns;
      return { item, category: band.category, x, y: baseline - spacing * (row + 0.5), indexInBand: index };
    });
  });
}

/** How many rows the tallest stack of dots needs. */
export function tallestStack(dots: readonly { y: number }[], baseline: number, spacing: number): number {
  return dots.reduce((max, dot) => Math.max(max, Math.round((baseline - dot.y) / spacing + 0.5)), 0);
}
