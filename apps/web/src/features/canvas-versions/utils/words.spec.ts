import { documentFileName, formatOfFileName, problemPlace, problemSentence, versionLabel } from './words';

describe('canvas version words', () => {
  it('says where a problem is, by line and field', () => {
    expect(problemPlace({ line: 945, field: 'domains[8].criteria[1]' })).toBe('Line 945, at domains[8].criteria[1]');
    expect(problemPlace({ field: 'title' })).toBe('At title');
    expect(problemPlace({ line: 3, field: '' })).toBe('Line 3');
    expect(problemPlace({ field: '' })).toBe('The whole file');
  });

  it('makes a problem one sentence', () => {
    expect(problemSentence({ line: 12, field: 'domains', message: 'criterion "a.b" is not in version 2' })).toBe(
      'Line 12, at domains: Criterion "a.b" is not in version 2.',
    );
    expect(problemSentence({ field: '', message: 'The file is not valid YAML.' })).toBe('The whole file: The file is not valid YAML.');
  });

  it('names files and guesses their format', () => {
    expect(formatOfFileName('canvas-v2.JSON')).toBe('JSON');
    expect(formatOfFileName('canvas-v2.yml')).toBe('YAML');
    expect(documentFileName(2, 'YAML')).toBe('idt-canvas-v2.yaml');
  });

  it('says which version a preview shows, and whether it is a draft', () => {
    expect(versionLabel({ title: 'IDT Canvas', version: 2, status: 'DRAFT' })).toBe('IDT Canvas, version 2 (draft)');
    expect(versionLabel({ title: 'IDT Canvas', version: 1, status: 'PUBLISHED' })).toBe('IDT Canvas, version 1');
  });
});
