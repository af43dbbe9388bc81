import { REGION_STYLES } from '../utils/styles';
import { regionSymbolPath } from './RegionSymbol';

/** The regions' colours and shapes, in words beside each mark. */
export function RegionLegend({ entries }: { entries: readonly { regionName: string }[] }) {
  const regions = [...new Set([...Object.keys(REGION_STYLES), ...entries.map((e) => e.regionName)])].sort((a, b) => a.localeCompare(b, 'en-GB'));
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
    </ul>
  );
}
