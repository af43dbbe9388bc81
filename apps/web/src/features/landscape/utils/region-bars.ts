import { ADOPTER_CATEGORIES, type AdopterCategory } from '@idt/maturity';
import { UNNAMED_POOL_ROW } from './styles';

export interface RegionBarSegment {
  readonly category: AdopterCategory;
  readonly count: number;
  readonly x: number;
  readonly width: number;
}

export interface RegionBar {
  readonly regionName: string;
  readonly withheld: boolean;
  readonly total: number;
  readonly segments: readonly RegionBarSegment[];
}

/**
 * One horizontal stacked bar per region: a segment per category with ICSs in it, top of the curve first, on a scale
 * where `width` units are the largest region's total. A withheld region has no segments.
 */
export function regionBars(
  regions: readonly { regionName: string; withheld: boolean; counts: readonly { category: AdopterCategory; count: number }[] }[],
  width: number,
): RegionBar[] {
  const totals = regions.map((r) => r.counts.reduce((s, c) => s + c.count, 0));
  const max = Math.max(1, ...totals);
  return regions.map((region, index) => {
    let x = 0;
    const segments = region.withheld
      ? []
      : ADOPTER_CATEGORIES.flatMap((category) => {
          const count = region.counts.find((c) => c.category === category)?.count ?? 0;
          if (count === 0) return [];
          const segmentWidth = (width * count) / max;
          const segment = { category, count, x, width: segmentWidth };
          x += segmentWidth;
          return [segment];
        });
    return { regionName: region.regionName, withheld: region.withheld, total: region.withheld ? 0 : totals[index], segments };
  });
}

/**
 * The regions' counts, and the ICSs shown without a name as one more row of their own, "Region not shown": they carry
 * no region (it would pick them out), and the API shows them only in a pool of at least five.
 */
export function withUnnamedPool<R extends { regionName: string; withheld: boolean; counts: readonly { category: AdopterCategory; count: number }[] }>(
  regions: readonly R[],
  entries: readonly { name: string | null; category: AdopterCategory | null }[],
): (R | { regionName: string; withheld: false; namedOnly: false; counts: { category: AdopterCategory; count: number }[] })[] {
  const unnamed = entries.filter((e) => e.name === null);
  if (unnamed.length === 0) return [...regions];
  const counts = ADOPTER_CATEGORIES.map((category) => ({ category, count: unnamed.filter((e) => e.category === category).length }));
  return [...regions, { regionName: UNNAMED_POOL_ROW, withheld: false, namedOnly: false, counts }];
}
