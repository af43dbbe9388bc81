import { scaleLinear } from 'd3';
import { useId, type RefObject } from 'react';
import type { Landscape } from '../api/get-landscape';
import { regionBars } from '../utils/region-bars';
import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, CATEGORY_STYLES, NO_CATEGORY_STYLE } from '../utils/styles';
import { icsCount } from '../../../lib/format';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { CategoryLegend } from './CategoryLegend';

const WIDTH = 760;
const LABEL_WIDTH = 200;
const BAR = 28;
const GAP = 12;

/** Category counts per region as horizontal stacked bars; each segment shows its code and count. */
export function RegionChart({ regions, svgRef }: { regions: Landscape['regionCounts']; svgRef: RefObject<SVGSVGElement | null> }) {
  const titleId = useId();
  const plotWidth = WIDTH - LABEL_WIDTH - 40;
  const bars = regionBars(regions, plotWidth);
  const max = Math.max(1, ...bars.map((b) => b.total));
  const x = scaleLinear().domain([0, max]).range([0, plotWidth]);
  const ticks = x.ticks(Math.min(max, 6)).filter(Number.isInteger);
  const height = bars.length * (BAR + GAP) + 30;
  return (
    <>
      <CategoryLegend />
      <ScrollRegion label="The chart by region, which scrolls sideways">
        <div className="app-region-chart">
          <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-labelledby={titleId} data-testid="region-chart" fontSize="14">
            <title id={titleId}>ICSs in each adopter category, region by region</title>
            <g aria-hidden="true">
              {ticks.map((t) => (
                <g key={t} transform={`translate(${LABEL_WIDTH + x(t)},0)`}>
                  <line y1="0" y2={height - 24} stroke="#d8dde0" />
                  <text y={height - 8} textAnchor="middle" fill="#4c6272" fontSize="12">
                    {t}
                  </text>
                </g>
              ))}
            </g>
            {bars.map((bar, i) => {
              const y = i * (BAR + GAP) + 4;
              return (
                <g key={bar.regionName} transform={`translate(0,${y})`}>
                  <text x={LABEL_WIDTH - 8} y={BAR / 2 + 5} textAnchor="end" fill="#212b32">
                    {/* "Region not shown: ICSs that keep their name private" is too long for the label column: its first part. */}
                    {bar.regionName.split(': ')[0]}
                  </text>
                  {bar.withheld ? (
                    <g role="img" aria-label={`${bar.regionName}: withheld, fewer than 5 ICSs`}>
                      <rect x={LABEL_WIDTH} width={plotWidth} height={BAR} fill="#ffffff" stroke={NO_CATEGORY_STYLE.fill} strokeDasharray="4 3" />
                      <text x={LABEL_WIDTH + 10} y={BAR / 2 + 5} fill="#4c6272">
                        Withheld: fewer than 5 ICSs
                      </text>
                    </g>
                  ) : (
                    bar.segments.map((segment) => {
                      const style = CATEGORY_STYLES[segment.category];
                      return (
                        <g
                          key={segment.category}
                          role="img"
                          aria-label={`${bar.regionName}, ${ADOPTER_CATEGORY_LABELS[segment.category]}: ${icsCount(segment.count)}`}
                        >
                          <rect x={LABEL_WIDTH + segment.x} width={segment.width} height={BAR} fill={style.fill} stroke="#ffffff" />
                          {segment.width >= 34 ? (
                            <text x={LABEL_WIDTH + segment.x + segment.width / 2} y={BAR / 2 + 5} textAnchor="middle" fontSize="12" fontWeight="600" fill={style.text}>
                              {`${style.code} ${segment.count}`}
                            </text>
                          ) : null}
                        </g>
                      );
                    })
                  )}
                </g>
              );
            })}
          </svg>
        </div>
      </ScrollRegion>
    </>
  );
}

/** The same counts as a table: a row per region; a withheld region says so across its row. */
export function RegionTable({ regions, caption }: { regions: Landscape['regionCounts']; caption: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="nhsuk-table" data-testid="region-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Region
            </th>
            {ADOPTER_CATEGORIES.map((c) => (
              <th key={c} scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                {ADOPTER_CATEGORY_LABELS[c]}
              </th>
            ))}
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {regions.map((region) => (
            <tr key={region.regionName} className="nhsuk-table__row" data-testid="region-row" data-withheld={region.withheld ? 'true' : 'false'}>
              <th scope="row" className="nhsuk-table__cell">
                {region.regionName}
              </th>
              {region.withheld ? (
                <td className="nhsuk-table__cell" colSpan={ADOPTER_CATEGORIES.length + 1}>
                  Withheld: fewer than 5 ICSs
                </td>
              ) : (
                <>
                  {ADOPTER_CATEGORIES.map((c) => (
                    <td key={c} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                      {region.counts.find((x) => x.category === c)?.count ?? 0}
                    </td>
                  ))}
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{region.counts.reduce((s, x) => s + x.count, 0)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
