import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, type AdopterCategory } from '@idt/maturity';
import { icsCount, listInWords } from '../../../lib/format';
import { formatScore, UNNAMED_ICS } from './styles';

const lower = (category: AdopterCategory) => ADOPTER_CATEGORY_LABELS[category].toLowerCase();

const verb = (n: number) => (n === 1 ? 'is' : 'are');

/** "6 are early adopters, 16 are early majority, …": every category with at least one ICS, top of the curve first. */
export function categoryPhrase(counts: readonly { category: AdopterCategory; count: number }[]): string {
  const parts = ADOPTER_CATEGORIES.flatMap((category) => {
    const count = counts.find((c) => c.category === category)?.count ?? 0;
    return count > 0 ? [`${count} ${verb(count)} ${lower(category)}`] : [];
  });
  return listInWords(parts);
}

export interface CurveSummaryInput {
  readonly cycleName: string;
  /** The API's counts over every placed ICS; empty when this person may only see their own ICSs. */
  readonly categoryCounts: readonly { category: AdopterCategory; count: number }[];
  readonly entries: readonly { category: AdopterCategory | null }[];
  readonly published: boolean;
}

/**
 * The diffusion curve in one sentence, e.g. "Of 42 ICSs placed in 2021 baseline, 6 are early adopters, 16 are early
 * majority, 12 are late majority and 8 are laggards / latecomers."
 */
export function curveSummary({ cycleName, categoryCounts, entries, published }: CurveSummaryInput): string {
  if (entries.length === 0) {
    return `No ICS has figures you can see in ${cycleName} yet${published ? '' : ': it is provisional until it is published'}.`;
  }
  const total = categoryCounts.reduce((sum, c) => sum + c.count, 0);
  if (total > 0) {
    return `Of ${icsCount(total)} placed in ${cycleName}, ${categoryPhrase(categoryCounts)}.`;
  }
  // Only some ICSs are visible (a provisional cycle): describe those, and say so.
  const visible = ADOPTER_CATEGORIES.map((category) => ({ category, count: entries.filter((e) => e.category === category).length }));
  const placed = visible.reduce((sum, c) => sum + c.count, 0);
  return `You can see ${icsCount(entries.length)} in ${cycleName} until it is published. Of ${icsCount(placed)} placed, ${categoryPhrase(visible)}.`;
}

/** The tile map in one sentence. */
export function mapSummary(counts: { byCategory: Record<AdopterCategory, number>; grey: number }, total: number): string {
  const coloured = total - counts.grey;
  const parts = [
    `The map shows all ${total} ICSs as equal tiles. ${coloured} ${coloured === 1 ? 'is' : 'are'} coloured by category`,
  ];
  const phrase = categoryPhrase(ADOPTER_CATEGORIES.map((category) => ({ category, count: counts.byCategory[category] })));
  if (phrase) parts.push(`: ${phrase}`);
  let sentence = `${parts.join('')}.`;
  if (counts.grey > 0) sentence += ` ${counts.grey} ${counts.grey === 1 ? 'is' : 'are'} grey: not shared with you, or without an overall score.`;
  return sentence;
}

export interface RegionCountsInput {
  readonly regionName: string;
  readonly withheld: boolean;
  readonly counts: readonly { category: AdopterCategory; count: number }[];
}

/**
 * The regions in plain words: which region has the most ICSs at the top of the curve (innovators and early
 * adopters), how many regions have any there, and which are withheld.
 */
export function regionSummary(regions: readonly RegionCountsInput[]): string {
  if (regions.length === 0) return 'There are no regional figures you can see for this cycle yet.';
  const shown = regions.filter((r) => !r.withheld);
  const withheld = regions.filter((r) => r.withheld).map((r) => r.regionName);
  const sentences: string[] = [];
  if (shown.length > 0) {
    const top = shown.map((r) => ({
      regionName: r.regionName,
      count: r.counts.filter((c) => c.category === 'INNOVATORS' || c.category === 'EARLY_ADOPTERS').reduce((s, c) => s + c.count, 0),
    }));
    const withTop = top.filter((t) => t.count > 0);
    if (withTop.length === 0) {
      sentences.push(`None of the ${shown.length} regions shown has an innovator or early adopter.`);
    } else {
      const most = Math.max(...withTop.map((t) => t.count));
      const leaders = withTop.filter((t) => t.count === most).map((t) => t.regionName);
      sentences.push(
        `${withTop.length} of the ${shown.length} regions shown ${withTop.length === 1 ? 'has' : 'have'} innovators or early adopters; ` +
          `${listInWords(leaders)} ${leaders.length === 1 ? 'has' : 'have'} the most (${most}).`,
      );
    }
  }
  if (withheld.length > 0) {
    sentences.push(`${listInWords(withheld)}: withheld, as ${withheld.length === 1 ? 'it has' : 'each has'} fewer than 5 ICSs.`);
  }
  return sentences.join(' ');
}

export interface ChasmInput {
  readonly gap: number | null;
  readonly lowestEarlyAdopterScore: number | null;
  readonly highestEarlyMajorityScore: number | null;
  readonly nearest: readonly { name: string | null; score: number; distance: number }[];
}

/** The chasm in plain English: how wide, between which scores, and who is nearest to crossing it. */
export function chasmSummary(chasm: ChasmInput): string {
  if (chasm.gap === null || chasm.lowestEarlyAdopterScore === null || chasm.highestEarlyMajorityScore === null) {
    return 'There is no chasm to show: this cycle and method do not place ICSs both among the early adopters and in the early majority, or you cannot see them yet.';
  }
  const sentences = [
    `The chasm is the gap between the early adopters and the early majority: the lowest-scoring early adopter has ${formatScore(
      chasm.lowestEarlyAdopterScore,
    )} and the highest-scoring ICS in the early majority ${formatScore(chasm.highestEarlyMajorityScore)}, ${formatScore(chasm.gap)} points apart.`,
  ];
  const first = chasm.nearest[0];
  if (first) {
    sentences.push(
      `Nearest to crossing it: ${first.name ?? UNNAMED_ICS.toLowerCase()}, ${formatScore(first.distance)} points short.`,
    );
  }
  return sentences.join(' ');
}
