import { GRAPHQL_LIMITS } from '../src/graphql/graphql.options';
import { INTERNAL_ERROR_MESSAGE } from '../src/graphql/format-error';
import { startTestApp, TestApp } from './support/test-app';

async function post(api: TestApp, body: string, contentType = 'application/json') {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await response.text();
  return { status: response.status, text };
}

const messages = (body: { errors?: { message: string }[] }) => (body.errors ?? []).map((e) => e.message).join('\n');

describe('GraphQL hardening (development and production modes)', () => {
  let dev: TestApp;
  let prod: TestApp;
  beforeAll(async () => {
    [dev, prod] = await Promise.all([startTestApp(), startTestApp({ production: true })]);
  });
  afterAll(async () => {
    await Promise.all([dev?.close(), prod?.close()]);
  });

  it(`refuses a query deeper than ${GRAPHQL_LIMITS.maxDepth} levels`, async () => {
    const deep = '{ systems { region { a { b { c { d { e { f { g { h } } } } } } } } } }';
    const { status, body } = await dev.graphql(deep);
    expect(status).toBe(400);
    expect(messages(body)).toMatch(/Query depth limit of 8 exceeded/);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: regions { name }`).join(' ');
    const { status, body } = await dev.graphql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(messages(body)).toMatch(/Aliases limit of 10 exceeded/);
  });

  it(`refuses a document of more than ${GRAPHQL_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'name').join(' ');
    const { status, body } = await dev.graphql(`{ regions { ${fields} } }`);
    expect(status).toBe(400);
    expect(messages(body)).toMatch(/Document contains more that 2000 tokens/);
    expect(body.errors![0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxDirectives} directives`, async () => {
    const directives = Array.from({ length: GRAPHQL_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    const { status, body } = await dev.graphql(`{ regions ${directives} { name } }`);
    expect(status).toBe(400);
    expect(messages(body)).toMatch(/Directives limit of 20 exceeded/);
  });

  it('refuses batched requests', async () => {
    const { status, text } = await post(dev, JSON.stringify([{ query: '{ regions { name } }' }, { query: '{ regions { name } }' }]));
    expect(status).toBe(400);
    expect(text).toMatch(/batching/i);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const { status, text } = await post(dev, JSON.stringify({ query: '{ regions { name } }' }), 'text/plain');
    expect(status).toBe(400);
    expect(text).toMatch(/CSRF/);
  });

  it('refuses a request body over 256 kB, and takes one the size of a canvas version sent as JSON', async () => {
    const { status } = await post(dev, JSON.stringify({ query: `{ regions { name } } #${'x'.repeat(270_000)}` }));
    expect(status).toBe(413);
    const canvasSized = await post(dev, JSON.stringify({ query: '{ regions { name } }', variables: { document: 'x'.repeat(150_000) } }));
    expect(canvasSized.status).toBe(200);
  });

  it('allows introspection and "did you mean" hints in development only', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    expect((await dev.graphql(introspection)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });

    const refused = await prod.graphql(introspection);
    expect(refused.body.data).toBeUndefined();
    expect(messages(refused.body)).toMatch(/introspection/i);

    expect(messages((await dev.graphql('{ system { name } }')).body)).toMatch(/Did you mean "systems"/);
    const hidden = messages((await prod.graphql('{ system { name } }')).body);
    expect(hidden).toMatch(/Cannot query field "system"/);
    expect(hidden).not.toMatch(/Did you mean/);
  });

  it('masks an unexpected failure in production: a generic message, no SQL, no stack', async () => {
    await prod.asOwner('ALTER TABLE system RENAME TO system_moved');
    try {
      const { body, status } = await prod.graphql('{ systems { name } }');
      expect(status).toBe(200);
      expect(body.errors).toEqual([
        { message: INTERNAL_ERROR_MESSAGE, path: ['systems'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/\bsystem\b|relation|stack|at /);
    } finally {
      await prod.asOwner('ALTER TABLE system_moved RENAME TO system');
    }
  });

  it('sends security headers', async () => {
    const response = await fetch(`${dev.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
