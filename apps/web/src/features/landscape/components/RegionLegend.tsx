import { REGION_NOT_SHOWN_STYLE, REGION_STYLES } from '../utils/styles';
import { regionSymbolPath } from './RegionSymbol';

/** The regions' colours and shapes, in words beside each mark. */
export function RegionLegend({ entries }: { entries: readonly { regionName: string | null }[] }) {
  const regions = [...new Set([...Object.keys(REGION_STYLES), ...entries.flatMap((e) => (e.regionName === null ? [] : [e.regionName]))])].sort((a, b) =>
    a.localeCompare(b, 'en-GB'),
  );
  const unnamed = entries.some((e) => e.regionName === null);
  return (
    <ul className="app-chart__legend" aria-label="Key: NHS England regions">
      {regions.map((regionName) => {
        const style = REGION_STYLES[regionName] ?? { colour: '#425563', shape: 'circle' as const };
        return (
          <li key={regionName}>
            <svg viewBox="-9 -9 18 18" aria-hidden="true" focusable="false">
              <path d={regionSymbolPath(style.shape, 120)} fill={style.colour} />
            </svg>
            {regionName}
          </li>
        );
      })}
      {unnamed ? (
        <li data-testid="legend-region-not-shown">
          <svg viewBox="-9 -9 18 18" aria-hidden="true" focusable="false">
            <path d={regionSymbolPath(REGION_NOT_SHOWN_STYLE.shape, 120)} fill="#ffffff" stroke={REGION_NOT_SHOWN_STYLE.colour} strokeWidth="2" />
          </svg>
          Region not shown (an ICS that keeps its name private)
        </li>
      ) : null}
    </ul>
  );
}
