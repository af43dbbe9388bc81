import { scaleLinear } from 'd3';
import { useId, type RefObject } from 'react';
import { formatFigure, ordinal } from '../utils/domains';
import type { QuartileBar } from '../utils/quartile-bars';

const WIDTH = 900;
const LABEL = 330;
const PLOT = WIDTH - LABEL - 30;
const ROW = 34;
const TOP = 10;

/**
 * Horizontal bars, one per domain (overall first): the ICS's score as a bar, the group's interquartile range as a
 * band behind it and the median as a tick, on a 0–100 axis drawn by D3's scale. A withheld comparison says so.
 */
export function PeerBars({ bars, name, groupName, svgRef }: { bars: readonly QuartileBar[]; name: string; groupName: string; svgRef: RefObject<SVGSVGElement | null> }) {
  const titleId = useId();
  const x = scaleLinear().domain([0, 100]).range([0, PLOT]);
  const height = TOP + bars.length * ROW + 36;
  return (
    <>
      <ul className="app-chart__legend" aria-label="Key">
        <li>
          <svg viewBox="0 0 24 14" style={{ width: 24 }} aria-hidden="true" focusable="false">
            <rect width="24" height="14" fill="#005eb8" />
          </svg>
          {name}&apos;s score
        </li>
        <li>
          <svg viewBox="0 0 24 14" style={{ width: 24 }} aria-hidden="true" focusable="false">
            <rect width="24" height="14" fill="#aeb7bd" />
          </svg>
          Middle half of {groupName} (lower to upper quartile)
        </li>
        <li>
          <svg viewBox="0 0 24 14" style={{ width: 24 }} aria-hidden="true" focusable="false">
            <rect x="10" width="4" height="14" fill="#212b32" />
          </svg>
          Median of {groupName}
        </li>
      </ul>
      <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby={titleId} data-testid="peer-bars" fontSize="14">
        <title id={titleId}>{`${name}'s domain scores against ${groupName}: median and quartiles`}</title>
        <g aria-hidden="true" transform={`translate(${LABEL},0)`}>
          {x.ticks(5).map((t) => (
            <g key={t} transform={`translate(${x(t)},0)`}>
              <line y1={TOP} y2={height - 28} stroke="#d8dde0" />
              <text y={height - 10} textAnchor="middle" fontSize="12" fill="#4c6272">
                {t}
              </text>
            </g>
          ))}
        </g>
        {bars.map((bar, i) => {
          const y = TOP + i * ROW;
          const f = bar.figure;
          const label = f.withheld
            ? `${bar.title}: score ${formatFigure(f.score)}; comparison withheld`
            : `${bar.title}: score ${formatFigure(f.score)}; ${groupName} median ${formatFigure(f.median)}, quartiles ${formatFigure(f.lowerQuartile)} to ${formatFigure(f.upperQuartile)}${
                f.percentileRank !== null ? `; ${ordinal(f.percentileRank)} percentile` : ''
              }`;
          return (
            <g key={bar.domainKey} transform={`translate(0,${y})`} role="img" aria-label={label} data-testid="peer-bar">
              <text x={LABEL - 10} y={ROW / 2 + 4} textAnchor="end" fill="#212b32" fontWeight={bar.domainKey === 'overall' ? 600 : 400}>
                {bar.title.length > 44 ? `${bar.title.slice(0, 42)}…` : bar.title}
              </text>
              <g transform={`translate(${LABEL},0)`}>
                {bar.range ? <rect x={bar.range.x0} y={4} width={Math.max(1, bar.range.x1 - bar.range.x0)} height={ROW - 8} fill="#aeb7bd" /> : null}
                {bar.scoreWidth !== null ? <rect x={0} y={10} width={bar.scoreWidth} height={ROW - 20} fill="#005eb8" /> : null}
                {bar.medianX !== null ? <rect x={bar.medianX - 2} y={2} width={4} height={ROW - 4} fill="#212b32" /> : null}
                <text x={PLOT + 6} y={ROW / 2 + 4} fontSize="12" fill="#212b32">
                  {f.withheld ? 'withheld' : ''}
                </text>
              </g>
            </g>
          );
        })}
      </svg>
    </>
  );
}
