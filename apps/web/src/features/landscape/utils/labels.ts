import { ADOPTER_CATEGORY_LABELS, type AdopterCategory } from '@idt/maturity';
import { formatScore, REGION_NOT_SHOWN, UNNAMED_ICS } from './styles';

/** Where an ICS's profile is. */
export const profilePath = (systemId: string): string => `/systems/${encodeURIComponent(systemId)}/profile`;

/**
 * A dot's accessible name (and its tooltip's words): "Devon, South West: score 61.8, Early majority, rank 17". The
 * region is always in it, so colour and shape are never the only way to tell.
 */
export function dotLabel(entry: {
  name: string | null;
  regionName: string | null;
  overallScore: number | null;
  category: AdopterCategory | null;
  rank: number | null;
  own: boolean;
}): string {
  const who = entry.name ?? UNNAMED_ICS;
  const parts = [`score ${formatScore(entry.overallScore)}`, entry.category ? ADOPTER_CATEGORY_LABELS[entry.category] : 'not placed'];
  if (entry.rank !== null) parts.push(`rank ${entry.rank}`);
  const region = entry.regionName ?? `region ${REGION_NOT_SHOWN.toLowerCase()}`;
  return `${who}${entry.own ? ' (your ICS)' : ''}, ${region}: ${parts.join(', ')}`;
}

export interface FrameworkDomains {
  readonly id: string;
  readonly domains: readonly { readonly key: string; readonly number: number; readonly title: string }[];
}

/** The domains of the canvas version a cycle was assessed against (by number), or of the first version known. */
export function domainTitles(frameworks: readonly FrameworkDomains[], frameworkId: string | null | undefined) {
  const framework = frameworks.find((f) => f.id === frameworkId) ?? frameworks[0];
  return [...(framework?.domains ?? [])].sort((a, b) => a.number - b.number);
}
