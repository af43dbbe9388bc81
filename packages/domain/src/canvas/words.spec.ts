import { ABBREVIATIONS, explainAbbreviations, unexplainedAbbreviations } from './abbreviations';
import { wordingErratumProblems } from './wording-erratum';
import { CanvasDomain, MATURITY_SCALE } from './framework';
import { RECOMMENDATIONS } from './recommendations';
import { SOURCE_DOCUMENTS, sourceCitation, sourcesByDocument, sourceSectionLabel, sourceTitleInFull } from './sources';
import { CANVAS_V1 } from './v1';

/** Everything a domain page shows of one domain, in page order (the assessment's domain page, the review). */
const domainPageTexts = (domain: CanvasDomain): string[] => [
  domain.title,
  domain.summary,
  ...domain.sources.map(sourceCitation),
  ...domain.criteria.flatMap((c) => [c.statement, c.guidance, ...c.evidencePrompts, ...Object.values(c.levels), ...c.sources.map(sourceCitation)]),
  ...domain.quickCheck.flatMap((q) => [q.statement, ...q.sources.map(sourceCitation)]),
  ...domain.coachingTopics,
  ...domain.recommendations.map((id) => RECOMMENDATIONS.find((r) => r.id === id)).flatMap((r) => (r ? [r.title, r.summary] : [])),
];
/** The printed canvas: the whole framework on one page. */
const printedCanvasTexts = [CANVAS_V1.title, ...MATURITY_SCALE.flatMap((s) => [s.label, s.meaning]), ...CANVAS_V1.domains.flatMap(domainPageTexts)];
/** The learning programme's words from the domain package: recommendations and coaching topics. */
const learningProgrammeTexts = [
  ...RECOMMENDATIONS.flatMap((r) => [r.title, r.summary, sourceCitation(r.source)]),
  ...CANVAS_V1.domains.flatMap((d) => [d.title, ...d.coachingTopics]),
];

const pages: [string, string[]][] = [
  ...CANVAS_V1.domains.map((d): [string, string[]] => [`domain page "${d.title}"`, domainPageTexts(d)]),
  ['printed canvas', printedCanvasTexts],
  ['learning programme', learningProgrammeTexts],
];

describe('the words users read', () => {
  it.each(pages)('%s never says "seed"', (_, texts) => {
    expect(texts.filter((t) => /\bseeds?\b/i.test(t))).toEqual([]);
  });

  it.each(pages)('%s explains every abbreviation at its first use, once explained by the page', (_, texts) => {
    expect(unexplainedAbbreviations(explainAbbreviations(texts))).toEqual([]);
  });

  it('finds what a page would get wrong without the explanations', () => {
    expect(unexplainedAbbreviations(domainPageTexts(CANVAS_V1.domains[0]))).toContain('ICS: first used without its meaning');
    expect(unexplainedAbbreviations(['Our KLOEs'])).toEqual(['KLOE: first used without its meaning']);
    expect(unexplainedAbbreviations(['The XYZ team'])).toEqual(['XYZ: not a known abbreviation']);
    expect(unexplainedAbbreviations(['NHS England, ICS-3 and NAT-1'])).toEqual([]);
  });
});

describe('explainAbbreviations', () => {
  it('writes the meaning at the first use on the page only, singular or plural, capitalised at a sentence start', () => {
    expect(explainAbbreviations(['ICSs co-design.', 'Each ICS and its VCSE partners', 'The ICS again'])).toEqual([
      'Integrated care systems (ICSs) co-design.',
      'Each ICS and its voluntary, community and social enterprise sector (VCSE) partners',
      'The ICS again',
    ]);
  });

  it('leaves recommendation numbers and uses already explained in brackets alone', () => {
    expect(explainAbbreviations(['See ICS-3.', 'key lines of enquiry (KLOEs), then KLOEs'])).toEqual(['See ICS-3.', 'key lines of enquiry (KLOEs), then KLOEs']);
  });

  it('knows each abbreviation once', () => {
    expect(new Set(ABBREVIATIONS.map((a) => a.short)).size).toBe(ABBREVIATIONS.length);
  });
});

describe('source documents', () => {
  it('name every document the canvas cites by its title, publisher and date, never by a file number', () => {
    const cited = new Set([
      ...CANVAS_V1.domains.flatMap((d) => [...d.sources, ...d.criteria.flatMap((c) => c.sources), ...d.quickCheck.flatMap((q) => q.sources)]),
      ...RECOMMENDATIONS.map((r) => r.source),
    ].map((r) => r.seed));
    for (const id of cited) expect(SOURCE_DOCUMENTS.map((d) => d.id)).toContain(id);
    expect(sourceTitleInFull('003')).toBe(
      'Adopting inclusive digital transformation in mental health: discovery findings report, Thrive by Design for NHS England and Improvement, March 2022',
    );
    expect(sourceCitation({ seed: '003', section: '§4.2', note: 'only 35% had carried out a needs analysis' })).toBe(
      'Adopting inclusive digital transformation in mental health: discovery findings report, Thrive by Design for NHS England and Improvement, March 2022: section 4.2 (only 35% had carried out a needs analysis)',
    );
    expect(sourceSectionLabel('§2.2 Documentary analysis')).toBe('section 2.2, Documentary analysis');
    expect(sourceSectionLabel('Definitions')).toBe('under ‘Definitions’');
    expect(() => sourceTitleInFull('009')).toThrow(RangeError);
    expect(sourcesByDocument([{ seed: '003', section: '§4.4' }, { seed: '001', section: 'Definitions' }, { seed: '003', section: '§5.2', note: 'ICS-3' }])).toEqual([
      { id: '003', title: sourceTitleInFull('003'), places: ['section 4.4', 'section 5.2 (ICS-3)'] },
      { id: '001', title: sourceTitleInFull('001'), places: ['under ‘Definitions’'] },
    ]);
  });
});

describe('wordingErratumProblems', () => {
  const copy = () => JSON.parse(JSON.stringify(CANVAS_V1)) as typeof CANVAS_V1 & { domains: { summary: string; criteria: { key: string; guidance: string }[]; sources: { section: string }[] }[] };
  it('accepts a change of wording only', () => {
    const reworded = copy();
    reworded.domains[0].summary = 'Seed 003 found…';
    reworded.domains[3].criteria[1].guidance = 'Other words';
    expect(wordingErratumProblems(reworded, CANVAS_V1)).toEqual([]);
  });
  it('refuses a change of meaning: a key, or a cited section', () => {
    const rekeyed = copy();
    rekeyed.domains[2].criteria[0].key = 'x.y';
    expect(wordingErratumProblems(rekeyed, CANVAS_V1)).toEqual(['domain 3 differs in more than wording']);
    const resourced = copy();
    resourced.domains[0].sources[0].section = '§9.9';
    expect(wordingErratumProblems(resourced, CANVAS_V1)).toEqual(['domain 1 differs in more than wording']);
  });
});
