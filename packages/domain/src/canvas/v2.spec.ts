import { explainAbbreviations, unexplainedAbbreviations } from './abbreviations';
import { diffFrameworks } from './diff-frameworks';
import { CANVAS_V1 } from './v1';
import { CANVAS_V2 } from './v2';
import { frameworkProblems, mappingProblems } from './validate-framework';

describe('IDT Canvas v2', () => {
  it('has no problems, and maps every criterion of v1 it no longer has', () => {
    expect(frameworkProblems(CANVAS_V2)).toEqual([]);
    expect(mappingProblems(CANVAS_V1, CANVAS_V2)).toEqual([]);
  });

  it('is version 2 and not yet published', () => {
    expect(CANVAS_V2.version).toBe(2);
    expect(CANVAS_V2.publishedOn).toBeUndefined();
  });

  it("keeps v1's eleven areas, in v1's order, with v1's titles", () => {
    expect(CANVAS_V2.domains.map((d) => [d.number, d.key, d.title])).toEqual(CANVAS_V1.domains.map((d) => [d.number, d.key, d.title]));
  });

  it('shows a reword, a split, a merge and changed level descriptors against v1, and nothing else', () => {
    const diff = diffFrameworks(CANVAS_V1, CANVAS_V2);
    expect([diff.domainsAdded, diff.domainsRenamed, diff.domainsRetired, diff.criteriaRenamed, diff.scaleChanged]).toEqual([[], [], [], [], []]);
    expect(diff.criteriaReworded.map((r) => [r.criterionKey, r.parts])).toEqual([['local-needs.needs-analysis', ['statement']]]);
    expect(diff.criteriaRetired.map((r) => [r.criterionKey, r.kind, r.replacedBy.map((b) => b.criterionKey)])).toEqual([
      ['access.devices-and-connectivity', 'SPLIT', ['access.devices', 'access.connectivity']],
      ['investment.long-term-revenue', 'MERGED', ['investment.sustained-funding']],
      ['investment.pilots-to-mainstream', 'MERGED', ['investment.sustained-funding']],
    ]);
    expect(diff.criteriaAdded.map((a) => a.criterionKey)).toEqual(['access.devices', 'access.connectivity', 'investment.sustained-funding']);
    expect(diff.levelsChanged.map((l) => [l.criterionKey, l.levels.map((x) => x.level)])).toEqual([['access.accessible-services', [2, 3, 4, 5]]]);
  });

  it("crosswalks every criterion to NHS England's five domains of digital inclusion, each domain drawing on some criteria", () => {
    const crosswalk = CANVAS_V2.crosswalk;
    expect(crosswalk?.publisher).toBe('NHS England');
    expect(crosswalk?.year).toBe(2023);
    expect(crosswalk?.domains.map((d) => d.title)).toEqual([
      'Access to devices and data',
      'Accessibility and ease of use',
      'Skills and capability',
      'Beliefs and trust',
      'Leadership and partnerships',
    ]);
    const criteria = CANVAS_V2.domains.flatMap((d) => d.criteria.map((c) => c.key));
    expect(crosswalk?.criteria.map((l) => l.criterion).sort()).toEqual([...criteria].sort());
    for (const domain of crosswalk?.domains ?? []) {
      expect(crosswalk?.criteria.filter((l) => l.domains.includes(domain.key)).length).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(CANVAS_V2.domains.map((d) => [d.title, d] as const))('explains every abbreviation on the page of "%s" and never says "seed"', (_title, domain) => {
    const texts = [domain.title, domain.summary, ...domain.criteria.flatMap((c) => [c.statement, c.guidance, ...c.evidencePrompts, ...Object.values(c.levels)])];
    expect(unexplainedAbbreviations(explainAbbreviations(texts))).toEqual([]);
    expect(texts.filter((t) => /\bseeds?\b/i.test(t))).toEqual([]);
  });
});
