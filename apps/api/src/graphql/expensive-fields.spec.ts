import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, DocumentNode, parse, validate } from 'graphql';
import { EXPENSIVE_FIELDS, expensiveFieldsRule, MAX_QUERY_WORK } from './expensive-fields';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
const refusals = (query: string | DocumentNode) => validate(schema, typeof query === 'string' ? parse(query) : query, [expensiveFieldsRule()]);

/** Every document the web app sends, as codegen wrote them (apps/web/src/gql/graphql.ts). */
function webDocuments(): { name: string; document: DocumentNode }[] {
  const source = readFileSync(join(__dirname, '../../../web/src/gql/graphql.ts'), 'utf8');
  return [...source.matchAll(/^export const (\w+Document) = new TypedDocumentString\(`([^`]*)`\)/gm)].map(([, name, text]) => ({
    name,
    document: parse(text),
  }));
}

describe('the work a query asks for', () => {
  it('lets every query the web app sends through', () => {
    const documents = webDocuments();
    expect(documents.length).toBeGreaterThan(50);
    for (const { name, document } of documents) expect({ name, errors: refusals(document).map((e) => e.message) }).toEqual({ name, errors: [] });
  });

  it('refuses ten aliased landscapes, and fragments that ask for them again', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `l${i}: landscape(cycleId: "c", method: ROGERS_QUANTILES) { published }`).join(' ');
    const [error] = refusals(`{ ${ten} }`);
    expect(error?.extensions['code']).toBe('QUERY_TOO_EXPENSIVE');
    expect(error?.message).toMatch(/too much work at once \(1000 units; at most 300\)/);
    const viaFragments = `query { ...A ...B } fragment A on Query { a: landscape(cycleId: "c", method: ROGERS_QUANTILES) { published } b: movement(fromCycleId: "a", toCycleId: "c") { __typename } }
      fragment B on Query { ... on Query { c: crosswalkLandscape(cycleId: "c") { __typename } d: systemProfile(systemId: "s") { __typename } } }`;
    expect(refusals(viaFragments).map((e) => e.extensions['code'])).toEqual(['QUERY_TOO_EXPENSIVE']);
  });

  it('lets through a query at the limit and any number of cheap fields', () => {
    const weight = EXPENSIVE_FIELDS['landscape'];
    const atLimit = Array.from({ length: MAX_QUERY_WORK / weight }, (_, i) => `l${i}: landscape(cycleId: "c", method: ROGERS_QUANTILES) { published }`).join(' ');
    expect(refusals(`{ ${atLimit} }`)).toEqual([]);
    expect(refusals(`{ ${Array.from({ length: 10 }, (_, i) => `r${i}: regions { name }`).join(' ')} }`)).toEqual([]);
  });
});
