import { useId, type RefObject } from 'react';
import { cellShade, movementDirection, type MovementGrid } from '../utils/movement';
import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, CATEGORY_STYLES } from '../utils/styles';
import { icsCount } from '../../../lib/format';

const CELL = 84;
const LEFT = 170;
const TOP = 90;
/** Where the rows' label (turned to run upwards) sits: clear of the left edge and of the row names. */
const SIDE_LABEL_X = 20;

/**
 * The from → to matrix drawn as a grid: rows are the category in the first cycle, columns the category in the
 * second; each cell is shaded by how many ICSs made that move and shows the number. The diagonal (stayed) is
 * outlined; cells above it moved down, below it moved up.
 */
export function MovementChart({
  grid,
  fromName,
  toName,
  svgRef,
}: {
  grid: MovementGrid;
  fromName: string;
  toName: string;
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const titleId = useId();
  const size = ADOPTER_CATEGORIES.length * CELL;
  const width = LEFT + size + 10;
  const height = TOP + size + 10;
  return (
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={titleId} data-testid="movement-chart" fontSize="14" style={{ maxWidth: 640 }}>
      <title id={titleId}>{`Movement between adopter categories from ${fromName} (rows) to ${toName} (columns)`}</title>
      <g aria-hidden="true">
        <text x={LEFT + size / 2} y="40" textAnchor="middle" fontWeight="600" fill="#212b32">
          {`In ${toName}`}
        </text>
        {ADOPTER_CATEGORIES.map((c, j) => (
          <text key={c} x={LEFT + j * CELL + CELL / 2} y={TOP - 12} textAnchor="middle" fill="#212b32">
            {CATEGORY_STYLES[c].code}
          </text>
        ))}
        {/* The rows' label runs up the left edge, beside the row names, so a long cycle name is never cut off. */}
        <text
          x={SIDE_LABEL_X}
          y={TOP + size / 2}
          transform={`rotate(-90 ${SIDE_LABEL_X} ${TOP + size / 2})`}
          textAnchor="middle"
          fontWeight="600"
          fill="#212b32"
          data-testid="movement-side-label"
        >
          {`In ${fromName}`}
        </text>
        {ADOPTER_CATEGORIES.map((c, i) => (
          <text key={c} x={LEFT - 10} y={TOP + i * CELL + CELL / 2 + 5} textAnchor="end" fill="#212b32">
            {CATEGORY_STYLES[c].short}
          </text>
        ))}
      </g>
      {ADOPTER_CATEGORIES.map((from, i) =>
        ADOPTER_CATEGORIES.map((to, j) => {
          const count = grid.counts[i][j];
          const shade = cellShade(count, grid.max);
          const direction = movementDirection(from, to);
          const words = direction === 'same' ? 'stayed' : `moved ${direction}`;
          return (
            <g
              key={`${from}-${to}`}
              role="img"
              aria-label={`${ADOPTER_CATEGORY_LABELS[from]} to ${ADOPTER_CATEGORY_LABELS[to]}: ${icsCount(count)} (${words})`}
              transform={`translate(${LEFT + j * CELL},${TOP + i * CELL})`}
            >
              <rect width={CELL} height={CELL} fill={shade.fill} stroke={i === j ? '#212b32' : '#d8dde0'} strokeWidth={i === j ? 2 : 1} />
              <text x={CELL / 2} y={CELL / 2 + 7} textAnchor="middle" fontSize="20" fontWeight="600" fill={shade.text}>
                {count}
              </text>
            </g>
          );
        }),
      )}
    </svg>
  );
}

/** The matrix as a table, with row and column totals. */
export function MovementTable({ grid, fromName, toName }: { grid: MovementGrid; fromName: string; toName: string }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={`Movement from ${fromName} to ${toName}`} tabIndex={0}>
      <table className="nhsuk-table" data-testid="movement-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">
          {`Rows: category in ${fromName}. Columns: category in ${toName}.`}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <td className="nhsuk-table__header" />
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
          {ADOPTER_CATEGORIES.map((from, i) => (
            <tr key={from} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__cell">
                {ADOPTER_CATEGORY_LABELS[from]}
              </th>
              {ADOPTER_CATEGORIES.map((to, j) => (
                <td key={to} className={`nhsuk-table__cell nhsuk-table__cell--numeric${i === j ? ' app-diagonal' : ''}`}>
                  {grid.counts[i][j]}
                </td>
              ))}
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{grid.rowTotals[i]}</td>
            </tr>
          ))}
          <tr className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__cell">
              Total
            </th>
            {grid.columnTotals.map((n, j) => (
              <td key={ADOPTER_CATEGORIES[j]} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                {n}
              </td>
            ))}
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{grid.total}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
