import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, type AdopterCategory } from '@idt/maturity';

export { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, type AdopterCategory };

/**
 * How each adopter category is drawn: a fill from the NHS.UK palette, a text colour that reads on it (4.5:1 or more),
 * and a two-letter code shown on tiles and bar segments so that colour is never the only signal.
 */
export interface CategoryStyle {
  readonly fill: string;
  readonly text: string;
  readonly code: string;
  readonly short: string;
}

export const CATEGORY_STYLES: Readonly<Record<AdopterCategory, CategoryStyle>> = {
  INNOVATORS: { fill: '#330072', text: '#ffffff', code: 'IN', short: 'Innovators' },
  EARLY_ADOPTERS: { fill: '#005eb8', text: '#ffffff', code: 'EA', short: 'Early adopters' },
  EARLY_MAJORITY: { fill: '#41b6e6', text: '#212b32', code: 'EM', short: 'Early majority' },
  LATE_MAJORITY: { fill: '#ffb81c', text: '#212b32', code: 'LM', short: 'Late majority' },
  LAGGARDS: { fill: '#7c2855', text: '#ffffff', code: 'LG', short: 'Laggards' },
};

/** For a tile or bar with nothing to show (not shared, not scored, or withheld). */
export const NO_CATEGORY_STYLE: CategoryStyle = { fill: '#d8dde0', text: '#212b32', code: '–', short: 'Not shared or no score' };

export type RegionShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

/**
 * NHS England's seven regions: a colour (3:1 or more against white, WCAG 1.4.11) and a shape each, so that a dot's
 * region can be told without seeing colour.
 */
export interface RegionStyle {
  readonly colour: string;
  readonly shape: RegionShape;
}

export const REGION_STYLES: Readonly<Record<string, RegionStyle>> = {
  'East of England': { colour: '#005eb8', shape: 'circle' },
  London: { colour: '#d5281b', shape: 'square' },
  Midlands: { colour: '#007f3b', shape: 'triangle' },
  'North East and Yorkshire': { colour: '#330072', shape: 'diamond' },
  'North West': { colour: '#ae2573', shape: 'cross' },
  'South East': { colour: '#a35200', shape: 'star' },
  'South West': { colour: '#00686b', shape: 'wye' },
};

const OTHER_REGION: RegionStyle = { colour: '#425563', shape: 'circle' };

/** An unnamed ICS's dot: grey and hollow, for "region not shown" (its region would pick it out). */
export const REGION_NOT_SHOWN_STYLE: RegionStyle = { colour: '#4c6272', shape: 'circle' };

export const regionStyle = (regionName: string | null): RegionStyle =>
  regionName === null ? REGION_NOT_SHOWN_STYLE : (REGION_STYLES[regionName] ?? OTHER_REGION);

export const categoryLabel = (category: AdopterCategory | null | undefined): string =>
  category ? ADOPTER_CATEGORY_LABELS[category] : 'Not placed (no overall score)';

/** A score as the screens show it: one decimal place. */
export const formatScore = (score: number | null | undefined): string =>
  score === null || score === undefined || !Number.isFinite(score) ? 'no score' : score.toFixed(1);

/** How an ICS that has not chosen to share its name is described: never an attempt to identify it. */
export const UNNAMED_ICS = 'An ICS that has not chosen to share its name';

/** Where an unnamed ICS's region would be: never shown, since with the public list of ICSs it would name it. */
export const REGION_NOT_SHOWN = 'Not shown';

/** The unnamed ICSs as one row of a table by region. */
export const UNNAMED_POOL_ROW = 'Region not shown: ICSs that keep their name private';
