import fc from 'fast-check';
import { textProblem, unstorableQueryParameter } from './storable-text';

describe('textProblem: what no PostgreSQL text column can store', () => {
  it.each([
    ['a NUL character', 'a\u0000b', 'NULL_CHARACTER'],
    ['a lone high surrogate', 'a\uD83D', 'BROKEN_CHARACTER'],
    ['a lone low surrogate', '\uDE00a', 'BROKEN_CHARACTER'],
    ['surrogates in the wrong order', '\uDE00\uD83D', 'BROKEN_CHARACTER'],
  ])('finds %s', (_name, value, problem) => {
    expect(textProblem(value)).toBe(problem);
  });

  it.each(['', 'plain', '😀 whole emoji', '\t\n\u202E control characters PostgreSQL keeps', '界'])('accepts %j', (value) => {
    expect(textProblem(value)).toBeNull();
  });

  it('accepts exactly the strings that survive a round trip through UTF-8 without a NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 8 }), (value) => {
        const survives = Buffer.from(value, 'utf8').toString('utf8') === value && !value.includes('\u0000');
        expect(textProblem(value) === null).toBe(survives);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('unstorableQueryParameter', () => {
  it('names the first bad parameter at any depth', () => {
    expect(unstorableQueryParameter({ a: 'fine', b: { c: ['ok', 'bad\u0000'] } })).toEqual(['b.c.1', 'NULL_CHARACTER']);
    expect(unstorableQueryParameter({ returnTo: '/cohorts' })).toBeNull();
  });
});
