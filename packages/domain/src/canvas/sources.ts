/**
 * The five documents the canvas is written from, in one place. Parts of the canvas point at them by id (`SourceRef`),
 * and every screen names them by these titles: the ids are the team's file names and are never shown to anyone.
 */
export interface SourceDocument {
  readonly id: string;
  readonly title: string;
  /** Who wrote or published it, and for whom. */
  readonly publisher: string;
  /** When it was published, as the document itself says; absent when it carries no date. */
  readonly date?: string;
}

export const SOURCE_DOCUMENTS = [
  {
    id: '000',
    title: 'Inclusive Digital Transformation (award entry)',
    publisher: 'Thrive by Design and Leeds and York Partnership NHS Foundation Trust',
  },
  {
    id: '001',
    title: 'Inclusive Digital Transformation: what you need to know (Knowledge into Action briefing)',
    publisher: 'Thrive by Design',
  },
  {
    id: '002',
    title: 'Digital Health Inequality Pioneers (programme page)',
    publisher: 'Thrive by Design, commissioned by NHSX and NHS England and Improvement',
  },
  {
    id: '003',
    title: 'Adopting inclusive digital transformation in mental health: discovery findings report',
    publisher: 'Thrive by Design for NHS England and Improvement',
    date: 'March 2022',
  },
  {
    id: '004',
    title: 'Pathways, Place and Priorities for Digital Innovation: report on a roundtable',
    publisher: 'Dr Jon Bashford and Rahim Daya, Breaking Barriers Innovations',
    date: 'May 2019',
  },
] as const satisfies readonly SourceDocument[];

export type SourceDocumentId = (typeof SOURCE_DOCUMENTS)[number]['id'];

/** The document with this id; throws for an unknown id (a framework citing one fails `frameworkProblems` first). */
export function sourceDocument(id: string): SourceDocument {
  const found = SOURCE_DOCUMENTS.find((d) => d.id === id);
  if (!found) throw new RangeError(`Unknown source document "${id}"`);
  return found;
}

/** The document in full, as a reference list names it: "Title, publisher, date". */
export function sourceTitleInFull(id: string): string {
  const d = sourceDocument(id);
  return [d.title, d.publisher, d.date].filter((part) => part !== undefined).join(', ');
}

/** Where in the document: "section 4.2", "section 2.2, Documentary analysis" or "under ‘Definitions’". */
export function sourceSectionLabel(section: string): string {
  const numbered = /^§\s*([\d.]+)\s*(.*)$/.exec(section);
  if (!numbered) return `under ‘${section}’`;
  return numbered[2] ? `section ${numbered[1]}, ${numbered[2]}` : `section ${numbered[1]}`;
}

/** One reference in words: the document in full, where in it, and what is taken from there. */
export function sourceCitation(ref: { readonly seed: string; readonly section: string; readonly note?: string | null }): string {
  const where = `${sourceTitleInFull(ref.seed)}: ${sourceSectionLabel(ref.section)}`;
  return ref.note ? `${where} (${ref.note})` : where;
}

/** References grouped by document, in the order first cited: each document's title in full once, then where in it. */
export function sourcesByDocument(
  refs: readonly { readonly seed: string; readonly section: string; readonly note?: string | null }[],
): { readonly id: string; readonly title: string; readonly places: readonly string[] }[] {
  const groups: { id: string; title: string; places: string[] }[] = [];
  for (const ref of refs) {
    let group = groups.find((g) => g.id === ref.seed);
    if (!group) groups.push((group = { id: ref.seed, title: sourceTitleInFull(ref.seed), places: [] }));
    const where = sourceSectionLabel(ref.section);
    group.places.push(ref.note ? `${where} (${ref.note})` : where);
  }
  return groups;
}
