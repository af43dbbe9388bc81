import { categoryIndex, type AdopterCategory } from '@idt/maturity';

export type SortDirection = 'ascending' | 'descending';

/** A column of the landscape table: a fixed one, or one domain's score (`domain:<key>`). */
export type SortKey = 'rank' | 'name' | 'region' | 'score' | 'category' | `domain:${string}`;

export interface SortState {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export interface SortableEntry {
  readonly name: string | null;
  readonly regionName: string | null;
  readonly overallScore: number | null;
  readonly category: AdopterCategory | null;
  readonly rank: number | null;
  readonly domainScores: readonly { readonly domainKey: string; readonly score: number | null }[];
}

/** Scores read best first; names and regions A to Z; rank and category from the top of the curve. */
export const DEFAULT_DIRECTION: Readonly<Record<'rank' | 'name' | 'region' | 'score' | 'category' | 'domain', SortDirection>> = {
  rank: 'ascending',
  name: 'ascending',
  region: 'ascending',
  score: 'descending',
  category: 'ascending',
  domain: 'descending',
};

const kindOf = (key: SortKey) => (key.startsWith('domain:') ? 'domain' : (key as Exclude<SortKey, `domain:${string}`>));

/** Pressing a column's button: a new column starts in its natural direction; the same column turns round. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: DEFAULT_DIRECTION[kindOf(key)] };
}

function valueOf(entry: SortableEntry, key: SortKey): string | number | null {
  switch (key) {
    case 'rank':
      return entry.rank;
    case 'name':
      return entry.name;
    case 'region':
      return entry.regionName;
    case 'score':
      return entry.overallScore;
    case 'category':
      return entry.category ? categoryIndex(entry.category) : null;
    default: {
      const domainKey = key.slice('domain:'.length);
      return entry.domainScores.find((d) => d.domainKey === domainKey)?.score ?? null;
    }
  }
}

/**
 * The entries sorted by one column. Missing values (no score, no rank, an unnamed ICS's name) always go last, in
 * either direction; ties keep the API's order (rank), so the sort is stable.
 */
export function sortEntries<T extends SortableEntry>(entries: readonly T[], { key, direction }: SortState): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return entries
    .map((entry, order) => ({ entry, order, value: valueOf(entry, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.order - b.order;
        return a.value === null ? 1 : -1;
      }
      const compared =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value), 'en-GB');
      return compared * sign || a.order - b.order;
    })
    .map(({ entry }) => entry);
}

/** The aria-sort of a column header: only the sorted column says which way. */
export const ariaSort = (state: SortState, key: SortKey): SortDirection | 'none' => (state.key === key ? state.direction : 'none');

/** The table's first sort: by rank, from the top of the curve. */
export const DEFAULT_SORT: SortState = { key: 'rank', direction: 'ascending' };

const FIXED_KEYS: readonly SortKey[] = ['rank', 'name', 'region', 'score', 'category'];
const DOMAIN_KEY = /^domain:[a-z0-9-]{1,60}$/;

/**
 * The table's sort as the address carries it, `sort=<column>&dir=asc|desc` (a domain's column is `domain:<key>`):
 * null when the address names no column it understands. A missing or unknown `dir` is the column's natural one.
 */
export function sortFromParams(params: URLSearchParams): SortState | null {
  const key = params.get('sort') ?? '';
  if (!(FIXED_KEYS as readonly string[]).includes(key) && !DOMAIN_KEY.test(key)) return null;
  const dir = params.get('dir');
  const direction: SortDirection = dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : DEFAULT_DIRECTION[kindOf(key as SortKey)];
  return { key: key as SortKey, direction };
}

/** The address's params for a sort: none for the default one, so the plain address stays plain. */
export function sortParams(sort: SortState): [string, string][] {
  if (sort.key === DEFAULT_SORT.key && sort.direction === DEFAULT_SORT.direction) return [];
  return [
    ['sort', sort.key],
    ['dir', sort.direction === 'ascending' ? 'asc' : 'desc'],
  ];
}
