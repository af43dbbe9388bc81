import fc from 'fast-check';
import { CanvasFramework, MATURITY_LEVELS } from './framework';
import { nextDraftOf, parseFrameworkDocument, serializeFrameworkDocument } from './framework-document';
import { CANVAS_V1 } from './v1';
import { CANVAS_V2 } from './v2';

const framework = (text: string, format: 'yaml' | 'json' = 'yaml') => {
  const parsed = parseFrameworkDocument(text, format);
  if (!('framework' in parsed)) throw new Error(`Unexpected problems: ${JSON.stringify(parsed.problems)}`);
  return parsed.framework;
};
const problems = (text: string, format: 'yaml' | 'json' = 'yaml', previous?: CanvasFramework) => {
  const parsed = parseFrameworkDocument(text, format, previous ? { previous } : {});
  if (!('problems' in parsed)) throw new Error('Expected problems, got a framework');
  return parsed.problems;
};
/** The line (1-based) of the first line of `text` that contains `needle`, from `after` on. */
const lineWith = (text: string, needle: string, after = 0) => text.split('\n').findIndex((l, i) => i >= after && l.includes(needle)) + 1;

const v1Yaml = serializeFrameworkDocument(CANVAS_V1, 'yaml');
const v1Json = serializeFrameworkDocument(CANVAS_V1, 'json');

describe('serializeFrameworkDocument and parseFrameworkDocument', () => {
  it('write canvas v1 as a document that reads back to the same framework, in YAML and in JSON', () => {
    expect(framework(v1Yaml, 'yaml')).toEqual(CANVAS_V1);
    expect(framework(v1Json, 'json')).toEqual(CANVAS_V1);
    expect(v1Yaml).toMatch(/^# Inclusive Digital Transformation Canvas, version 1 \(draft\)\.\n\nkey: idt-canvas\nversion: 1\n/);
    expect(v1Yaml).toContain('\n        levels:\n          1: ');
    expect(JSON.parse(v1Json).domains[0].criteria[0].levels['1']).toBe(CANVAS_V1.domains[0].criteria[0].levels[1]);
  });

  it('read a JSON document as YAML too (JSON is YAML)', () => {
    expect(framework(v1Json, 'yaml')).toEqual(CANVAS_V1);
  });

  const twoDomains: CanvasFramework = { ...CANVAS_V1, domains: CANVAS_V1.domains.slice(0, 2) };
  const someText = fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).filter((s) => s.trim() !== '');

  it('reads back a title with line breaks and control characters (its opening comment stays one line)', () => {
    const edited: CanvasFramework = { ...twoDomains, title: '\n\r\u0000' };
    expect(framework(serializeFrameworkDocument(edited, 'yaml'))).toEqual(edited);
  });

  it.each(['yaml', 'json'] as const)('read back whatever text a framework holds (%s, property)', (format) => {
    fc.assert(
      fc.property(someText, someText, fc.array(someText, { minLength: 5, maxLength: 5 }), fc.option(fc.constantFrom('2026-03-31', '2027-01-01'), { nil: undefined }), (title, statement, levels, publishedOn) => {
        const [first, ...rest] = twoDomains.domains;
        const edited: CanvasFramework = {
          ...twoDomains,
          title,
          ...(publishedOn ? { publishedOn } : {}),
          domains: [
            {
              ...first,
              criteria: first.criteria.map((c, i) =>
                i === 0 ? { ...c, statement, levels: Object.fromEntries(MATURITY_LEVELS.map((l) => [l, levels[l - 1]])) as typeof c.levels } : c,
              ),
            },
            ...rest,
          ],
        };
        expect(framework(serializeFrameworkDocument(edited, format), format)).toEqual(edited);
      }),
      { numRuns: 40 },
    );
  });
});

