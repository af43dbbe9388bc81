import { nationalCrosswalkSummary, sortableCrosswalkRow } from './crosswalk';
import { sortEntries } from './table-sort';

const figure = (title: string, median: number | null) => ({ key: title, title, count: median === null ? 0 : 5, lowerQuartile: median, median, upperQuartile: median });

describe('nationalCrosswalkSummary', () => {
  it('names where the median is highest and lowest', () => {
    expect(nationalCrosswalkSummary('Spring 2026', 42, [figure('Access to devices and data', 31.25), figure('Beliefs and trust', 62.5), figure('Skills and capability', null)])).toBe(
      'Spring 2026: across the 42 ICSs with figures, the median score is highest in beliefs and trust (62.5 out of 100) and lowest in access to devices and data (31.3).',
    );
  });

  it('says when there is nothing to say', () => {
    expect(nationalCrosswalkSummary('Spring 2026', 0, [figure('Beliefs and trust', null)])).toBe('Spring 2026: no ICS has a score in these domains yet.');
  });
});

describe('sortableCrosswalkRow', () => {
  it('sorts ICSs by one domain, best first, those without a score last', () => {
    const rows = [
      { name: 'A', regionName: 'X', scores: [{ key: 'trust', score: 10 }] },
      { name: 'B', regionName: 'X', scores: [{ key: 'trust', score: null }] },
      { name: 'C', regionName: 'X', scores: [{ key: 'trust', score: 90 }] },
    ].map(sortableCrosswalkRow);
    expect(sortEntries(rows, { key: 'domain:trust', direction: 'descending' }).map((r) => r.name)).toEqual(['C', 'A', 'B']);
    expect(sortEntries(rows, { key: 'name', direction: 'descending' }).map((r) => r.name)).toEqual(['C', 'B', 'A']);
  });
});
