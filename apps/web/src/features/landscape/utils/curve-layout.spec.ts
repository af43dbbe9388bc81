import { ADOPTER_CATEGORIES, type AdopterCategory } from '@idt/maturity';
import { bellCurvePoints, categoryBands, curveHeightAt, layoutDots, normalDensity, tallestStack } from './curve-layout';

describe('categoryBands', () => {
  const bands = categoryBands(0, 1000);

  it("lays the five categories left to right in Rogers' proportions", () => {
    expect(bands.map((b) => b.category)).toEqual([...ADOPTER_CATEGORIES]);
    expect(bands.map((b) => Math.round((b.x1 - b.x0) * 10) / 10)).toEqual([25, 135, 340, 340, 160]);
    expect(bands[0].x0).toBe(0);
    expect(bands[4].x1).toBe(1000);
    bands.slice(1).forEach((band, i) => expect(band.x0).toBeCloseTo(bands[i].x1, 9));
  });

  it('works from any left edge', () => {
    const shifted = categoryBands(20, 940);
    expect(shifted[0].x0).toBe(20);
    expect(shifted[4].x1).toBe(940);
    expect(shifted[2].x1).toBeCloseTo(20 + 920 * 0.5, 9);
  });
});

describe('bellCurvePoints', () => {
  const bands = categoryBands(0, 1000);
  const points = bellCurvePoints(bands, { baseline: 300, height: 200, samples: 100 });

  it('runs left to right, including every band edge once', () => {
    points.slice(1).forEach(([x], i) => expect(x).toBeGreaterThan(points[i][0]));
    expect(points[0][0]).toBe(0);
    expect(points[points.length - 1][0]).toBe(1000);
    expect(points.some(([x]) => x === 25)).toBe(true);
    expect(points).toHaveLength(102);
  });

  it('peaks at full height on the boundary between the early and late majority, and is symmetric', () => {
    const peak = points.reduce((best, p) => (p[1] < best[1] ? p : best));
    expect(peak[0]).toBeCloseTo(bands[2].x1, 9);
    expect(peak[1]).toBeCloseTo(100, 9);
    expect(curveHeightAt(bands, 160, 200)).toBeCloseTo(curveHeightAt(bands, 840, 200), 9);
    // ±2.5 standard deviations across the axis: 1.7 σ at the edge of the early majority.
    expect(curveHeightAt(bands, 160, 200)).toBeCloseTo((200 * normalDensity(1.7)) / normalDensity(0), 9);
  });

  it('rises to the peak and falls after it, low in the tails', () => {
    const heights = points.map(([, y]) => 300 - y);
    const top = heights.indexOf(Math.max(...heights));
    heights.slice(1, top + 1).forEach((h, i) => expect(h).toBeGreaterThan(heights[i]));
    heights.slice(top + 1).forEach((h, i) => expect(h).toBeLessThan(heights[top + i]));
    expect(heights[0]).toBeLessThan(10);
    expect(heights[heights.length - 1]).toBeLessThan(10);
    expect(curveHeightAt(bands, -5, 200)).toBe(0);
  });
});

describe('layoutDots', () => {
  const bands = categoryBands(20, 940);
  const spacing = 18;
  const baseline = 300;
  const make = (counts: Partial<Record<AdopterCategory, number>>) => {
    let rank = 0;
    return ADOPTER_CATEGORIES.flatMap((category) =>
      Array.from({ length: counts[category] ?? 0 }, () => {
        rank += 1;
        return { id: `ics-${rank}`, category, rank, overallScore: 100 - rank };
      }),
    );
  };
  const noOverlaps = (dots: { x: number; y: number }[]) => {
    for (let i = 0; i < dots.length; i++) {
      for (let j = i + 1; j < dots.length; j++) {
        expect(Math.hypot(dots[i].x - dots[j].x, dots[i].y - dots[j].y)).toBeGreaterThanOrEqual(spacing - 1e-9);
      }
    }
  };

  it("puts each dot in its category's band, best rank to the left, with no overlaps (seed 003's 6/16/12/8)", () => {
    const items = make({ EARLY_ADOPTERS: 6, EARLY_MAJORITY: 16, LATE_MAJORITY: 12, LAGGARDS: 8 });
    const dots = layoutDots(items, bands, { baseline, spacing });
    expect(dots).toHaveLength(42);
    for (const dot of dots) {
      const band = bands.find((b) => b.category === dot.category)!;
      expect(dot.x).toBeGreaterThanOrEqual(band.x0);
      expect(dot.x).toBeLessThanOrEqual(band.x1);
      expect(dot.y).toBeLessThan(baseline);
    }
    const earlyMajority = dots.filter((d) => d.category === 'EARLY_MAJORITY');
    expect(earlyMajority.map((d) => d.item.rank)).toEqual([...earlyMajority.map((d) => d.item.rank)].sort((a, b) => a - b));
    expect(earlyMajority[0].x).toBeLessThan(earlyMajority[1].x);
    noOverlaps(dots);
  });

  it('stacks dots upwards when a band is full, still without overlaps', () => {
    const items = make({ INNOVATORS: 4, EARLY_ADOPTERS: 20, EARLY_MAJORITY: 18 });
    const dots = layoutDots(items, bands, { baseline, spacing });
    const innovators = dots.filter((d) => d.category === 'INNOVATORS');
    expect(new Set(innovators.map((d) => d.x)).size).toBe(1);
    expect(innovators.map((d) => d.y)).toEqual([291, 273, 255, 237]);
    expect(tallestStack(dots, baseline, spacing)).toBe(4);
    noOverlaps(dots);
  });

  it('orders ties by score and then as given, and leaves out ICSs without a category', () => {
    const items = [
      { id: 'b', category: 'EARLY_MAJORITY' as const, rank: 3, overallScore: 50 },
      { id: 'a', category: 'EARLY_MAJORITY' as const, rank: 3, overallScore: 50 },
      { id: 'c', category: 'EARLY_MAJORITY' as const, rank: 2, overallScore: 51 },
      { id: 'none', category: null, rank: null, overallScore: null },
    ];
    const dots = layoutDots(items, bands, { baseline, spacing });
    expect(dots.map((d) => d.item.id)).toEqual(['c', 'b', 'a']);
  });
});
