import type { ChartLegendItem } from '../../../lib/chart-export';
import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, CATEGORY_STYLES, NO_CATEGORY_STYLE, REGION_STYLES } from './styles';

/** The adopter categories' colours, for a downloaded chart's legend (as CategoryLegend shows them on the page). */
export const categoryLegendItems = (withNone = false): ChartLegendItem[] => [
  ...ADOPTER_CATEGORIES.map((c) => ({ label: ADOPTER_CATEGORY_LABELS[c], colour: CATEGORY_STYLES[c].fill })),
  ...(withNone ? [{ label: NO_CATEGORY_STYLE.short, colour: NO_CATEGORY_STYLE.fill }] : []),
];

/** The regions' colours, A to Z, for the curve's legend; a hollow mark is an ICS shown without its name. */
export const regionLegendItems = (): ChartLegendItem[] => [
  ...Object.entries(REGION_STYLES)
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([label, style]) => ({ label, colour: style.colour })),
  { label: 'Hollow: ICS not named', colour: '#425563', mark: 'outline' as const },
];
