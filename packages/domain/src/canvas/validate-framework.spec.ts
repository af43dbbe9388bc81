import { CanvasFramework, Criterion, MATURITY_SCALE, MaturityLevel, SeedId } from './framework';
import { RecommendationId } from './recommendations';
import { frameworkProblemMessages, frameworkProblems, mappingProblems } from './validate-framework';

type Draft<T> = { -readonly [K in keyof T]: Draft<T[K]> };

const criterion = (key: string): Draft<Criterion> => ({
  key,
  statement: 'We do the thing.',
  guidance: 'Why the thing matters.',
  evidencePrompts: ['Where is the thing written down?'],
  levels: { 1: 'No thing.', 2: 'Some thing.', 3: 'More thing.', 4: 'Most thing.', 5: 'All thing.' },
  sources: [{ seed: '003', section: '§4.2' }],
});

/** The smallest framework with every part: two domains of two criteria, one quick-check question. */
const valid: CanvasFramework = {
  key: 'idt-canvas',
  version: 1,
  title: 'Test canvas',
  scale: MATURITY_SCALE,
  domains: [
    {
      key: 'alpha',
      number: 1,
      title: 'Alpha',
      summary: 'About alpha.',
      sources: [{ seed: '001', section: 'Definitions', note: 'the definitions' }],
      recommendations: ['ICS-1'],
      coachingTopics: ['Alpha coaching'],
      criteria: [criterion('alpha.one'), criterion('alpha.two')],
      quickCheck: [{ key: 'alpha.check', statement: 'We agree.', sources: [{ seed: '003', section: '§3.2.2' }] }],
    },
    {
      key: 'beta',
      number: 2,
      title: 'Beta',
      summary: 'About beta.',
      sources: [{ seed: '000', section: 'Key achievements' }],
      recommendations: ['NAT-1'],
      coachingTopics: ['Beta coaching'],
      criteria: [criterion('beta.one'), criterion('beta.two')],
      quickCheck: [],
    },
  ],
};

/** A copy of the valid framework with one thing broken. */
function broken(edit: (f: Draft<CanvasFramework>) => void): CanvasFramework {
  const copy = structuredClone(valid) as Draft<CanvasFramework>;
  edit(copy);
  return copy;
}

