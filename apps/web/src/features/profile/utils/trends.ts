import { formatDelta, formatFigure, titleOf, type DomainTitle } from './domains';

export interface TrendCycleInput {
  readonly cycle: { readonly name: string };
  readonly overallScore: number | null;
  readonly domainScores: readonly { readonly domainKey: string; readonly score: number | null }[];
  readonly progress: readonly { readonly domainKey: string; readonly delta: number | null }[];
  readonly peers: readonly { readonly group: string; readonly figures: readonly { readonly domainKey: string; readonly median: number | null }[] }[];
}

export interface TrendPoint {
  readonly index: number;
  readonly cycleName: string;
  readonly value: number;
}

export interface TrendSeries {
  readonly key: string;
  readonly label: string;
  /** Only the cycles with a value: a gap is left out, not drawn as zero. */
  readonly points: readonly TrendPoint[];
}

const scoreOf = (cycle: TrendCycleInput, key: string): number | null =>
  key === 'overall' ? cycle.overallScore : (cycle.domainScores.find((d) => d.domainKey === key)?.score ?? null);

const medianOf = (cycle: TrendCycleInput, key: string): number | null =>
  cycle.peers.find((p) => p.group === 'NATIONAL')?.figures.find((f) => f.domainKey === key)?.median ?? null;

/**
 * The line chart's series over the cycles (oldest first): the ICS's score for one domain key ("overall" or a
 * domain) and, beside it, the national median for the same key (withheld medians are gaps).
 */
export function trendSeries(cycles: readonly TrendCycleInput[], key: string, domains: readonly DomainTitle[], name: string): TrendSeries[] {
  const points = (value: (c: TrendCycleInput) => number | null) =>
    cycles.flatMap((cycle, index) => {
      const v = value(cycle);
      return v === null ? [] : [{ index, cycleName: cycle.cycle.name, value: v }];
    });
  const what = key === 'overall' ? 'overall score' : titleOf(domains, key);
  return [
    { key: 'system', label: `${name}: ${what}`, points: points((c) => scoreOf(c, key)) },
    { key: 'median', label: `National median: ${what}`, points: points((c) => medianOf(c, key)) },
  ];
}

/** The trend in words: first and last score, and the change. */
export function trendSummary(series: TrendSeries): string {
  const { points } = series;
  if (points.length === 0) return `${series.label}: no scores yet.`;
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return `${series.label}: ${formatFigure(first.value)} in ${first.cycleName}, the only cycle with a score.`;
  return `${series.label}: ${formatFigure(first.value)} in ${first.cycleName} and ${formatFigure(last.value)} in ${last.cycleName}, a change of ${formatDelta(last.value - first.value)} points.`;
}

/** Scores per cycle and the change since the previous cycle, a row per key (overall first, then the domains). */
export interface ProgressRow {
  readonly key: string;
  readonly title: string;
  readonly scores: readonly (number | null)[];
  /** deltas[i] is the change into cycle i (null for the first cycle or when a score is missing). */
  readonly deltas: readonly (number | null)[];
}

export function progressRows(cycles: readonly TrendCycleInput[], domains: readonly DomainTitle[]): ProgressRow[] {
  const keys = ['overall', ...domains.map((d) => d.key)];
  return keys.map((key) => ({
    key,
    title: titleOf(domains, key),
    scores: cycles.map((c) => scoreOf(c, key)),
    deltas: cycles.map((c, i) => (i === 0 ? null : (c.progress.find((p) => p.domainKey === key)?.delta ?? null))),
  }));
}
