import { csvNumber, toCsv } from '../../../lib/csv';
import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, REGION_NOT_SHOWN, UNNAMED_ICS, type AdopterCategory } from './styles';

export interface CsvEntry {
  readonly name: string | null;
  readonly regionName: string | null;
  readonly overallScore: number | null;
  readonly category: AdopterCategory | null;
  readonly rank: number | null;
  readonly basis: string;
  readonly own: boolean;
  readonly domainScores: readonly { readonly domainKey: string; readonly score: number | null }[];
}

/**
 * The landscape as a table for download: one row per visible ICS, the method named in every row so no figure
 * travels without it. CSV and Excel downloads both write these rows.
 */
export function landscapeTable(
  entries: readonly CsvEntry[],
  domains: readonly { key: string; title: string }[],
  context: { cycleName: string; methodDescription: string },
): { header: string[]; rows: (string | number | null)[][] } {
  const header = ['Cycle', 'Method', 'Rank', 'ICS', 'Region', 'Overall score', 'Category', 'Basis', ...domains.map((d) => d.title)];
  const rows = entries.map((e) => [
    context.cycleName,
    context.methodDescription,
    e.rank,
    e.name ?? UNNAMED_ICS,
    e.regionName ?? REGION_NOT_SHOWN,
    csvNumber(e.overallScore),
    e.category ? ADOPTER_CATEGORY_LABELS[e.category] : '',
    e.basis === 'MODERATED' ? 'Moderated' : 'Self-assessed',
    ...domains.map((d) => csvNumber(e.domainScores.find((s) => s.domainKey === d.key)?.score)),
  ]);
  return { header, rows };
}

/** The landscape as CSV (see landscapeTable). */
export function landscapeCsv(...args: Parameters<typeof landscapeTable>): string {
  const { header, rows } = landscapeTable(...args);
  return toCsv(header, rows);
}

/** Region × category counts as CSV; a withheld region says so instead of numbers. */
export function regionCsv(
  regions: readonly { regionName: string; withheld: boolean; counts: readonly { category: AdopterCategory; count: number }[] }[],
  context: { cycleName: string; methodDescription: string },
): string {
  const header = ['Cycle', 'Method', 'Region', ...ADOPTER_CATEGORIES.map((c) => ADOPTER_CATEGORY_LABELS[c]), 'Total', 'Note'];
  const rows = regions.map((r) => {
    const counts = ADOPTER_CATEGORIES.map((c) => (r.withheld ? null : (r.counts.find((x) => x.category === c)?.count ?? 0)));
    const total = r.withheld ? null : r.counts.reduce((s, c) => s + c.count, 0);
    return [context.cycleName, context.methodDescription, r.regionName, ...counts, total, r.withheld ? 'Withheld: fewer than 5 ICSs' : ''];
  });
  return toCsv(header, rows);
}