describe('frameworkProblems', () => {
  it('finds nothing wrong with a valid framework', () => {
    expect(frameworkProblems(valid)).toEqual([]);
  });

  it.each<[string, (f: Draft<CanvasFramework>) => void, string[]]>([
    [
      'an empty level descriptor',
      (f) => (f.domains[0].criteria[0].levels[3] = ' '),
      ['criterion "alpha.one": level 3 has no descriptor'],
    ],
    [
      'a missing level descriptor',
      (f) => delete (f.domains[1].criteria[1].levels as Partial<Record<MaturityLevel, string>>)[5],
      ['criterion "beta.two": level 5 has no descriptor'],
    ],
    [
      'a duplicate criterion key',
      (f) => (f.domains[0].criteria[1].key = 'alpha.one'),
      ['criterion 1.2 has the same key as criterion 1.1, "alpha.one": give each criterion its own key'],
    ],
    [
      'a duplicate domain key',
      (f) => {
        f.domains[1].key = 'alpha';
        f.domains[1].criteria[0].key = 'alpha.three';
        f.domains[1].criteria[1].key = 'alpha.four';
      },
      ['duplicate domain key "alpha"'],
    ],
    [
      'a duplicate quick-check key',
      (f) => f.domains[0].quickCheck.push({ ...f.domains[0].quickCheck[0], statement: 'We agree again.' }),
      ['duplicate quick-check key "alpha.check"'],
    ],
    [
      'a quick-check key that is also a criterion key',
      (f) => (f.domains[0].quickCheck[0].key = 'alpha.two'),
      ['quick-check "alpha.two": key is also a criterion key'],
    ],
    [
      'a criterion key outside its domain',
      (f) => (f.domains[1].criteria[0].key = 'alpha.three'),
      ['criterion "alpha.three": key must start with "beta."'],
    ],
    [
      'a quick-check key outside its domain',
      (f) => (f.domains[0].quickCheck[0].key = 'check'),
      ['quick-check "check": key must start with "alpha."'],
    ],
    [
      'a criterion key that is not kebab-case',
      (f) => (f.domains[0].criteria[1].key = 'alpha.Second one'),
      ['criterion "alpha.Second one": key must be kebab-case after "alpha."'],
    ],
    [
      'a domain key that is not kebab-case',
      (f) => {
        f.domains[1].key = 'beta_2';
        f.domains[1].criteria[0].key = 'beta_2.one';
        f.domains[1].criteria[1].key = 'beta_2.two';
      },
      ['domain "beta_2": key must be kebab-case'],
    ],
    [
      'a domain with one criterion',
      (f) => f.domains[0].criteria.pop(),
      ['domain "alpha": has 1 criterion, expected 2 to 4'],
    ],
    [
      'a domain with five criteria',
      (f) => f.domains[1].criteria.push(criterion('beta.three'), criterion('beta.four'), criterion('beta.five')),
      ['domain "beta": has 5 criteria, expected 2 to 4'],
    ],
    [
      'a domain with three quick-check questions',
      (f) =>
        f.domains[1].quickCheck.push(
          { key: 'beta.a', statement: 'A.', sources: [{ seed: '003', section: '§3.2.2' }] },
          { key: 'beta.b', statement: 'B.', sources: [{ seed: '003', section: '§3.2.2' }] },
          { key: 'beta.c', statement: 'C.', sources: [{ seed: '003', section: '§3.2.2' }] },
        ),
      ['domain "beta": has 3 quick-check questions, expected 0 to 2'],
    ],
    [
      'domains numbered out of order',
      (f) => (f.domains[1].number = 3),
      ['domain "beta": numbered 3, expected 2 (domains are numbered 1..n in order)'],
    ],
    [
      'a source citing a document that is not a seed',
      (f) => (f.domains[0].sources[0].seed = '005' as SeedId),
      ['domain "alpha": source 1 cites unknown seed "005"'],
    ],
    [
      'a criterion with no sources',
      (f) => (f.domains[1].criteria[0].sources = []),
      ['criterion "beta.one": has no sources'],
    ],
    [
      'a quick-check question with no sources',
      (f) => (f.domains[0].quickCheck[0].sources = []),
      ['quick-check "alpha.check": has no sources'],
    ],
    [
      'a recommendation that does not exist',
      (f) => f.domains[0].recommendations.push('ICS-13' as RecommendationId),
      ['domain "alpha": unknown recommendation "ICS-13"'],
    ],
    [
      'a recommendation listed twice',
      (f) => f.domains[1].recommendations.push('NAT-1'),
      ['domain "beta": recommendation "NAT-1" is listed twice'],
    ],
    [
      'no evidence prompts',
      (f) => (f.domains[0].criteria[0].evidencePrompts = []),
      ['criterion "alpha.one": has 0 evidence prompts, expected 1 to 4'],
    ],
    [
      'five evidence prompts',
      (f) => (f.domains[0].criteria[0].evidencePrompts = ['A?', 'B?', 'C?', 'D?', 'E?']),
      ['criterion "alpha.one": has 5 evidence prompts, expected 1 to 4'],
    ],
    ['an empty framework title', (f) => (f.title = ''), ['framework: title is empty']],
    ['an empty domain title', (f) => (f.domains[0].title = ''), ['domain "alpha": title is empty']],
    ['an empty domain summary', (f) => (f.domains[1].summary = '\n'), ['domain "beta": summary is empty']],
    [
      'an empty coaching topic',
      (f) => f.domains[0].coachingTopics.push(''),
      ['domain "alpha": coaching topic 2 is empty'],
    ],
    ['an empty domain key', (f) => (f.domains[0].key = ''), ['domain "": key is empty']],
    [
      'an empty criterion key',
      (f) => (f.domains[0].criteria[0].key = ''),
      ['criterion "": key is empty'],
    ],
    [
      'an empty statement',
      (f) => (f.domains[0].criteria[0].statement = ''),
      ['criterion "alpha.one": statement is empty'],
    ],
    [
      'empty guidance',
      (f) => (f.domains[0].criteria[1].guidance = '  '),
      ['criterion "alpha.two": guidance is empty'],
    ],
    [
      'an empty evidence prompt',
      (f) => (f.domains[1].criteria[0].evidencePrompts = ['Fine?', '']),
      ['criterion "beta.one": evidence prompt 2 is empty'],
    ],
    [
      'an empty quick-check statement',
      (f) => (f.domains[0].quickCheck[0].statement = ''),
      ['quick-check "alpha.check": statement is empty'],
    ],
    [
      'an empty source section',
      (f) => (f.domains[0].criteria[0].sources[0].section = ''),
      ['criterion "alpha.one": source 1 section is empty'],
    ],
    [
      'an empty source note',
      (f) => (f.domains[0].sources[0].note = ''),
      ['domain "alpha": source 1 note is empty'],
    ],
    [
      'an empty scale label',
      (f) => (f.scale[1].label = ''),
      ['scale level 2: label is empty'],
    ],
    [
      'a scale without all five levels',
      (f) => f.scale.pop(),
      ['scale: must list levels 1, 2, 3, 4, 5 in order'],
    ],
    ['a version of 0', (f) => (f.version = 0), ['framework: version 0 is not a whole number from 1']],
    [
      'a publication date that is not a date',
      (f) => (f.publishedOn = '2026-02-30'),
      ['framework: publishedOn "2026-02-30" is not a date (YYYY-MM-DD)'],
    ],
    ['no domains', (f) => (f.domains = []), ['framework: has no domains']],
  ])('reports %s', (_what, edit, expected) => {
    expect(frameworkProblemMessages(broken(edit))).toEqual(expected);
  });

  it('accepts a publication date', () => {
    expect(frameworkProblemMessages(broken((f) => (f.publishedOn = '2026-03-31')))).toEqual([]);
  });

  it('reports every problem, not only the first', () => {
    const f = broken((d) => {
      d.title = '';
      d.domains[1].number = 5;
      d.domains[1].criteria[0].levels[1] = '';
    });
    expect(frameworkProblemMessages(f)).toEqual([
      'framework: title is empty',
      'domain "beta": numbered 5, expected 2 (domains are numbered 1..n in order)',
      'criterion "beta.one": level 1 has no descriptor',
    ]);
  });

  it('checks recommendation ids against the list it is given', () => {
    expect(frameworkProblemMessages(valid, [{ id: 'ICS-1' }])).toEqual(['domain "beta": unknown recommendation "NAT-1"']);
  });
});

