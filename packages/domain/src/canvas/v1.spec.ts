import { MATURITY_LEVELS, MATURITY_SCALE, QUICK_CHECK_ANSWER_LABELS, QUICK_CHECK_ANSWERS, SeedId } from './framework';
import { RECOMMENDATION_IDS, RECOMMENDATIONS, RecommendationId, recommendationById } from './recommendations';
import { CANVAS_V1 } from './v1';
import { frameworkProblems } from './validate-framework';

const domains = CANVAS_V1.domains;
const criteria = domains.flatMap((d) => d.criteria);
const quickChecks = domains.flatMap((d) => d.quickCheck);

/** Every piece of text a reader sees, with where it is, for the wording checks. */
const allText: [string, string][] = [
  ['title', CANVAS_V1.title],
  ...MATURITY_SCALE.flatMap((s): [string, string][] => [
    [`scale ${s.level}`, s.label],
    [`scale ${s.level}`, s.meaning],
  ]),
  ...RECOMMENDATIONS.flatMap((r): [string, string][] => [
    [r.id, r.title],
    [r.id, r.summary],
  ]),
  ...domains.flatMap((d): [string, string][] => [
    [d.key, d.title],
    [d.key, d.summary],
    ...d.coachingTopics.map((t): [string, string] => [d.key, t]),
  ]),
  ...criteria.flatMap((c): [string, string][] => [
    [c.key, c.statement],
    [c.key, c.guidance],
    ...c.evidencePrompts.map((p): [string, string] => [c.key, p]),
    ...MATURITY_LEVELS.map((l): [string, string] => [c.key, c.levels[l]]),
  ]),
  ...quickChecks.map((q): [string, string] => [q.key, q.statement]),
];

