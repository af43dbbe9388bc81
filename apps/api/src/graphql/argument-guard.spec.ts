import { buildSchema, graphql } from 'graphql';
import { guardArguments } from './argument-guard';

describe('guardArguments: every argument that can carry text is checked before its resolver', () => {
  const schema = guardArguments(
    buildSchema(`
      input Answer { key: String!, links: [String!], level: Int }
      input Save { answers: [Answer!]!, note: String }
      enum Colour { RED }
      type Query { ok: Boolean }
      type Mutation { save(id: ID!, input: Save!): Int, count(n: Int!, colour: Colour): Int }
    `),
  );
  let called = 0;
  const rootValue = {
    save: () => ++called,
    count: () => ++called,
  };
  const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, rootValue, variableValues });

  beforeEach(() => {
    called = 0;
  });

  it('names the input path of the bad text, and the resolver never runs', async () => {
    const result = await run('mutation ($i: Save!) { save(id: "1", input: $i) }', {
      i: { answers: [{ key: 'a' }, { key: 'b', links: ['https://x.nhs.uk', 'bad\u0000'] }] },
    });
    expect(result.errors?.[0].originalError).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.answers[1].links[1]' } });
    expect(called).toBe(0);
  });

  it('checks literals in the document as well as variables, and ids', async () => {
    const result = await run('mutation { save(id: "a\\u0000b", input: { answers: [] }) }');
    expect(result.errors?.[0].originalError).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'id' } });
    expect(called).toBe(0);
  });

  it('lets good text through to the resolver', async () => {
    const result = await run('mutation { save(id: "1", input: { answers: [{ key: "😀", links: null }], note: "fine" }) }');
    expect(result).toEqual({ data: { save: 1 } });
  });

  it('leaves fields without text arguments as they are, and guards a schema once', () => {
    const count = schema.getMutationType()?.getFields()['count'];
    const save = schema.getMutationType()?.getFields()['save'];
    expect(count?.resolve).toBeUndefined();
    const wrapped = save?.resolve;
    guardArguments(schema);
    expect(save?.resolve).toBe(wrapped);
  });
});