describe('parseFrameworkDocument: problems by line and field', () => {
  it('says where the YAML is broken', () => {
    const broken = v1Yaml.replace('title: Inclusive Digital Transformation Canvas', 'title: [Inclusive');
    const found = problems(broken);
    expect(found[0].code).toBe('INVALID_YAML');
    expect(found[0].message).toMatch(/^The file is not valid YAML: /);
    expect(found[0].line).toBeGreaterThanOrEqual(lineWith(broken, 'title: [Inclusive'));
  });

  it('says where the JSON is broken, in JSON words', () => {
    const broken = v1Json.replace('"version": 1,', '"version": 1,,');
    const found = problems(broken, 'json');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'INVALID_JSON', field: '', line: lineWith(broken, '"version": 1,,') });
    expect(found[0].message).toMatch(/^The file is not valid JSON: /);
  });

  it('refuses YAML sent as JSON', () => {
    expect(problems(v1Yaml, 'json')[0].code).toBe('INVALID_JSON');
  });

  it('reports a missing field, a wrong type and an unknown field with their paths and lines', () => {
    const broken = v1Yaml
      .replace('version: 1\n', 'version: one\n')
      .replace(/\n {8}guidance: [^\n]*/, '')
      .replace('    number: 2\n', '    number: 2\n    colour: blue\n');
    const found = problems(broken);
    expect(found.map((p) => [p.code, p.field, p.line])).toEqual([
      ['WRONG_TYPE', 'version', lineWith(broken, 'version: one')],
      ['MISSING_FIELD', 'domains[0].criteria[0].guidance', lineWith(broken, '- key: local-needs.needs-analysis')],
      ['UNKNOWN_FIELD', 'domains[1].colour', lineWith(broken, 'colour: blue')],
    ]);
    expect(found[0].message).toBe('"version" should be a whole number.');
    expect(found[1].message).toBe('"domains[0].criteria[0]" has no "guidance".');
    expect(found[2].message).toMatch(/^"domains\[1\]" has a field "colour" the canvas does not have/);
  });

  it('words a wrong type in the terms of the format', () => {
    const yaml = problems(v1Yaml.replace(/\n {4}coachingTopics:\n( {6}- [^\n]*\n)+/, '\n    coachingTopics: none\n'));
    const json = problems(v1Json.replace(/"coachingTopics": \[[^\]]*\]/, '"coachingTopics": "none"'), 'json');
    expect(yaml.map((p) => [p.code, p.field])).toEqual([['WRONG_TYPE', 'domains[0].coachingTopics']]);
    expect(json.map((p) => [p.code, p.field])).toEqual([['WRONG_TYPE', 'domains[0].coachingTopics']]);
    expect(yaml[0].message).toBe('"domains[0].coachingTopics" should be a list (lines starting with "- ").');
    expect(json[0].message).toBe('"domains[0].coachingTopics" should be an array ([ ... ]).');
  });

  it('gives a problem in a JSON document its line too', () => {
    const broken = v1Json.replace(/\n {10}"guidance": [^\n]*/, '').replace('"key": "local-needs.assets-and-gaps"', '"key": "local-needs.Assets"');
    const found = problems(broken, 'json');
    expect(found.map((p) => [p.code, p.field, p.line])).toEqual([
      ['MISSING_FIELD', 'domains[0].criteria[0].guidance', lineWith(broken, '"key": "local-needs.needs-analysis"') - 1],
    ]);
    const rule = problems(v1Json.replace('"key": "local-needs.assets-and-gaps"', '"key": "local-needs.Assets"'), 'json');
    expect(rule.map((p) => [p.code, p.field, p.line])).toEqual([['KEY_NOT_KEBAB_CASE', 'domains[0].criteria[1].key', lineWith(v1Json, '"key": "local-needs.assets-and-gaps"')]]);
  });

  it('refuses a document that multiplies itself through aliases, without throwing', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f'].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n');
    expect(problems(laughs).map((p) => p.code)).toEqual(['INVALID_YAML']);
  });

  it('refuses a level the scale does not have', () => {
    const broken = v1Yaml.replace('\n          5: ', '\n          6: ');
    expect(problems(broken).map((p) => [p.code, p.field])).toEqual([
      ['UNKNOWN_FIELD', 'domains[0].criteria[0].levels.6'],
    ]);
  });

  it('gives every framework rule its field and line', () => {
    const second = 'local-needs.assets-and-gaps';
    const broken = v1Yaml.replace(`- key: ${second}`, '- key: local-needs.needs-analysis').replace(/\n {10}3: [^\n]*/, '\n          3: " "');
    const found = problems(broken);
    expect(found.map((p) => [p.code, p.field, p.line])).toEqual([
      ['MISSING_LEVEL_DESCRIPTOR', 'domains[0].criteria[0].levels.3', lineWith(broken, '3: " "')],
      ['DUPLICATE_KEY', 'domains[0].criteria[1].key', lineWith(broken, '- key: local-needs.needs-analysis', lineWith(broken, '- key: local-needs.needs-analysis'))],
    ]);
    expect(found[1].message).toBe(
      'criterion 1.2 has the same key as criterion 1.1, "local-needs.needs-analysis": give each criterion its own key',
    );
  });

  it('says a duplicated criterion key once, naming the key the criterion probably lost, and the lost key alone once keys are unique', () => {
    // canvas v2 with its third criterion given the second's key: one mistake, at the duplicate's line.
    const v2Yaml = serializeFrameworkDocument(CANVAS_V2, 'yaml');
    const broken = v2Yaml.replace('- key: local-needs.barriers-understood', '- key: local-needs.assets-and-gaps');
    const found = problems(broken, 'yaml', CANVAS_V1);
    expect(found).toEqual([
      {
        code: 'DUPLICATE_KEY',
        field: 'domains[0].criteria[2].key',
        line: lineWith(broken, '- key: local-needs.assets-and-gaps', lineWith(broken, '- key: local-needs.assets-and-gaps')),
        message:
          'criterion 1.3 has the same key as criterion 1.2, "local-needs.assets-and-gaps": give each criterion its own key. No criterion has ' +
          '"local-needs.barriers-understood" (version 1 had it and the crosswalk names it): if this criterion is that one, give it that key back',
      },
    ]);
    for (const problem of found) expect(problem.message).not.toMatch(/replaces:|- key:/);
    // Given a new key instead, the old key is missing for real: say what replaces it, and put the new key in the crosswalk.
    const renamed = v2Yaml.replace('- key: local-needs.barriers-understood', '- key: local-needs.barriers-known');
    expect(problems(renamed, 'yaml', CANVAS_V1).map((p) => [p.code, p.field])).toEqual([
      ['UNMAPPED_CRITERION', 'domains'],
      ['CRITERION_NOT_IN_CROSSWALK', 'crosswalk.criteria'],
      ['UNKNOWN_CRITERION', 'crosswalk.criteria[2].criterion'],
    ]);
    expect(problems(renamed, 'yaml', CANVAS_V1)[0].message).toBe(
      'criterion 1.3 of version 1, "local-needs.barriers-understood", is not in version 2: give its key back to the criterion that carries it on, ' +
        'or list "local-needs.barriers-understood" under "replaces" in each criterion that takes it over',
    );
  });

  it('checks the mappings against the version before, when given', () => {
    const next = serializeFrameworkDocument(nextDraftOf(CANVAS_V1), 'yaml').replace('- key: local-needs.assets-and-gaps', '- key: local-needs.support-mapped');
    const found = problems(next, 'yaml', CANVAS_V1);
    expect(found.map((p) => [p.code, p.field])).toEqual([['UNMAPPED_CRITERION', 'domains']]);
    expect(found[0].message).toMatch(/^criterion 1\.2 of version 1, "local-needs.assets-and-gaps", is not in version 2: /);
    const mapped = next.replace(
      /(- key: local-needs.support-mapped\n(?: {10}[^\n]*\n| {8}[a-z][^\n]*\n)+)/,
      '$1        replaces:\n          - key: local-needs.assets-and-gaps\n            note: Renamed.\n',
    );
    const parsed = parseFrameworkDocument(mapped, 'yaml', { previous: CANVAS_V1 });
    expect(parsed).toHaveProperty('framework');
    const criterion = 'framework' in parsed ? parsed.framework.domains[0].criteria[1] : undefined;
    expect(criterion?.replaces).toEqual([{ key: 'local-needs.assets-and-gaps', note: 'Renamed.' }]);
  });

  it('reports an empty document as a whole', () => {
    expect(problems('', 'yaml').map((p) => [p.code, p.field])).toEqual([['WRONG_TYPE', '']]);
  });
});

describe('nextDraftOf', () => {
  it('copies the latest version as the next draft: numbered one more, unpublished, with no mappings', () => {
    const published: CanvasFramework = {
      ...CANVAS_V1,
      publishedOn: '2026-03-31',
      domains: CANVAS_V1.domains.map((d, i) => (i === 0 ? { ...d, criteria: d.criteria.map((c) => ({ ...c, replaces: [{ key: 'old.key' }] })) } : d)),
    };
    const draft = nextDraftOf(published);
    expect(draft.version).toBe(2);
    expect(draft).not.toHaveProperty('publishedOn');
    expect(draft.domains.flatMap((d) => d.criteria).some((c) => 'replaces' in c)).toBe(false);
    expect(draft.domains.map((d) => d.criteria.map((c) => c.statement))).toEqual(CANVAS_V1.domains.map((d) => d.criteria.map((c) => c.statement)));
  });
});
