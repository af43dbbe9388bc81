import { diffFrameworks } from './diff-frameworks';
import { CanvasDomain, CanvasFramework, Criterion, MATURITY_SCALE } from './framework';
import { CANVAS_V1 } from './v1';

const criterion = (key: string, statement = `We do ${key}.`, extra: Partial<Criterion> = {}): Criterion => ({
  key,
  statement,
  guidance: 'Why it matters.',
  evidencePrompts: ['Where is it written down?'],
  levels: { 1: 'None.', 2: 'Some.', 3: 'More.', 4: 'Most.', 5: 'All.' },
  sources: [{ seed: '003', section: '§4.2' }],
  ...extra,
});
const domain = (key: string, number: number, title: string, criteria: Criterion[]): CanvasDomain => ({
  key,
  number,
  title,
  summary: `About ${key}.`,
  sources: [{ seed: '003', section: '§4.2' }],
  recommendations: [],
  coachingTopics: [],
  criteria,
  quickCheck: [],
});
const framework = (version: number, domains: CanvasDomain[]): CanvasFramework => ({ key: 'idt-canvas', version, title: 'Test', scale: MATURITY_SCALE, domains });

const v1 = framework(1, [
  domain('alpha', 1, 'Alpha', [criterion('alpha.one'), criterion('alpha.two'), criterion('alpha.three')]),
  domain('beta', 2, 'Beta', [criterion('beta.one'), criterion('beta.two'), criterion('beta.three')]),
  domain('gamma', 3, 'Gamma', [criterion('gamma.one'), criterion('gamma.two')]),
]);
const v2 = framework(2, [
  domain('alpha', 1, 'Alpha, renamed', [
    criterion('alpha.one', 'We do alpha.one, better worded.'),
    criterion('alpha.second', 'We do alpha.two.', { replaces: [{ key: 'alpha.two', note: 'A clearer key.' }] }),
    criterion('alpha.three', 'We do alpha.three.', { levels: { 1: 'None.', 2: 'Some.', 3: 'More.', 4: 'Nearly all.', 5: 'All, and shared.' } }),
  ]),
  domain('beta', 2, 'Beta', [
    criterion('beta.one-a', 'We do the first half of beta.one.', { replaces: [{ key: 'beta.one' }] }),
    criterion('beta.one-b', 'We do the second half of beta.one.', { replaces: [{ key: 'beta.one' }] }),
    criterion('beta.joined', 'We do beta.two and beta.three.', { replaces: [{ key: 'beta.two' }, { key: 'beta.three' }, { key: 'gamma.one' }, { key: 'gamma.two' }] }),
  ]),
  domain('delta', 3, 'Delta', [criterion('delta.one'), criterion('delta.two')]),
]);

describe('diffFrameworks', () => {
  const diff = diffFrameworks(v1, v2);

  it('finds areas added, renamed and retired', () => {
    expect(diff.fromVersion).toBe(1);
    expect(diff.toVersion).toBe(2);
    expect(diff.domainsAdded).toEqual([{ domainKey: 'delta', title: 'Delta', description: 'New area 3: “Delta”.' }]);
    expect(diff.domainsRenamed).toEqual([{ domainKey: 'alpha', titleBefore: 'Alpha', titleAfter: 'Alpha, renamed', description: 'Area “Alpha” is now called “Alpha, renamed”.' }]);
    expect(diff.domainsRetired).toEqual([{ domainKey: 'gamma', title: 'Gamma', description: 'Area “Gamma” is no longer in the canvas.' }]);
  });

  it('finds a criterion renamed: one new key that takes over one old key alone', () => {
    expect(diff.criteriaRenamed).toEqual([
      {
        criterionKey: 'alpha.second',
        previousKey: 'alpha.two',
        domainKey: 'alpha',
        statementBefore: 'We do alpha.two.',
        statementAfter: 'We do alpha.two.',
        note: 'A clearer key.',
        description: 'alpha.two is now alpha.second: “We do alpha.two.” A clearer key.',
      },
    ]);
  });

  it('finds criteria split and merged, each with the criteria that take it over', () => {
    expect(diff.criteriaRetired.map((r) => [r.criterionKey, r.kind, r.replacedBy.map((b) => b.criterionKey)])).toEqual([
      ['beta.one', 'SPLIT', ['beta.one-a', 'beta.one-b']],
      ['beta.two', 'MERGED', ['beta.joined']],
      ['beta.three', 'MERGED', ['beta.joined']],
      ['gamma.one', 'MERGED', ['beta.joined']],
      ['gamma.two', 'MERGED', ['beta.joined']],
    ]);
    expect(diff.criteriaRetired[0].description).toBe('beta.one is split into beta.one-a and beta.one-b: “We do beta.one.”');
    expect(diff.criteriaRetired[1].description).toBe('beta.two is merged into beta.joined: “We do beta.two.”');
  });

  it('lists every new key as added, saying what it takes over', () => {
    expect(diff.criteriaAdded.map((a) => [a.criterionKey, a.replaces])).toEqual([
      ['beta.one-a', ['beta.one']],
      ['beta.one-b', ['beta.one']],
      ['beta.joined', ['beta.two', 'beta.three', 'gamma.one', 'gamma.two']],
      ['delta.one', []],
      ['delta.two', []],
    ]);
    expect(diff.criteriaAdded[3].description).toBe('New criterion in “Delta”: “We do delta.one.”');
    expect(diff.criteriaAdded[0].description).toBe('New criterion in “Beta”, taking over from beta.one: “We do the first half of beta.one.”');
  });

  it('finds a criterion reworded and its level descriptors changed', () => {
    expect(diff.criteriaReworded).toEqual([
      {
        criterionKey: 'alpha.one',
        domainKey: 'alpha',
        parts: ['statement'],
        statementBefore: 'We do alpha.one.',
        statementAfter: 'We do alpha.one, better worded.',
        description: 'alpha.one: new wording for its statement, now “We do alpha.one, better worded.”',
      },
    ]);
    expect(diff.levelsChanged).toEqual([
      {
        criterionKey: 'alpha.three',
        domainKey: 'alpha',
        statement: 'We do alpha.three.',
        levels: [
          { level: 4, before: 'Most.', after: 'Nearly all.' },
          { level: 5, before: 'All.', after: 'All, and shared.' },
        ],
        description: 'alpha.three: what levels 4 and 5 look like has changed.',
      },
    ]);
    expect(diff.unchanged).toBe(false);
  });

  it('says a retired criterion nothing takes over is retired (a draft that mappingProblems would refuse)', () => {
    const dropped = framework(2, [v1.domains[0], domain('beta', 2, 'Beta', [criterion('beta.one'), criterion('beta.two')]), v1.domains[2]]);
    expect(diffFrameworks(v1, dropped).criteriaRetired.map((r) => r.description)).toEqual(['beta.three is retired and nothing takes it over: “We do beta.three.”']);
  });

  it('finds nothing between a version and itself', () => {
    const same = diffFrameworks(CANVAS_V1, CANVAS_V1);
    expect(same.unchanged).toBe(true);
    expect(same.criteriaReworded).toEqual([]);
  });

  it('finds a change to the scale itself', () => {
    const scale = MATURITY_SCALE.map((s) => (s.level === 5 ? { ...s, label: 'Sustained' } : s));
    expect(diffFrameworks(v1, { ...v1, scale }).scaleChanged.map((s) => [s.level, s.labelBefore, s.labelAfter])).toEqual([[5, 'Embedded', 'Sustained']]);
  });
});
