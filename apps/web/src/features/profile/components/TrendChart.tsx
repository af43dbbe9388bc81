import { line, scaleLinear, scalePoint } from 'd3';
import { useId, type RefObject } from 'react';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { formatFigure } from '../utils/domains';
import type { TrendSeries } from '../utils/trends';

const WIDTH = 760;
const HEIGHT = 320;
const M = { left: 48, right: 24, top: 16, bottom: 48 };

/**
 * A cycle's name under its point, shortened with an ellipsis to the room between points (about 7.5 units a character
 * at this size), so that a long name neither runs into the next one nor past the chart's edge. The table under the
 * chart has every name in full.
 */
function fitLabel(name: string, room: number): string {
  const characters = Math.max(4, Math.floor(room / 7.5));
  return name.length <= characters ? name : `${name.slice(0, characters - 1)}…`;
}

const STYLES: Record<string, { stroke: string; dash?: string; marker: 'circle' | 'square' }> = {
  system: { stroke: '#005eb8', marker: 'circle' },
  median: { stroke: '#425563', dash: '6 4', marker: 'square' },
};

/** Scores over the cycles (oldest left), the ICS's line solid with round points and the national median dashed. */
export function TrendChart({ cycleNames, series, svgRef }: { cycleNames: readonly string[]; series: readonly TrendSeries[]; svgRef: RefObject<SVGSVGElement | null> }) {
  const titleId = useId();
  const x = scalePoint<number>()
    .domain(cycleNames.map((_, i) => i))
    .range([M.left, WIDTH - M.right])
    .padding(0.4);
  const y = scaleLinear().domain([0, 100]).range([HEIGHT - M.bottom, M.top]);
  const path = line<{ index: number; value: number }>()
    .x((p) => x(p.index) ?? 0)
    .y((p) => y(p.value));
  return (
    <>
      <ul className="app-chart__legend" aria-label="Key">
        {series.map((s) => (
          <li key={s.key}>
            <svg viewBox="0 0 30 14" style={{ width: 30 }} aria-hidden="true" focusable="false">
              <line x1="0" x2="30" y1="7" y2="7" stroke={STYLES[s.key]?.stroke} strokeWidth="3" strokeDasharray={STYLES[s.key]?.dash} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <ScrollRegion label="The chart of scores over the cycles, which scrolls sideways">
        <div className="app-trend-chart">
          <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-labelledby={titleId} data-testid="trend-chart" fontSize="13">
            <title id={titleId}>Scores over the assessment cycles</title>
            <g aria-hidden="true">
              {y.ticks(5).map((t) => (
                <g key={t}>
                  <line x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} stroke="#d8dde0" />
                  <text x={M.left - 8} y={y(t) + 4} textAnchor="end" fill="#4c6272">
                    {t}
                  </text>
                </g>
              ))}
              {cycleNames.map((name, i) => (
                <text key={name} x={x(i)} y={HEIGHT - M.bottom + 22} textAnchor="middle" fill="#212b32">
                  {fitLabel(name, x.step())}
                </text>
              ))}
            </g>
            {series.map((s) => {
              const style = STYLES[s.key] ?? STYLES['system'];
              return (
                <g key={s.key}>
                  <path d={path([...s.points]) ?? ''} fill="none" stroke={style.stroke} strokeWidth="3" strokeDasharray={style.dash} aria-hidden="true" />
                  {s.points.map((p) => (
                    <g key={p.index} role="img" aria-label={`${s.label}, ${p.cycleName}: ${formatFigure(p.value)}`} transform={`translate(${x(p.index)},${y(p.value)})`}>
                      {style.marker === 'circle' ? <circle r="6" fill={style.stroke} stroke="#ffffff" strokeWidth="2" /> : <rect x="-5" y="-5" width="10" height="10" fill={style.stroke} stroke="#ffffff" strokeWidth="2" />}
                    </g>
                  ))}
                </g>
              );
            })}
          </svg>
        </div>
      </ScrollRegion>
    </>
  );
}
