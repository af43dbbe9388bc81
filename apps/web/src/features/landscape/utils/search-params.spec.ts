import { DEFAULT_FIXED_THRESHOLDS } from '@idt/maturity';
import { areDefaultThresholds, defaultMovementCycles, landscapeSearch, parseLandscapeView } from './search-params';

const D = DEFAULT_FIXED_THRESHOLDS;

const A = '46530fc1-7370-4570-be0f-9c8109df466b';
const B = 'e5095e78-5891-45f3-bfe6-3690099bbc59';

describe('parseLandscapeView and landscapeSearch', () => {
  it('reads a linked view', () => {
    expect(parseLandscapeView(new URLSearchParams(`cycle=${A}&method=natural-breaks&k=3&from=${A}&to=${B}`))).toEqual({
      cycleId: A,
      method: 'NATURAL_BREAKS',
      k: 3,
      thresholds: D,
      fromCycleId: A,
      toCycleId: B,
    });
  });

  it('falls back to the defaults for anything missing or not understood', () => {
    expect(parseLandscapeView(new URLSearchParams('cycle=<script>&method=best&k=9'))).toEqual({
      cycleId: null,
      method: 'ROGERS_QUANTILES',
      k: 4,
      thresholds: D,
      fromCycleId: null,
      toCycleId: null,
    });
    expect(parseLandscapeView(new URLSearchParams('method=fixed')).method).toBe('FIXED_THRESHOLDS');
  });

  it("keeps the table's sort in the address alongside the rest of the view", () => {
    const view = { cycleId: A, method: 'ROGERS_QUANTILES' as const, k: 4, thresholds: D, fromCycleId: null, toCycleId: null, sort: { key: 'score' as const, direction: 'ascending' as const } };
    expect(landscapeSearch(view).toString()).toBe(`cycle=${A}&sort=score&dir=asc`);
    expect(parseLandscapeView(landscapeSearch(view))).toEqual(view);
    expect(parseLandscapeView(new URLSearchParams(`cycle=${A}`)).sort).toBeUndefined();
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(landscapeSearch({ cycleId: null, method: 'ROGERS_QUANTILES', k: 4, thresholds: D, fromCycleId: null, toCycleId: null }).toString()).toBe('');
    expect(landscapeSearch({ cycleId: A, method: 'NATURAL_BREAKS', k: 4, thresholds: D, fromCycleId: null, toCycleId: null }).toString()).toBe(
      `cycle=${A}&method=natural-breaks`,
    );
    expect(landscapeSearch({ cycleId: null, method: 'FIXED_THRESHOLDS', k: 2, thresholds: D, fromCycleId: null, toCycleId: null }).toString()).toBe('method=fixed');
    const view = { cycleId: B, method: 'NATURAL_BREAKS' as const, k: 5, thresholds: D, fromCycleId: A, toCycleId: B };
    expect(parseLandscapeView(landscapeSearch(view))).toEqual(view);
  });
});

describe('score bands in the address', () => {
  const bands = { innovators: 90, earlyAdopters: 70.5, earlyMajority: 50, lateMajority: 0 };

  it('reads and writes the bands of fixed thresholds, highest first, and round-trips', () => {
    const view = { cycleId: A, method: 'FIXED_THRESHOLDS' as const, k: 4, thresholds: bands, fromCycleId: null, toCycleId: null };
    expect(landscapeSearch(view).toString()).toBe(`cycle=${A}&method=fixed&bands=90%2C70.5%2C50%2C0`);
    expect(parseLandscapeView(landscapeSearch(view))).toEqual(view);
  });

  it('leaves the default bands, and any bands of another method, out of the address', () => {
    expect(landscapeSearch({ cycleId: null, method: 'FIXED_THRESHOLDS', k: 4, thresholds: { ...D }, fromCycleId: null, toCycleId: null }).toString()).toBe('method=fixed');
    expect(landscapeSearch({ cycleId: null, method: 'ROGERS_QUANTILES', k: 4, thresholds: bands, fromCycleId: null, toCycleId: null }).toString()).toBe('');
    expect(areDefaultThresholds({ ...D })).toBe(true);
    expect(areDefaultThresholds(bands)).toBe(false);
  });

  it.each([
    ['too few', '90,70,50'],
    ['too many', '90,70,50,20,10'],
    ['not numbers', '90,seventy,50,20'],
    ['an empty one', '90,,50,20'],
    ['out of 0–100', '190,70,50,20'],
    ['not descending', '90,70,70,20'],
    ['script', '<script>'],
  ])('falls back to the default bands for %s', (_what, value) => {
    expect(parseLandscapeView(new URLSearchParams({ method: 'fixed', bands: value })).thresholds).toEqual(D);
  });
});

describe('defaultMovementCycles', () => {
  const cycles = [{ id: 'open' }, { id: '2023' }, { id: '2022' }, { id: '2021' }];

  it('runs from the oldest cycle to the one shown', () => {
    expect(defaultMovementCycles(cycles, '2023')).toEqual({ fromCycleId: '2021', toCycleId: '2023' });
  });

  it('runs to the newest when the oldest is shown, and needs two cycles', () => {
    expect(defaultMovementCycles(cycles, '2021')).toEqual({ fromCycleId: '2021', toCycleId: 'open' });
    expect(defaultMovementCycles([{ id: 'only' }], 'only')).toBeNull();
  });
});
