import type { PlacementItem } from '../placement';

/**
 * Made-up overall scores for 42 anonymous ICSs with the shape seed 003 §3.2.3 published for 2021–22: four clear
 * clusters of 6 (pioneers and early adopters), 16 (early majority), 12 (late majority) and 8 (latecomers). The real
 * scores were not published; only the shape is reproduced. Clusters are 7–10 points wide, gaps between them 13–16.
 */
export const SEED_003_CLUSTERS = {
  pioneersAndEarlyAdopters: [88, 86, 85, 84, 83, 81],
  earlyMajority: [68, 67, 66.5, 66, 65, 64.5, 64, 63, 62.5, 62, 61, 60.5, 60, 59, 58.5, 58],
  lateMajority: [44, 43, 42.5, 42, 41, 40, 39.5, 39, 38, 37.5, 37, 36],
  latecomers: [20, 18.5, 18, 17, 16, 15, 14, 12],
} as const;

/** The 42 as placement items, ids `ics-01` (highest) to `ics-42`, listed in a scrambled order. */
export const SEED_003_LANDSCAPE: readonly PlacementItem[] = (() => {
  const scores = [
    ...SEED_003_CLUSTERS.pioneersAndEarlyAdopters,
    ...SEED_003_CLUSTERS.earlyMajority,
    ...SEED_003_CLUSTERS.lateMajority,
    ...SEED_003_CLUSTERS.latecomers,
  ];
  const items = scores.map((score, i) => ({ id: `ics-${String(i + 1).padStart(2, '0')}`, score }));
  // a fixed scramble (multiplying by 11 modulo 43 visits every position once), so no test relies on input order
  return items.map((_, i) => items[((i + 1) * 11) % 43 - 1]);
})();
