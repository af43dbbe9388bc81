import { explainAbbreviations } from '@idt/domain';

/** The parts of a canvas domain a page shows, as the GraphQL fragments return them. */
interface DomainText {
  readonly title: string;
  readonly summary: string;
  readonly criteria: readonly {
    readonly statement: string;
    readonly guidance: string;
    readonly evidencePrompts: readonly string[];
    readonly levels: readonly { readonly descriptor: string }[];
  }[];
  readonly quickCheck: readonly { readonly statement: string }[];
}

/**
 * The domains as one page shows them, in page order, with every abbreviation explained at its first use on the page
 * (after `before`, the page's own words that come first). Keys, numbers and sources are left as they are.
 */
export function explainDomains<D extends DomainText>(domains: readonly D[], before: readonly string[] = []): D[] {
  const texts: string[] = [...before];
  for (const d of domains) {
    texts.push(d.title, d.summary);
    for (const c of d.criteria) texts.push(c.statement, c.guidance, ...c.evidencePrompts, ...c.levels.map((l) => l.descriptor));
    texts.push(...d.quickCheck.map((q) => q.statement));
  }
  const out = explainAbbreviations(texts);
  let i = before.length;
  const next = () => out[i++];
  return domains.map((d) => ({
    ...d,
    title: next(),
    summary: next(),
    criteria: d.criteria.map((c) => ({
      ...c,
      statement: next(),
      guidance: next(),
      evidencePrompts: c.evidencePrompts.map(() => next()),
      levels: c.levels.map((l) => ({ ...l, descriptor: next() })),
    })),
    quickCheck: d.quickCheck.map((q) => ({ ...q, statement: next() })),
  }));
}
