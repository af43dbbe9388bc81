import type { CanvasFramework, MaturityLevel } from '../canvas/framework';

/**
 * ILLUSTRATIVE DATA, made up for demonstrations and tests: three past cycles of scores for all 42 ICSs. Nothing here
 * describes a real ICS. The 2021 baseline echoes the shape of seed 003 §3.2.3 — 6 pioneers and early adopters,
 * 16 early majority, 12 late majority, 8 latecomers — and later cycles improve, unevenly, as programmes do.
 * Deterministic: the same inputs always give the same scores (a seeded generator, no Math.random).
 */
export const DEMO_HISTORY_CYCLES = [
  { name: '2021 baseline (illustrative)', opensOn: '2021-10-01', closesOn: '2021-12-17' },
  { name: '2022 (illustrative)', opensOn: '2022-10-03', closesOn: '2022-12-16' },
  { name: '2023 (illustrative)', opensOn: '2023-10-02', closesOn: '2023-12-15' },
] as const;

/**
 * In the open demo cycle, the Pioneers whose ILLUSTRATIVE self-assessments are already submitted and waiting for the
 * demo coach's review (days ago), so the review queue, the cohort view and the learning programme have something to
 * show. Devon (the demo ICS lead's) and the rest stay drafts: Devon's for the lead's own journey, the others for the
 * coach's assisted route.
 */
export const DEMO_SUBMITTED_PIONEERS = [
  { systemName: 'Surrey Heartlands', submittedDaysAgo: 12 },
  { systemName: 'South West London', submittedDaysAgo: 9 },
  { systemName: 'Cambridgeshire and Peterborough', submittedDaysAgo: 7 },
  { systemName: 'Bristol, North Somerset and South Gloucestershire', submittedDaysAgo: 5 },
  { systemName: 'North West London', submittedDaysAgo: 3 },
  { systemName: 'Derby and Derbyshire', submittedDaysAgo: 1 },
] as const;

/** The open demo cycle's answers come from the generator a year on from its last past cycle. */
export const DEMO_CURRENT_CYCLE_INDEX = DEMO_HISTORY_CYCLES.length;

/** Seed 003's 2021 landscape: how many of the 42 ICSs sat in each group. */
export const DEMO_BASELINE_GROUPS = [
  { group: 'pioneers and early adopters', size: 6, level: 4.3 },
  { group: 'early majority', size: 16, level: 3.4 },
  { group: 'late majority', size: 12, level: 2.5 },
  { group: 'latecomers', size: 8, level: 1.6 },
] as const;

export interface DemoAnswer {
  readonly criterionKey: string;
  readonly selfLevel: MaturityLevel;
  /** The coach's moderated level: self-reports run rosier than fieldwork (seed 003 §3.2.2), so it is often lower. */
  readonly moderatedLevel: MaturityLevel;
}

/** A small, fast, well-mixed 32-bit generator (mulberry32), seeded from a string. */
function random(seedText: string): () => number {
  let seed = 2166136261;
  for (let i = 0; i < seedText.length; i++) seed = Math.imul(seed ^ seedText.charCodeAt(i), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clampLevel = (value: number): MaturityLevel => Math.min(5, Math.max(1, Math.round(value))) as MaturityLevel;

/**
 * Which baseline group each ICS is in: a fixed shuffle of the ICSs (by their codes) cut into the seed's group sizes.
 * Expects all 42 ICS codes.
 */
export function demoBaselineGroups(systemCodes: readonly string[]): Map<string, number> {
  const rank = [...systemCodes].sort().map((code) => ({ code, key: random(`group:${code}`)() }));
  rank.sort((a, b) => a.key - b.key);
  const groups = new Map<string, number>();
  let index = 0;
  DEMO_BASELINE_GROUPS.forEach((group, g) => {
    for (let i = 0; i < group.size && index < rank.length; i++) groups.set(rank[index++].code, g);
  });
  while (index < rank.length) groups.set(rank[index++].code, DEMO_BASELINE_GROUPS.length - 1);
  return groups;
}

/**
 * Every criterion's self-assessed level and moderated level for one ICS in one past cycle (0 = 2021 baseline, 1 = 2022,
 * 2 = 2023). Each ICS improves by its own pace each year; each domain and criterion varies a little around it.
 */
export function demoAnswers(framework: CanvasFramework, systemCode: string, baselineGroup: number, cycleIndex: number): DemoAnswer[] {
  const pace = random(`pace:${systemCode}`);
  const yearlyGain = 0.15 + pace() * 0.45;
  const base = DEMO_BASELINE_GROUPS[baselineGroup].level + yearlyGain * cycleIndex;
  return framework.domains.flatMap((domain) => {
    const domainRandom = random(`domain:${systemCode}:${domain.key}`);
    const domainLevel = base + (domainRandom() - 0.5) * 0.9;
    return domain.criteria.map((criterion) => {
      const r = random(`criterion:${systemCode}:${criterion.key}:${cycleIndex}`);
      const selfLevel = clampLevel(domainLevel + (r() - 0.5) * 0.8);
      const moderatedLevel = clampLevel(selfLevel - (r() < 0.35 ? 1 : 0));
      return { criterionKey: criterion.key, selfLevel, moderatedLevel };
    });
  });
}
