import { ariaSort, nextSort, sortEntries, sortFromParams, sortParams } from './table-sort';

const entry = (name: string | null, rank: number | null, score: number | null, category: 'EARLY_ADOPTERS' | 'LAGGARDS' | null, region: string, domain: number | null) => ({
  name,
  rank,
  overallScore: score,
  category,
  regionName: region,
  domainScores: [{ domainKey: 'co-design', score: domain }],
});

const entries = [
  entry('Devon', 1, 80, 'EARLY_ADOPTERS', 'South West', 50),
  entry(null, 2, 70, 'EARLY_ADOPTERS', 'North West', 90),
  entry('Kent and Medway', 3, 40, 'LAGGARDS', 'South East', null),
  entry('Avon', null, null, null, 'South West', 10),
];
const names = (list: typeof entries) => list.map((e) => e.name ?? 'unnamed');

describe('sortEntries', () => {
  it('sorts by rank, missing ranks last either way', () => {
    expect(names(sortEntries(entries, { key: 'rank', direction: 'ascending' }))).toEqual(['Devon', 'unnamed', 'Kent and Medway', 'Avon']);
    expect(names(sortEntries(entries, { key: 'rank', direction: 'descending' }))).toEqual(['Kent and Medway', 'unnamed', 'Devon', 'Avon']);
  });

  it('sorts names A to Z with unnamed ICSs last', () => {
    expect(names(sortEntries(entries, { key: 'name', direction: 'ascending' }))).toEqual(['Avon', 'Devon', 'Kent and Medway', 'unnamed']);
    expect(names(sortEntries(entries, { key: 'name', direction: 'descending' }))).toEqual(['Kent and Medway', 'Devon', 'Avon', 'unnamed']);
  });

  it('sorts by region, keeping ties in rank order', () => {
    expect(names(sortEntries(entries, { key: 'region', direction: 'ascending' }))).toEqual(['unnamed', 'Kent and Medway', 'Devon', 'Avon']);
  });

  it('sorts by a domain score', () => {
    expect(names(sortEntries(entries, { key: 'domain:co-design', direction: 'descending' }))).toEqual(['unnamed', 'Devon', 'Avon', 'Kent and Medway']);
  });

  it('sorts by category from the top of the curve', () => {
    expect(names(sortEntries(entries, { key: 'category', direction: 'descending' }))).toEqual(['Kent and Medway', 'Devon', 'unnamed', 'Avon']);
  });

  it('does not change the list it is given', () => {
    const copy = [...entries];
    sortEntries(entries, { key: 'score', direction: 'ascending' });
    expect(entries).toEqual(copy);
  });
});

describe('nextSort and ariaSort', () => {
  it('starts a new column in its natural direction and turns the same column round', () => {
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'score')).toEqual({ key: 'score', direction: 'descending' });
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'score', direction: 'descending' }, 'score')).toEqual({ key: 'score', direction: 'ascending' });
    expect(nextSort({ key: 'rank', direction: 'ascending' }, 'domain:access')).toEqual({ key: 'domain:access', direction: 'descending' });
  });

  it('marks only the sorted column', () => {
    expect(ariaSort({ key: 'score', direction: 'descending' }, 'score')).toBe('descending');
    expect(ariaSort({ key: 'score', direction: 'descending' }, 'rank')).toBe('none');
  });
});

describe('the sort in the address', () => {
  it('round-trips a domain column and direction, and leaves the default sort out', () => {
    const sort = { key: 'domain:local-needs' as const, direction: 'ascending' as const };
    const params = new URLSearchParams(sortParams(sort));
    expect(params.toString()).toBe('sort=domain%3Alocal-needs&dir=asc');
    expect(sortFromParams(params)).toEqual(sort);
    expect(sortParams({ key: 'rank', direction: 'ascending' })).toEqual([]);
    expect(sortFromParams(new URLSearchParams(sortParams({ key: 'rank', direction: 'descending' })))).toEqual({ key: 'rank', direction: 'descending' });
  });

  it("ignores a column it does not know, and takes a column's natural direction when dir is missing or odd", () => {
    expect(sortFromParams(new URLSearchParams('sort=<script>&dir=asc'))).toBeNull();
    expect(sortFromParams(new URLSearchParams('dir=desc'))).toBeNull();
    expect(sortFromParams(new URLSearchParams('sort=score'))).toEqual({ key: 'score', direction: 'descending' });
    expect(sortFromParams(new URLSearchParams('sort=name&dir=up'))).toEqual({ key: 'name', direction: 'ascending' });
  });
});
