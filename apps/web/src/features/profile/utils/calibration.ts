import { formatFigure, titleOf, type DomainTitle } from './domains';

export interface CalibrationInput {
  readonly domainKey: string;
  readonly meanGap: number | null;
  readonly count: number;
}

export interface CalibrationBar {
  readonly domainKey: string;
  readonly title: string;
  readonly meanGap: number | null;
  readonly count: number;
  /** From the zero line: x and width, in units of a plot `width` wide whose middle is zero. */
  readonly x: number;
  readonly width: number;
}

/**
 * Self-assessed level minus moderated level per domain (in maturity levels), as bars either side of a zero line: right
 * (positive) where the self-assessment was rosier than the coach's moderation, left where it was harsher. The scale
 * runs ±`extent` levels (at least 1) across `width`.
 */
export function calibrationBars(gaps: readonly CalibrationInput[], domains: readonly DomainTitle[], width: number): { bars: CalibrationBar[]; extent: number } {
  const extent = Math.max(1, ...gaps.map((g) => Math.ceil(Math.abs(g.meanGap ?? 0))));
  const mid = width / 2;
  const order = (key: string) => (key === 'overall' ? -1 : (domains.find((d) => d.key === key)?.number ?? 999));
  const bars = [...gaps]
    .sort((a, b) => order(a.domainKey) - order(b.domainKey))
    .map((g) => {
      const length = g.meanGap === null ? 0 : (Math.abs(g.meanGap) / extent) * mid;
      return {
        domainKey: g.domainKey,
        title: titleOf(domains, g.domainKey),
        meanGap: g.meanGap,
        count: g.count,
        x: g.meanGap !== null && g.meanGap < 0 ? mid - length : mid,
        width: length,
      };
    });
  return { bars, extent };
}

/** Calibration in words: overall, and the domain where the self-assessment was rosiest. */
export function calibrationSummary(name: string, cycleName: string | null, bars: readonly CalibrationBar[]): string {
  const overall = bars.find((b) => b.domainKey === 'overall');
  if (!cycleName || !overall || overall.meanGap === null) return `There is no validated assessment for ${name} yet, so there is nothing to compare.`;
  const direction =
    overall.meanGap > 0.05 ? 'rosier than' : overall.meanGap < -0.05 ? 'harsher than' : 'about the same as';
  const parts = [
    `In ${cycleName}, ${name}'s self-assessment was ${direction} its coach's moderated levels: on average ${formatFigure(Math.abs(overall.meanGap))} levels ${overall.meanGap >= 0 ? 'higher' : 'lower'} per criterion.`,
  ];
  const domains = bars.filter((b) => b.domainKey !== 'overall' && b.meanGap !== null);
  const rosiest = domains.reduce<CalibrationBar | null>((best, b) => ((b.meanGap as number) > (best?.meanGap ?? 0) ? b : best), null);
  if (rosiest) parts.push(`The biggest gap was in ${rosiest.title} (${formatFigure(rosiest.meanGap)} levels).`);
  return parts.join(' ');
}
