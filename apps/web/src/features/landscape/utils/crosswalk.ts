import { formatScore } from './styles';
import type { SortableEntry } from './table-sort';

export interface CrosswalkFigureInput {
  readonly key: string;
  readonly title: string;
  readonly count: number;
  readonly lowerQuartile: number | null;
  readonly median: number | null;
  readonly upperQuartile: number | null;
}

const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/** The nation's five figures in plain words: where the median is highest and lowest, over how many ICSs. */
export function nationalCrosswalkSummary(cycleName: string, systems: number, figures: readonly CrosswalkFigureInput[]): string {
  const sorted = figures
    .filter((f): f is CrosswalkFigureInput & { median: number } => f.median !== null)
    .sort((a, b) => b.median - a.median);
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  if (systems === 0 || !best || !worst) return `${cycleName}: no ICS has a score in these domains yet.`;
  const counted = `${systems} ${systems === 1 ? 'ICS' : 'ICSs'} with figures`;
  if (best === worst) return `${cycleName}: across the ${counted}, the median score in ${lower(best.title)} is ${formatScore(best.median)} out of 100.`;
  return (
    `${cycleName}: across the ${counted}, the median score is highest in ${lower(best.title)} (${formatScore(best.median)} out of 100) ` +
    `and lowest in ${lower(worst.title)} (${formatScore(worst.median)}).`
  );
}

/** A row of the ICS table as the landscape table's sort reads it (`sortEntries`): name, region and domain scores. */
export function sortableCrosswalkRow<T extends { name: string; regionName: string; scores: readonly { key: string; score: number | null }[] }>(
  system: T,
): T & SortableEntry {
  return {
    ...system,
    overallScore: null,
    category: null,
    rank: null,
    domainScores: system.scores.map((s) => ({ domainKey: s.key, score: s.score })),
  };
}