describe('IDT Canvas v1', () => {
  it('has no problems', () => {
    expect(frameworkProblems(CANVAS_V1)).toEqual([]);
  });

  it('has the eleven domains of the product specification, in its order', () => {
    expect(domains.map((d) => [d.number, d.title])).toEqual([
      [1, 'Understanding local needs, assets and gaps'],
      [2, 'Co-design with people at risk of exclusion'],
      [3, 'Cross-sector partnership and trusted touchpoints'],
      [4, 'Leadership, strategy and governance'],
      [5, 'A digitally confident workforce'],
      [6, 'Engaging clinical and non-clinical staff'],
      [7, 'Access: devices, connectivity, digital and data poverty'],
      [8, 'Person-centred wraparound support and informed choice'],
      [9, 'Sustainable, long-term investment'],
      [10, 'Evaluation, inclusive feedback and impact'],
      [11, 'Learning and sharing'],
    ]);
  });

  // PRODUCT.md §2 names, for each area, the seed sections and recommendations it comes from.
  it.each<[number, [SeedId, string][], RecommendationId[]]>([
    [1, [['003', '§4.2']], ['ICS-1', 'ICS-9']],
    [2, [['003', '§4.4']], ['ICS-3']],
    [3, [['003', '§4.2'], ['003', '§4.4']], ['ICS-10', 'ICS-11']],
    [4, [['003', '§4.5']], ['ICS-7', 'ICS-8']],
    [5, [['003', '§4.6']], ['ICS-4', 'ICS-5']],
    [6, [['003', '§4.7']], []],
    [7, [['001', 'Definitions'], ['000', 'Description'], ['000', 'Key achievements']], []],
    [8, [['001', 'Definitions']], ['ICS-12']],
    [9, [['003', '§4.8'], ['003', '§5.1']], ['NAT-1']],
    [10, [['003', '§5.2'], ['003', '§5.1'], ['000', 'Key achievements']], ['ICS-6', 'NAT-3']],
    [11, [['003', '§4.9']], []],
  ])('domain %i cites the seed sections and recommendations the specification gives it', (number, cited, recs) => {
    const domain = domains.find((d) => d.number === number)!;
    const refs = domain.sources.map((s) => [s.seed, s.section]);
    for (const ref of cited) expect(refs).toContainEqual(ref);
    for (const id of recs) expect(domain.recommendations).toContain(id);
  });

  it('says where the impact and evaluation tools of seed 000 are used', () => {
    const evaluation = domains.find((d) => d.key === 'evaluation')!;
    const note = evaluation.sources.find((s) => s.seed === '000')?.note ?? '';
    expect(note).toMatch(/impact and benefits/);
    expect(note).toMatch(/evaluation framework/);
  });

  it('uses every recommendation to ICSs in at least one domain, and every national one too', () => {
    const used = new Set(domains.flatMap((d) => d.recommendations));
    const forSystems = RECOMMENDATIONS.filter((r) => r.audience === 'ICS').map((r) => r.id);
    expect(forSystems).toEqual(Array.from({ length: 12 }, (_, i) => `ICS-${i + 1}`));
    expect(forSystems.filter((id) => !used.has(id))).toEqual([]);
    expect(RECOMMENDATION_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives every domain 2 to 4 criteria, 2 to 4 coaching topics and at least one recommendation', () => {
    for (const d of domains) {
      expect([d.key, d.criteria.length >= 2 && d.criteria.length <= 4]).toEqual([d.key, true]);
      expect([d.key, d.coachingTopics.length >= 2 && d.coachingTopics.length <= 4]).toEqual([d.key, true]);
      expect([d.key, d.recommendations.length >= 1]).toEqual([d.key, true]);
    }
    expect(criteria).toHaveLength(34);
  });

  it('gives every criterion 2 to 4 evidence prompts', () => {
    const outside = criteria.filter((c) => c.evidencePrompts.length < 2 || c.evidencePrompts.length > 4);
    expect(outside.map((c) => c.key)).toEqual([]);
  });

  it('writes level descriptors for each criterion, not the general meaning of the scale', () => {
    const descriptors = criteria.flatMap((c) => MATURITY_LEVELS.map((l) => c.levels[l]));
    expect(new Set(descriptors).size).toBe(descriptors.length);
    const general = new Set(MATURITY_SCALE.map((s) => s.meaning));
    expect(descriptors.filter((d) => general.has(d))).toEqual([]);
  });

  it('asks at least six quick-check questions, including the two KLOE questions of seed 003 §2.2', () => {
    expect(quickChecks.length).toBeGreaterThanOrEqual(6);
    const fromKloeQuestions = quickChecks.filter((q) => q.sources.some((s) => s.section.startsWith('§2.2')));
    expect(fromKloeQuestions.map((q) => q.key)).toEqual([
      'co-design.user-centred-pathway-redesign',
      'partnership.cross-discipline-collaboration',
    ]);
    for (const q of quickChecks) expect(q.sources.map((s) => s.section)).toContain('§3.2.2');
  });

  it('answers quick checks as seed 003 reports the KLOEs: agree, partially agree, disagree', () => {
    expect(QUICK_CHECK_ANSWERS.map((a) => QUICK_CHECK_ANSWER_LABELS[a])).toEqual([
      'Agree',
      'Partially agree',
      'Disagree',
    ]);
  });

  it('keeps its keys: later versions map criteria by them, so a published key never changes', () => {
    expect(domains.map((d) => d.key)).toEqual([
      'local-needs',
      'co-design',
      'partnership',
      'leadership',
      'workforce',
      'staff-engagement',
      'access',
      'wraparound-support',
      'investment',
      'evaluation',
      'learning-and-sharing',
    ]);
    expect(criteria.map((c) => c.key)).toEqual([
      'local-needs.needs-analysis',
      'local-needs.assets-and-gaps',
      'local-needs.barriers-understood',
      'co-design.upstream-involvement',
      'co-design.principles-applied',
      'co-design.power-and-resources',
      'partnership.cross-sector',
      'partnership.trusted-touchpoints',
      'partnership.vcse-funded',
      'leadership.senior-buy-in',
      'leadership.shared-strategy',
      'leadership.governance',
      'leadership.health-inequalities-framing',
      'workforce.skills-confidence-motivation',
      'workforce.training-and-support',
      'workforce.roles-and-objectives',
      'staff-engagement.staff-led-change',
      'staff-engagement.assumptions-challenged',
      'staff-engagement.staff-digital-inclusion',
      'access.devices-and-connectivity',
      'access.digital-and-data-poverty',
      'access.accessible-services',
      'wraparound-support.identify-and-connect',
      'wraparound-support.person-centred-support',
      'wraparound-support.informed-choice',
      'investment.long-term-revenue',
      'investment.joined-up-funding',
      'investment.pilots-to-mainstream',
      'evaluation.inclusive-feedback',
      'evaluation.uptake-monitoring',
      'evaluation.impact-evaluated',
      'learning-and-sharing.systematic-capture',
      'learning-and-sharing.networks-and-peers',
      'learning-and-sharing.work-in-the-open',
    ]);
    expect(quickChecks.map((q) => q.key)).toEqual([
      'co-design.user-centred-pathway-redesign',
      'co-design.people-on-steering-groups',
      'partnership.cross-discipline-collaboration',
      'leadership.digital-inclusion-workstream',
      'workforce.dedicated-staff',
      'staff-engagement.multidisciplinary-transformation',
      'evaluation.feedback-shapes-redesign',
    ]);
  });

  it('names the six co-design principles of seed 003 §4.4', () => {
    const principles = criteria.find((c) => c.key === 'co-design.principles-applied')!.statement;
    for (const principle of [
      'design with people, not for them',
      'go where the people are',
      'relationships not transactions',
      'work in the open',
      'understand underlying behaviour',
      'do it now',
    ]) {
      expect(principles).toContain(principle);
    }
  });

  it('is written in UK spelling, without marketing words', () => {
    const usSpelling = /\b\w*(organiz|prioritiz|recogniz|minimiz|analyz|behavior|center\b|program\b|color\b)\w*/i;
    const marketing =
      /\b(leverage|seamless|world[- ]class|cutting[- ]edge|best[- ]in[- ]class|synerg\w*|empower\w*)\b/i;
    expect(allText.filter(([, t]) => usSpelling.test(t) || marketing.test(t))).toEqual([]);
  });

  it('has no blank text and no doubled spaces from joined lines', () => {
    expect(allText.filter(([, t]) => t.trim() !== t || t === '' || / {2}/.test(t))).toEqual([]);
  });
});

describe('RECOMMENDATIONS', () => {
  it('lists the 6 national and 12 ICS recommendations of seed 003 §5, numbered as the report numbers them', () => {
    expect(RECOMMENDATIONS.map((r) => r.id)).toEqual([...RECOMMENDATION_IDS]);
    for (const r of RECOMMENDATIONS) {
      const prefix = r.audience === 'ICS' ? 'ICS' : 'NAT';
      expect(r.id).toBe(`${prefix}-${r.number}`);
      expect(r.source).toEqual({ seed: '003', section: r.audience === 'ICS' ? '§5.2' : '§5.1' });
    }
    expect(RECOMMENDATIONS.filter((r) => r.audience === 'NATIONAL')).toHaveLength(6);
  });

  it('keeps the report headings', () => {
    expect(recommendationById('ICS-10').title).toBe('Work with trusted touchpoints');
    expect(recommendationById('NAT-1').title).toBe('Long term revenue funding models');
    expect(recommendationById('ICS-12').title).toBe(
      'Ensure informed choice is factored in at every stage of a pathway',
    );
  });
});
