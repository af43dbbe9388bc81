import { useId, type RefObject } from 'react';
import { ScrollRegion } from '../../../components/ScrollRegion';
import type { LandscapeEntry } from '../api/get-landscape';
import type { TileCell } from '../utils/tiles';
import { tileGridSize } from '../utils/tiles';
import { CategoryLegend } from './CategoryLegend';

const TILE = { width: 72, height: 52, gap: 6 };
/** Big enough for a phone: drawn at least 504 px wide (landscape.css), the labels are at least 12 px. */
const FONT = { abbreviation: 16, code: 15 };

/**
 * England's 42 ICSs as equal tiles (ICS_TILES), each coloured by its adopter category and labelled with its
 * abbreviation and the category's code. Tiles without a visible entry are grey.
 */
export function TileMap({ cells, svgRef }: { cells: readonly TileCell<LandscapeEntry>[]; svgRef: RefObject<SVGSVGElement | null> }) {
  const titleId = useId();
  const { columns, rows } = tileGridSize(cells);
  const width = columns * (TILE.width + TILE.gap);
  const height = rows * (TILE.height + TILE.gap);
  return (
    <>
      <CategoryLegend withNone />
      <ScrollRegion label="The map, which scrolls sideways">
        <div className="app-tile-map">
          <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} role="group" aria-labelledby={titleId} data-testid="tile-map">
            <title id={titleId}>Tile map of England&apos;s ICSs, coloured by adopter category</title>
            {cells.map((cell) => {
              const own = cell.entry?.own ?? false;
              return (
                <g
                  key={cell.onsCode}
                  role="img"
                  aria-label={cell.label}
                  transform={`translate(${cell.column * (TILE.width + TILE.gap)},${cell.row * (TILE.height + TILE.gap)})`}
                  data-testid="map-tile"
                  data-category={cell.category ?? 'none'}
                >
                  <rect
                    width={TILE.width}
                    height={TILE.height}
                    rx="3"
                    fill={cell.fill}
                    stroke={own ? '#212b32' : '#ffffff'}
                    strokeWidth={own ? 4 : 1}
                  />
                  <text x={TILE.width / 2} y="22" textAnchor="middle" fontSize={FONT.abbreviation} fontWeight="600" fill={cell.text}>
                    {cell.abbreviation}
                  </text>
                  <text x={TILE.width / 2} y="42" textAnchor="middle" fontSize={FONT.code} fill={cell.text}>
                    {cell.code}
                  </text>
                </g>
              );
            })}
          </svg>
        </div>
      </ScrollRegion>
      <details className="nhsuk-details" data-testid="tile-key">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">What the abbreviations on the map stand for</span>
        </summary>
        <div className="nhsuk-details__text">
          <dl className="app-tile-key">
            {[...cells]
              .sort((a, b) => a.abbreviation.localeCompare(b.abbreviation))
              .map((cell) => (
                <div key={cell.onsCode} className="app-tile-key__row">
                  <dt>{cell.abbreviation}</dt>
                  <dd>{cell.name}</dd>
                </div>
              ))}
          </dl>
        </div>
      </details>
    </>
  );
}
