/**
 * Abbreviations the canvas and the service use, and what they stand for. A page explains each one at its first use
 * (`explainAbbreviations`), so nobody has to know the team's words. NHS needs no explanation on an NHS service.
 */
export interface Abbreviation {
  readonly short: string;
  readonly plural: string;
  readonly meaning: string;
  readonly pluralMeaning: string;
}

const a = (short: string, meaning: string, pluralMeaning = `${meaning}s`): Abbreviation => ({ short, plural: `${short}s`, meaning, pluralMeaning });

export const ABBREVIATIONS: readonly Abbreviation[] = [
  a('ICS', 'integrated care system'),
  a('IDT', 'inclusive digital transformation', 'inclusive digital transformations'),
  a('VCSE', 'voluntary, community and social enterprise sector', 'voluntary, community and social enterprise organisations'),
  a('KLOE', 'key line of enquiry', 'key lines of enquiry'),
  a('ICT', 'information and communication technology', 'information and communication technologies'),
  a('IT', 'information technology', 'information technologies'),
  a('CCIO', 'chief clinical information officer'),
  a('CNIO', 'chief nursing information officer'),
  a('MSK', 'musculoskeletal', 'musculoskeletal'),
  a('CCG', 'clinical commissioning group'),
  a('CSV', 'comma-separated values file'),
];

/** Abbreviations everyone reading an NHS service knows, and proper names (NHSX, the former NHS digital unit). */
export const WELL_KNOWN_ABBREVIATIONS: readonly string[] = ['NHS', 'NHSX', 'UK', 'GP', 'COVID', 'PNG', 'SVG'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The texts of one page, in the order the page shows them, with the first use of each abbreviation explained:
 * "ICSs" becomes "integrated care systems (ICSs)". A use already in brackets after its meaning counts as explained.
 * Recommendation numbers such as "ICS-3" are names, not abbreviations, and are left alone.
 */
export function explainAbbreviations(texts: readonly string[]): string[] {
  const explained = new Set<string>();
  return texts.map((text) => {
    let out = text;
    for (const abbr of ABBREVIATIONS) {
      if (explained.has(abbr.short)) continue;
      const pattern = new RegExp(`(^|[^A-Za-z0-9(-])(${escape(abbr.plural)}|${escape(abbr.short)})(?![A-Za-z0-9]|-\\d)`);
      const inBrackets = new RegExp(`\\((${escape(abbr.plural)}|${escape(abbr.short)})\\)`);
      const match = pattern.exec(out);
      const bracketed = inBrackets.exec(out);
      if (bracketed && (!match || bracketed.index < match.index)) {
        explained.add(abbr.short);
        continue;
      }
      if (!match) continue;
      explained.add(abbr.short);
      const word = match[2];
      const plural = word === abbr.plural;
      let meaning = plural ? abbr.pluralMeaning : abbr.meaning;
      const start = match.index + match[1].length;
      const sentenceStart = /(^|[.!?:]\s+|["“‘'(]\s*)$/.test(out.slice(0, start));
      if (sentenceStart) meaning = meaning[0].toUpperCase() + meaning.slice(1);
      out = `${out.slice(0, start)}${meaning} (${word})${out.slice(start + word.length)}`;
    }
    return out;
  });
}

/**
 * The abbreviations in these texts (as one page shows them) that are not explained at their first use: every run of
 * two or more capitals that is not a well-known abbreviation must be a known one, first written after its meaning.
 * Used by tests that scan what users read.
 */
export function unexplainedAbbreviations(texts: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const all = texts.join('\n');
  const token = /(?<![A-Za-z0-9-])([A-Z][A-Z0-9]+)(s?)(?![A-Za-z0-9]|-\d)/g;
  for (const m of all.matchAll(token)) {
    const short = m[1];
    if (WELL_KNOWN_ABBREVIATIONS.includes(short) || seen.has(short)) continue;
    seen.add(short);
    const known = ABBREVIATIONS.find((x) => x.short === short);
    if (!known) {
      problems.push(`${short}: not a known abbreviation`);
      continue;
    }
    const before = all.slice(0, m.index).toLowerCase();
    const inBrackets = all[m.index - 1] === '(';
    const meanings = [known.meaning, known.pluralMeaning].map((x) => x.toLowerCase());
    if (!inBrackets || !meanings.some((x) => before.endsWith(`${x} (`))) problems.push(`${short}: first used without its meaning`);
  }
  return problems;
}
