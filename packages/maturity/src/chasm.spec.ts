import { SEED_003_LANDSCAPE } from './__fixtures__/seed-003-landscape';
import { findChasm } from './chasm';
import { PlacementItem, placeByFixedThresholds, placeByNaturalBreaks, placeByRogersQuantiles } from './placement';

const items = (scores: Record<string, number | null>): PlacementItem[] => Object.entries(scores).map(([id, score]) => ({ id, score }));

describe('findChasm', () => {
  it('measures seed 003’s chasm: lowest early adopter 81, highest early majority 68, a gap of 13', () => {
    const chasm = findChasm(placeByNaturalBreaks(SEED_003_LANDSCAPE, 4), 3);
    expect(chasm).toEqual({
      method: 'NATURAL_BREAKS',
      lowestEarlyAdopterScore: 81,
      highestEarlyMajorityScore: 68,
      gap: 13,
      nearest: [
        { id: 'ics-07', score: 68, rank: 7, distance: 13 },
        { id: 'ics-08', score: 67, rank: 8, distance: 14 },
        { id: 'ics-09', score: 66.5, rank: 9, distance: 14.5 },
      ],
    });
  });

  it('reads the chasm off Rogers’ proportions, with tied early-majority ICSs in id order', () => {
    // 10 ICSs: A 90 | B, C 80 are early adopters (see placement.spec); D and E at 70 and 60 are the early majority
    const placement = placeByRogersQuantiles(items({ A: 90, B: 80, C: 80, E: 60, D: 70, F: 50, G: 40, H: 30, I: 20, J: 10 }));
    expect(findChasm(placement)).toMatchObject({
      lowestEarlyAdopterScore: 80,
      highestEarlyMajorityScore: 70,
      gap: 10,
      nearest: [
        { id: 'D', distance: 10 },
        { id: 'E', distance: 20 },
      ],
    });
    const tied = placeByFixedThresholds(items({ a: 70, z: 50, m: 50, b: 46 }));
    expect(findChasm(tied).nearest.map((c) => [c.id, c.distance])).toEqual([
      ['m', 20],
      ['z', 20],
      ['b', 24],
    ]);
  });

  it('uses the innovators as the far edge when there are no early adopters', () => {
    expect(findChasm(placeByFixedThresholds(items({ a: 90, b: 50, c: 40 })))).toMatchObject({
      lowestEarlyAdopterScore: 90,
      highestEarlyMajorityScore: 50,
      gap: 40,
      nearest: [{ id: 'b', score: 50, distance: 40 }],
    });
  });

  it('has no gap and no candidates when nobody is across, and no gap when the early majority is empty', () => {
    expect(findChasm(placeByFixedThresholds(items({ a: 60, b: 50, c: 20 })))).toEqual({
      method: 'FIXED_THRESHOLDS',
      lowestEarlyAdopterScore: null,
      highestEarlyMajorityScore: 60,
      gap: null,
      nearest: [],
    });
    expect(findChasm(placeByFixedThresholds(items({ a: 70, b: 30 })))).toMatchObject({ lowestEarlyAdopterScore: 70, gap: null, nearest: [] });
  });

  it('lists at most n candidates', () => {
    const placement = placeByNaturalBreaks(SEED_003_LANDSCAPE, 4);
    expect(findChasm(placement).nearest).toHaveLength(5);
    expect(findChasm(placement, 0).nearest).toEqual([]);
    expect(findChasm(placement, 100).nearest).toHaveLength(16);
    expect(() => findChasm(placement, -1)).toThrow(RangeError);
  });
});
