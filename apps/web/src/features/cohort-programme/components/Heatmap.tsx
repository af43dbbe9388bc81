import { scaleBand } from 'd3';
import { useId, type RefObject } from 'react';
import { heatmapCell, rowStatus, type HeatmapDomain, type HeatmapMember } from '../utils/heatmap';

const LABEL = 280;
const CELL = { width: 60, height: 40 };
const TOP = 36;

/**
 * The cohort's ICSs (rows) × the canvas's domains (columns, by number; the key below names them). Each cell is
 * shaded by score, darker for higher, and shows the score, so colour is never the only cue; each has an accessible
 * name. An ICS without scores has one cell across the row saying why.
 */
export function Heatmap({
  members,
  domains,
  cycleName,
  svgRef,
}: {
  members: readonly HeatmapMember[];
  domains: readonly HeatmapDomain[];
  cycleName: string;
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const titleId = useId();
  const x = scaleBand<string>()
    .domain(domains.map((d) => d.key))
    .range([LABEL, LABEL + domains.length * CELL.width])
    .paddingInner(0.06);
  const y = scaleBand<string>()
    .domain(members.map((m) => m.systemId))
    .range([TOP, TOP + members.length * CELL.height])
    .paddingInner(0.08);
  const width = LABEL + domains.length * CELL.width + 4;
  const height = TOP + members.length * CELL.height + 8;
  const first = domains[0]?.key ?? '';
  const last = domains[domains.length - 1]?.key ?? '';

  return (
    <>
      {/* Scrolls sideways on small screens, and takes focus so that keyboard users can scroll it too. */}
      <div className="app-heatmap__scroll" role="region" aria-label="Heatmap (scrolls sideways on small screens)" tabIndex={0}>
        <svg
          ref={svgRef}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-labelledby={titleId}
          data-testid="heatmap"
          fontSize="14"
          style={{ minWidth: `${Math.round(width * 0.75)}px` }}
        >
          <title id={titleId}>{`Heatmap of the cohort's domain scores (0 to 100), ${cycleName}: each row an ICS, each column a domain`}</title>
          <g aria-hidden="true">
            {domains.map((d) => (
              <text key={d.key} x={(x(d.key) ?? 0) + x.bandwidth() / 2} y={TOP - 12} textAnchor="middle" fontWeight="600" fill="#212b32">
                {d.number}
              </text>
            ))}
          </g>
          {members.map((m) => {
            const top = y(m.systemId) ?? 0;
            const status = rowStatus(m);
            return (
              <g key={m.systemId} data-testid="heatmap-row" data-system={m.systemName}>
                <text x={LABEL - 10} y={top + y.bandwidth() / 2 + 5} textAnchor="end" fill="#212b32" aria-hidden="true">
                  {m.systemName.length > 34 ? `${m.systemName.slice(0, 32)}…` : m.systemName}
                </text>
                {status.scored ? (
                  domains.map((d) => {
                    const score = m.domainScores.find((s) => s.domainKey === d.key);
                    const cell = heatmapCell(m.systemName, d, score?.score ?? null, score?.incomplete ?? false);
                    const left = x(d.key) ?? 0;
                    return (
                      <g key={d.key} role="img" aria-label={cell.label} data-testid="heatmap-cell">
                        <rect x={left} y={top} width={x.bandwidth()} height={y.bandwidth()} fill={cell.fill} stroke="#aeb7bd" strokeWidth="1" />
                        <text x={left + x.bandwidth() / 2} y={top + y.bandwidth() / 2 + 5} textAnchor="middle" fill={cell.text} fontWeight="600">
                          {cell.shown}
                        </text>
                      </g>
                    );
                  })
                ) : (
                  <g role="img" aria-label={`${m.systemName}: ${status.reason.toLowerCase()}`} data-testid="heatmap-cell">
                    <rect
                      x={x(first) ?? LABEL}
                      y={top}
                      width={(x(last) ?? LABEL) + x.bandwidth() - (x(first) ?? LABEL)}
                      height={y.bandwidth()}
                      fill="#f0f4f5"
                      stroke="#aeb7bd"
                      strokeDasharray="4 3"
                    />
                    <text x={LABEL + 12} y={top + y.bandwidth() / 2 + 5} fill="#4c6272" fontStyle="italic">
                      {status.reason}
                    </text>
                  </g>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <HeatmapKey domains={domains} />
    </>
  );
}

function HeatmapKey({ domains }: { domains: readonly HeatmapDomain[] }) {
  const stops = [0, 25, 50, 75, 100];
  return (
    <div className="app-heatmap__key">
      <ul className="app-chart__legend" aria-label="Shading">
        {stops.map((s) => {
          const cell = heatmapCell('', { key: '', number: 0, title: '' }, s);
          return (
            <li key={s}>
              <svg viewBox="0 0 18 18" aria-hidden="true" focusable="false">
                <rect width="18" height="18" fill={cell.fill} stroke="#aeb7bd" />
              </svg>
              {s}
            </li>
          );
        })}
      </ul>
      <p className="nhsuk-body-s">
        Darker is a higher score (0 to 100); each cell shows its score. An asterisk (*) marks a domain with fewer than half
        its criteria scored. The columns are the canvas&apos;s domains:
      </p>
      <ol className="nhsuk-list nhsuk-body-s app-heatmap__domains">
        {domains.map((d) => (
          <li key={d.key}>
            {d.number}. {d.title}
          </li>
        ))}
      </ol>
    </div>
  );
}
