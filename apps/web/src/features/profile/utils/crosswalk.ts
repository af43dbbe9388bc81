import { formatFigure } from './domains';

export interface CrosswalkDomainInput {
  readonly key: string;
  readonly title: string;
  readonly score: number | null;
  readonly incomplete: boolean;
}

/** The latest cycle (cycles come oldest first) whose result can be read in a crosswalk, or undefined. */
export function latestWithCrosswalk<C extends { readonly crosswalk: unknown }>(cycles: readonly C[]): (C & { crosswalk: NonNullable<C['crosswalk']> }) | undefined {
  return [...cycles].reverse().find((c): c is C & { crosswalk: NonNullable<C['crosswalk']> } => c.crosswalk !== null && c.crosswalk !== undefined);
}

/** The five scores in plain words: the strongest and the weakest domain, and any without a score. */
export function crosswalkSummary(name: string, cycleName: string, domains: readonly CrosswalkDomainInput[]): string {
  const scored = domains.filter((d): d is CrosswalkDomainInput & { score: number } => d.score !== null);
  const byScore = [...scored].sort((a, b) => b.score - a.score);
  const best = byScore[0];
  const worst = byScore[byScore.length - 1];
  if (!best || !worst) return `${cycleName}: ${name} has no score in any of the five domains yet.`;
  const lower = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);
  const parts = [
    best === worst
      ? `${cycleName}: ${name} scores ${formatFigure(best.score)} out of 100 in ${lower(best.title)}.`
      : `${cycleName}: ${name} scores highest in ${lower(best.title)} (${formatFigure(best.score)} out of 100) and lowest in ${lower(worst.title)} (${formatFigure(worst.score)}).`,
  ];
  const missing = domains.filter((d) => d.score === null);
  if (missing.length > 0) parts.push(`No score yet in ${missing.map((d) => lower(d.title)).join(' or ')}.`);
  const thin = scored.filter((d) => d.incomplete);
  if (thin.length > 0) parts.push(`Fewer than half the criteria behind ${thin.map((d) => lower(d.title)).join(' and ')} have a level, so read ${thin.length === 1 ? 'that score' : 'those scores'} with care.`);
  return parts.join(' ');
}