describe('frameworkProblems as structured problems', () => {
  it.each<[string, (f: Draft<CanvasFramework>) => void, Pick<ReturnType<typeof frameworkProblems>[number], 'code' | 'field'>]>([
    ['an empty level descriptor', (f) => (f.domains[0].criteria[0].levels[3] = ' '), { code: 'MISSING_LEVEL_DESCRIPTOR', field: 'domains[0].criteria[0].levels.3' }],
    ['a duplicate criterion key', (f) => (f.domains[0].criteria[1].key = 'alpha.one'), { code: 'DUPLICATE_KEY', field: 'domains[0].criteria[1].key' }],
    ['a criterion key outside its domain', (f) => (f.domains[1].criteria[0].key = 'alpha.three'), { code: 'KEY_OUTSIDE_DOMAIN', field: 'domains[1].criteria[0].key' }],
    ['a domain with one criterion', (f) => f.domains[0].criteria.pop(), { code: 'CRITERIA_COUNT', field: 'domains[0].criteria' }],
    ['domains numbered out of order', (f) => (f.domains[1].number = 3), { code: 'DOMAIN_NUMBER', field: 'domains[1].number' }],
    ['an unknown seed', (f) => (f.domains[0].sources[0].seed = '005' as SeedId), { code: 'UNKNOWN_SOURCE', field: 'domains[0].sources[0].seed' }],
    ['an unknown recommendation', (f) => f.domains[0].recommendations.push('ICS-13' as RecommendationId), { code: 'UNKNOWN_RECOMMENDATION', field: 'domains[0].recommendations[1]' }],
    ['an empty evidence prompt', (f) => (f.domains[1].criteria[0].evidencePrompts = ['Fine?', '']), { code: 'EMPTY_TEXT', field: 'domains[1].criteria[0].evidencePrompts[1]' }],
    ['an empty scale label', (f) => (f.scale[1].label = ''), { code: 'EMPTY_TEXT', field: 'scale[1].label' }],
    ['a quick-check key that is a criterion key', (f) => (f.domains[0].quickCheck[0].key = 'alpha.two'), { code: 'KEY_CLASH', field: 'domains[0].quickCheck[0].key' }],
    ['a version of 0', (f) => (f.version = 0), { code: 'INVALID_VERSION', field: 'version' }],
    ['no domains', (f) => (f.domains = []), { code: 'NO_DOMAINS', field: 'domains' }],
  ])('gives %s a stable code and the field it is about', (_what, edit, expected) => {
    const problems = frameworkProblems(broken(edit));
    expect(problems.map((p) => ({ code: p.code, field: p.field }))).toEqual([expected]);
    expect(problems[0].code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
  });

  it('refuses a criterion that replaces a key the version still has, or one key twice', () => {
    const f = broken((d) => {
      d.domains[0].criteria[0].replaces = [{ key: 'alpha.two' }];
      d.domains[0].criteria[1].replaces = [{ key: 'alpha.old' }, { key: 'alpha.old' }];
    });
    expect(frameworkProblems(f).map((p) => [p.code, p.field])).toEqual([
      ['DUPLICATE_MAPPING', 'domains[0].criteria[1].replaces[1].key'],
      ['MAPPING_TO_KEPT_KEY', 'domains[0].criteria[0].replaces[0].key'],
    ]);
  });
});

describe('the crosswalk rules', () => {
  const withCrosswalk = (edit: (f: Draft<CanvasFramework>) => void = () => undefined) =>
    broken((f) => {
      f.crosswalk = {
        title: 'Another framework',
        publisher: 'Someone',
        year: 2023,
        domains: [
          { key: 'one', title: 'One' },
          { key: 'two', title: 'Two' },
        ],
        criteria: ['alpha.one', 'alpha.two', 'beta.one', 'beta.two'].map((criterion) => ({ criterion, domains: ['one'] })),
      };
      edit(f);
    });

  it('accepts a crosswalk that maps every criterion to known domains', () => {
    expect(frameworkProblems(withCrosswalk())).toEqual([]);
  });

  it.each<[string, (f: Draft<CanvasFramework>) => void, [string, string][]]>([
    ['a criterion left out', (f) => f.crosswalk!.criteria.pop(), [['CRITERION_NOT_IN_CROSSWALK', 'crosswalk.criteria']]],
    ['an unknown criterion', (f) => (f.crosswalk!.criteria[0].criterion = 'alpha.nine'), [['UNKNOWN_CRITERION', 'crosswalk.criteria[0].criterion'], ['CRITERION_NOT_IN_CROSSWALK', 'crosswalk.criteria']]],
    ['an unknown domain', (f) => (f.crosswalk!.criteria[1].domains = ['one', 'three']), [['UNKNOWN_CROSSWALK_DOMAIN', 'crosswalk.criteria[1].domains[1]']]],
    ['no domain for a criterion', (f) => (f.crosswalk!.criteria[2].domains = []), [['NO_CROSSWALK_DOMAIN', 'crosswalk.criteria[2].domains']]],
    ['a duplicate domain key', (f) => (f.crosswalk!.domains[1].key = 'one'), [['DUPLICATE_KEY', 'crosswalk.domains[1].key']]],
    ['an empty title', (f) => (f.crosswalk!.title = ' '), [['EMPTY_TEXT', 'crosswalk.title']]],
  ])('reports %s', (_what, edit, expected) => {
    expect(frameworkProblems(withCrosswalk(edit)).map((p) => [p.code, p.field])).toEqual(expected);
  });
});

describe('mappingProblems', () => {
  const next = (edit: (f: Draft<CanvasFramework>) => void) =>
    broken((f) => {
      f.version = 2;
      edit(f);
    });

  it('accepts the next version with the same criteria', () => {
    expect(mappingProblems(valid, next(() => undefined))).toEqual([]);
  });

  it('accepts a retired criterion that a new one replaces', () => {
    const renamed = next((f) => (f.domains[0].criteria[1] = { ...criterion('alpha.second'), replaces: [{ key: 'alpha.two' }] }));
    expect(mappingProblems(valid, renamed)).toEqual([]);
  });

  it('refuses a criterion of the version before that nothing replaces', () => {
    const dropped = next((f) => (f.domains[0].criteria[1] = criterion('alpha.second')));
    expect(mappingProblems(valid, dropped)).toEqual([
      {
        code: 'UNMAPPED_CRITERION',
        field: 'domains',
        message:
          'criterion 1.2 of version 1, "alpha.two", is not in version 2: give its key back to the criterion that carries it on, or list "alpha.two" under "replaces" in each criterion that takes it over',
      },
    ]);
  });

  it('refuses a mapping that names a key the version before does not have', () => {
    const wrong = next((f) => f.domains[1].criteria.push({ ...criterion('beta.three'), replaces: [{ key: 'beta.zero' }] }));
    expect(mappingProblems(valid, wrong).map((p) => [p.code, p.field])).toEqual([['UNKNOWN_MAPPED_CRITERION', 'domains[1].criteria[2].replaces[0].key']]);
  });

  it('refuses a criterion that keeps its key and takes over another (its meaning would change under the same key)', () => {
    const widened = next((f) => {
      f.domains[0].criteria[0].replaces = [{ key: 'alpha.two' }];
      f.domains[0].criteria[1] = criterion('alpha.second');
      f.domains[0].criteria[1].replaces = [{ key: 'alpha.two' }];
    });
    expect(mappingProblems(valid, widened).map((p) => [p.code, p.field])).toEqual([['KEPT_KEY_REPLACES', 'domains[0].criteria[0].replaces']]);
  });

  it('refuses a version that is not the next number', () => {
    expect(mappingProblems(valid, broken((f) => (f.version = 3))).map((p) => p.code)).toEqual(['VERSION_NOT_NEXT']);
  });
});
