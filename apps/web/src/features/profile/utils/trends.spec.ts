import { progressRows, trendSeries, trendSummary } from './trends';

const domains = [{ key: 'access', number: 1, title: 'Access' }];
const cycle = (name: string, overall: number | null, access: number | null, median: number | null, deltas: [number | null, number | null] | null) => ({
  cycle: { name },
  overallScore: overall,
  domainScores: [{ domainKey: 'access', score: access }],
  progress: deltas ? [{ domainKey: 'overall', delta: deltas[0] }, { domainKey: 'access', delta: deltas[1] }] : [],
  peers: [{ group: 'NATIONAL', figures: [{ domainKey: 'overall', median }, { domainKey: 'access', median: null }] }],
});
const cycles = [cycle('2021', 60, 50, 45, null), cycle('2022', null, 55, 48, [null, 5]), cycle('2023', 70, 65, 52, [null, 10])];

describe('trendSeries', () => {
  it("gives the ICS's overall score and the national median over the cycles, leaving gaps out", () => {
    const [system, median] = trendSeries(cycles, 'overall', domains, 'Devon');
    expect(system.label).toBe('Devon: overall score');
    expect(system.points).toEqual([
      { index: 0, cycleName: '2021', value: 60 },
      { index: 2, cycleName: '2023', value: 70 },
    ]);
    expect(median.label).toBe('National median: overall score');
    expect(median.points.map((p) => p.value)).toEqual([45, 48, 52]);
  });

  it('follows one domain', () => {
    const [system, median] = trendSeries(cycles, 'access', domains, 'Devon');
    expect(system.label).toBe('Devon: Access');
    expect(system.points.map((p) => p.value)).toEqual([50, 55, 65]);
    expect(median.points).toEqual([]);
  });
});

describe('trendSummary', () => {
  it('gives the first and last scores and the change', () => {
    const [system, median] = trendSeries(cycles, 'overall', domains, 'Devon');
    expect(trendSummary(system)).toBe('Devon: overall score: 60.0 in 2021 and 70.0 in 2023, a change of +10.0 points.');
    expect(trendSummary({ ...median, points: median.points.slice(0, 1) })).toBe('National median: overall score: 45.0 in 2021, the only cycle with a score.');
    expect(trendSummary({ ...median, points: [] })).toBe('National median: overall score: no scores yet.');
  });
});

describe('progressRows', () => {
  it('gives scores and changes per cycle, overall first', () => {
    expect(progressRows(cycles, domains)).toEqual([
      { key: 'overall', title: 'Overall', scores: [60, null, 70], deltas: [null, null, null] },
      { key: 'access', title: 'Access', scores: [50, 55, 65], deltas: [null, 5, 10] },
    ]);
  });
});
