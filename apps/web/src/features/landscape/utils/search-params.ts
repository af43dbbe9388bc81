import { DEFAULT_FIXED_THRESHOLDS, FIXED_THRESHOLD_FIELDS, type FixedThresholds } from '@idt/maturity';
import type { PlacementMethod } from '../../../gql/graphql';
import { checkScoreBands, type ScoreBandsDraft } from './score-bands';
import { sortFromParams, sortParams, type SortState } from './table-sort';

/**
 * The landscape's view in its web address, so that a view can be linked to: `cycle`, `method` (rogers,
 * natural-breaks or fixed), `k` (natural breaks only, 2–5), `bands` (fixed thresholds only: the four lowest scores,
 * highest first, e.g. `90,70,50,20`), the movement chart's `from` and `to` cycles, and the table's sort (`sort`, a
 * column, and `dir`, asc or desc). Anything missing or not understood falls back to the default.
 */
export interface LandscapeView {
  /** Null: the newest cycle with figures. */
  readonly cycleId: string | null;
  readonly method: PlacementMethod;
  readonly k: number;
  /** The score bands of fixed thresholds (the default ones unless the address names others). */
  readonly thresholds: FixedThresholds;
  readonly fromCycleId: string | null;
  readonly toCycleId: string | null;
  /** The table's sort; absent: by rank, from the top of the curve. */
  readonly sort?: SortState;
}

export const DEFAULT_K = 4;
export const K_CHOICES = [2, 3, 4, 5] as const;

const METHOD_PARAMS: Readonly<Record<PlacementMethod, string>> = {
  ROGERS_QUANTILES: 'rogers',
  NATURAL_BREAKS: 'natural-breaks',
  FIXED_THRESHOLDS: 'fixed',
};

const methodFromParam = (value: string | null): PlacementMethod =>
  (Object.entries(METHOD_PARAMS).find(([, param]) => param === value)?.[0] as PlacementMethod | undefined) ?? 'ROGERS_QUANTILES';

/** An id as the API issues them (a UUID); anything else is ignored rather than sent. */
const idOrNull = (value: string | null): string | null => (value && /^[0-9a-f-]{36}$/i.test(value) ? value : null);

/** Four numbers, highest first, that make usable bands (checked as typed bands are), or null. */
function thresholdsFromParam(value: string | null): FixedThresholds | null {
  const parts = (value ?? '').split(',');
  if (parts.length !== FIXED_THRESHOLD_FIELDS.length) return null;
  return checkScoreBands(Object.fromEntries(FIXED_THRESHOLD_FIELDS.map(({ field }, i) => [field, parts[i]])) as ScoreBandsDraft).thresholds;
}

/** The bands as the address writes them: the four lowest scores, highest first, e.g. "90,70,50,20". */
export const bandsParam = (t: FixedThresholds): string => FIXED_THRESHOLD_FIELDS.map(({ field }) => String(t[field])).join(',');

/** True when these are the default bands. */
export const areDefaultThresholds = (t: FixedThresholds): boolean => FIXED_THRESHOLD_FIELDS.every(({ field }) => t[field] === DEFAULT_FIXED_THRESHOLDS[field]);

export function parseLandscapeView(params: URLSearchParams): LandscapeView {
  const k = Number(params.get('k'));
  const sort = sortFromParams(params);
  return {
    cycleId: idOrNull(params.get('cycle')),
    method: methodFromParam(params.get('method')),
    k: (K_CHOICES as readonly number[]).includes(k) ? k : DEFAULT_K,
    thresholds: thresholdsFromParam(params.get('bands')) ?? DEFAULT_FIXED_THRESHOLDS,
    fromCycleId: idOrNull(params.get('from')),
    toCycleId: idOrNull(params.get('to')),
    ...(sort ? { sort } : {}),
  };
}

/** The address's search params for a view: defaults are left out, so the plain address stays plain. */
export function landscapeSearch(view: LandscapeView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.cycleId) params.set('cycle', view.cycleId);
  if (view.method !== 'ROGERS_QUANTILES') params.set('method', METHOD_PARAMS[view.method]);
  if (view.method === 'NATURAL_BREAKS' && view.k !== DEFAULT_K) params.set('k', String(view.k));
  if (view.method === 'FIXED_THRESHOLDS' && !areDefaultThresholds(view.thresholds)) {
    params.set('bands', bandsParam(view.thresholds));
  }
  if (view.fromCycleId) params.set('from', view.fromCycleId);
  if (view.toCycleId) params.set('to', view.toCycleId);
  if (view.sort) for (const [name, value] of sortParams(view.sort)) params.set(name, value);
  return params;
}

/**
 * The movement chart's cycles when the address names none: from the oldest cycle to the one shown, or to the newest
 * cycle after the oldest. Null when there are not two different cycles.
 */
export function defaultMovementCycles(
  cycles: readonly { id: string }[],
  shownCycleId: string | null,
): { fromCycleId: string; toCycleId: string } | null {
  if (cycles.length < 2) return null;
  const oldest = cycles[cycles.length - 1].id;
  const to = shownCycleId && shownCycleId !== oldest ? shownCycleId : cycles[0].id;
  return to === oldest ? null : { fromCycleId: oldest, toCycleId: to };
}
