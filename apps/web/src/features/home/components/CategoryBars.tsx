import { useId, type RefObject } from 'react';
import type { CategoryCount } from '../utils/words';

const WIDTH = 420;
const LABEL_WIDTH = 180;
const BAR = 24;
const GAP = 10;

/** How many ICSs sit in each adopter category, as horizontal bars, each labelled with its count. */
export function CategoryBars({
  title,
  counts,
  svgRef,
}: {
  title: string;
  counts: readonly (CategoryCount & { label: string })[];
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const titleId = useId();
  const plot = WIDTH - LABEL_WIDTH - 36;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const height = counts.length * (BAR + GAP);
  return (
    <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId} data-testid="home-category-chart" fontSize="16" className="app-home__chart">
      <title id={titleId}>{title}</title>
      {counts.map((c, i) => {
        const y = i * (BAR + GAP);
        const width = (c.count / max) * plot;
        return (
          <g key={c.category} transform={`translate(0,${y})`}>
            <text x={LABEL_WIDTH - 10} y={BAR / 2} dominantBaseline="middle" textAnchor="end" fill="#212b32">
              {c.label}
            </text>
            <rect x={LABEL_WIDTH} y={0} width={Math.max(width, 1)} height={BAR} fill="#005eb8" />
            <text x={LABEL_WIDTH + width + 8} y={BAR / 2} dominantBaseline="middle" fill="#212b32">
              {c.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
