import { ordinal, titleOf, type DomainTitle } from './domains';

export interface PeerFigureInput {
  readonly domainKey: string;
  readonly score: number | null;
  readonly withheld: boolean;
  readonly count: number | null;
  readonly lowerQuartile: number | null;
  readonly median: number | null;
  readonly upperQuartile: number | null;
  readonly percentileRank: number | null;
}

export interface QuartileBar {
  readonly domainKey: string;
  readonly title: string;
  readonly figure: PeerFigureInput;
  /** The score bar, from 0 to the score (null when there is no score). */
  readonly scoreWidth: number | null;
  /** The lower-to-upper quartile band, and the median tick; null when withheld. */
  readonly range: { readonly x0: number; readonly x1: number } | null;
  readonly medianX: number | null;
  /** Where the score sits against the group. */
  readonly position: 'above' | 'within' | 'below' | 'unknown';
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));

/**
 * Each domain's bar on a 0–100 scale `width` units wide: the ICS's score as a bar, the group's interquartile range
 * as a band behind it and its median as a tick. Withheld figures (fewer than five ICSs, or not yet published) draw
 * the score only. Overall first, then the domains in canvas order.
 */
export function quartileBars(figures: readonly PeerFigureInput[], domains: readonly DomainTitle[], width: number): QuartileBar[] {
  const order = (key: string) => (key === 'overall' ? -1 : (domains.find((d) => d.key === key)?.number ?? 999));
  const x = (v: number) => (clamp(v) / 100) * width;
  return [...figures]
    .sort((a, b) => order(a.domainKey) - order(b.domainKey))
    .map((figure) => {
      const shown = !figure.withheld && figure.lowerQuartile !== null && figure.upperQuartile !== null && figure.median !== null;
      const score = figure.score;
      let position: QuartileBar['position'] = 'unknown';
      if (shown && score !== null) {
        position = score > (figure.upperQuartile as number) ? 'above' : score < (figure.lowerQuartile as number) ? 'below' : 'within';
      }
      return {
        domainKey: figure.domainKey,
        title: titleOf(domains, figure.domainKey),
        figure,
        scoreWidth: score === null ? null : x(score),
        range: shown ? { x0: x(figure.lowerQuartile as number), x1: x(figure.upperQuartile as number) } : null,
        medianX: shown ? x(figure.median as number) : null,
        position,
      };
    });
}

/** The bars in plain words: how many domains are above the group's upper quartile, within it and below it. */
export function peerSummary(name: string, groupName: string, bars: readonly QuartileBar[]): string {
  const domains = bars.filter((b) => b.domainKey !== 'overall');
  const overall = bars.find((b) => b.domainKey === 'overall');
  if (domains.every((b) => b.position === 'unknown')) {
    return `${name}'s figures against ${groupName} are withheld: the group has fewer than 5 ICSs, or the cycle is not yet published.`;
  }
  const count = (p: QuartileBar['position']) => domains.filter((b) => b.position === p).length;
  const parts = [
    `Against ${groupName}, ${name} is above the upper quartile in ${count('above')} of ${domains.length} domains, ` +
      `between the quartiles in ${count('within')} and below the lower quartile in ${count('below')}.`,
  ];
  if (overall?.figure.percentileRank !== null && overall?.figure.percentileRank !== undefined) {
    parts.push(`Its overall score is at the ${ordinal(overall.figure.percentileRank)} percentile.`);
  }
  const withheld = domains.filter((b) => b.position === 'unknown').length;
  if (withheld > 0) parts.push(`${withheld} ${withheld === 1 ? 'domain has' : 'domains have'} no comparison.`);
  return parts.join(' ');
}
