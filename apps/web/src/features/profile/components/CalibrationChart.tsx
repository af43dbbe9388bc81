import { useId, type RefObject } from 'react';
import type { CalibrationBar } from '../utils/calibration';
import { formatFigure } from '../utils/domains';

const WIDTH = 900;
const LABEL = 330;
const PLOT = WIDTH - LABEL - 30;
const ROW = 30;
const TOP = 28;

/** Self minus moderated, per domain: bars right of zero where the self-assessment was rosier, left where harsher. */
export function CalibrationChart({ bars, extent, svgRef }: { bars: readonly CalibrationBar[]; extent: number; svgRef: RefObject<SVGSVGElement | null> }) {
  const titleId = useId();
  const height = TOP + bars.length * ROW + 30;
  const mid = LABEL + PLOT / 2;
  const ticks = Array.from({ length: extent * 2 + 1 }, (_, i) => i - extent);
  return (
    <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby={titleId} data-testid="calibration-chart" fontSize="14">
      <title id={titleId}>Self-assessed level minus moderated level, per domain, in levels</title>
      <g aria-hidden="true">
        <text x={mid - 8} y="16" textAnchor="end" fill="#4c6272" fontSize="12">
          ← harsher than moderation
        </text>
        <text x={mid + 8} y="16" fill="#4c6272" fontSize="12">
          rosier than moderation →
        </text>
        {ticks.map((t) => {
          const tx = mid + (t / extent) * (PLOT / 2);
          return (
            <g key={t}>
              <line x1={tx} x2={tx} y1={TOP - 4} y2={height - 24} stroke={t === 0 ? '#212b32' : '#d8dde0'} strokeWidth={t === 0 ? 2 : 1} />
              <text x={tx} y={height - 8} textAnchor="middle" fontSize="12" fill="#4c6272">
                {t > 0 ? `+${t}` : t}
              </text>
            </g>
          );
        })}
      </g>
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        const words =
          bar.meanGap === null
            ? 'no moderated levels'
            : `${formatFigure(Math.abs(bar.meanGap))} levels ${bar.meanGap > 0 ? 'rosier' : bar.meanGap < 0 ? 'harsher' : 'no difference'}`.replace('0.0 levels no difference', 'no difference');
        return (
          <g key={bar.domainKey} transform={`translate(0,${y})`} role="img" aria-label={`${bar.title}: ${words} (${bar.count} criteria)`} data-testid="calibration-bar">
            <text x={LABEL - 10} y={ROW / 2 + 4} textAnchor="end" fill="#212b32" fontWeight={bar.domainKey === 'overall' ? 600 : 400}>
              {bar.title.length > 44 ? `${bar.title.slice(0, 42)}…` : bar.title}
            </text>
            <rect
              x={LABEL + bar.x}
              y={6}
              width={bar.width}
              height={ROW - 12}
              fill={bar.meanGap !== null && bar.meanGap < 0 ? '#ffffff' : '#7c2855'}
              stroke="#7c2855"
              strokeWidth="2"
            />
          </g>
        );
      })}
    </svg>
  );
}
