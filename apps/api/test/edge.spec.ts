import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Logger, PinoLogger } from 'nestjs-pino';
import { startTestApp, TestApp } from './support/test-app';

async function post(api: TestApp, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text };
}

// First: NestJS's logger outside a request is made once per process, at the level of the first app (silent otherwise).
describe('logs: a refusal is one line at info or warn without a stack; a real error one at error with its stack', () => {
  let api: TestApp;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    api = await startTestApp({ logLevel: 'info' });
    // Every line pino writes: request lines (pino-http's root logger) and NestJS's logger outside a request's context.
    const capture = (logger: object) => {
      const target = logger as Record<symbol, unknown>;
      const stream = Object.getOwnPropertySymbols(target).find((s) => s.description === 'pino.stream');
      if (!stream) throw new Error('pino keeps its stream elsewhere now: find it to read the log');
      target[stream] = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
    };
    capture(PinoLogger.root);
    capture((api.app.get(Logger) as unknown as { logger: { logger: object } }).logger.logger);
  });
  afterAll(async () => {
    await api?.close();
  });

  const send = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: '__Host-idt_session=secret-session-value; other=secret-other-cookie',
        authorization: 'Bearer secret-bearer-token',
      },
      body: JSON.stringify({ query, variables }),
    });

  const codeOf = async (answer: Promise<Response>) =>
    ((await (await answer).json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code;

  it('logs refusals once, without a stack, and never a cookie, a header or a password', async () => {
    lines.length = 0;
    expect(await codeOf(send('{ cohorts { id } }'))).toBe('UNAUTHENTICATED');
    const signIn = 'mutation ($p: String!) { signIn(input: { email: "who@idt-canvas.test", password: $p }) { id } }';
    await send(signIn, { p: 'secret-password-guess' });
    await new Promise((resolve) => setTimeout(resolve, 200)); // request lines are written when the answer ends

    const refusals = lines.filter((l) => /UNAUTHENTICATED/.test(String(l['msg'])));
    expect(refusals).toHaveLength(2);
    for (const line of refusals) {
      expect(line['level']).toBe(30);
      expect(JSON.stringify(line)).not.toMatch(/stack|\n\s+at /);
    }
    expect(lines.filter((l) => Number(l['level']) >= 50)).toEqual([]);
    const requestLines = lines.filter((l) => l['msg'] === 'request completed');
    expect(requestLines.length).toBeGreaterThanOrEqual(2);
    const everything = JSON.stringify(lines);
    for (const secret of ['secret-session-value', 'secret-other-cookie', 'secret-bearer-token', 'secret-password-guess', '"headers"', '"cookie"']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('logs too many sign-in attempts at warn', async () => {
    const signIn = 'mutation { signIn(input: { email: "many@idt-canvas.test", password: "wrong" }) { id } }';
    for (let i = 0; i < 5; i++) await send(signIn);
    lines.length = 0;
    expect(await codeOf(send(signIn))).toBe('TOO_MANY_REQUESTS');
    const warned = lines.filter((l) => /TOO_MANY_REQUESTS/.test(String(l['msg'])));
    expect(warned.map((l) => l['level'])).toEqual([40]);
  });

  it('logs an unexpected failure once at error, with its stack', async () => {
    await api.asOwner('ALTER TABLE region RENAME TO region_away');
    try {
      lines.length = 0;
      expect(await codeOf(send('{ regions { name } }'))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.asOwner('ALTER TABLE region_away RENAME TO region');
    }
    const errors = lines.filter((l) => Number(l['level']) >= 50);
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).toMatch(/region[\s\S]*\\n\s+at /);
  });
});

describe.each([
  ['the API alone', false],
  ['the API serving the web app', true],
])('the request edge (%s)', (_name, servesWebApp) => {
  let api: TestApp;
  beforeAll(async () => {
    let webRoot: string | undefined;
    if (servesWebApp) {
      // The web app's catch-all route answered these requests 404 "Cannot POST /graphql".
      webRoot = mkdtempSync(join(tmpdir(), 'edge-web-'));
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>IDT Canvas</title>');
    }
    api = await startTestApp({ webRoot });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each([
    ['a 1 MB body', () => JSON.stringify({ query: `{ regions { name } } #${'x'.repeat(1_000_000)}` }), {}, 413, 'PAYLOAD_TOO_LARGE'],
    ['a gzip bomb', () => gzipSync(Buffer.from(`{"query":"{ regions { name } }","variables":{"x":"${'0'.repeat(20_000_000)}"}}`)), { 'content-encoding': 'gzip' }, 413, 'PAYLOAD_TOO_LARGE'],
    ['malformed JSON', () => '{"query": "{ regions { name } }"', {}, 400, 'BAD_REQUEST'],
    ['an unknown content encoding', () => 'abc', { 'content-encoding': 'br-unknown' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ])('answers %s with a JSON error, not "Cannot POST /graphql"', async (_what, body, headers, status, code) => {
    const answer = await post(api, body(), headers);
    expect(answer.status).toBe(status);
    expect(answer.type).toMatch(/^application\/json/);
    const parsed = JSON.parse(answer.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].extensions.code).toBe(code);
    expect(parsed.errors[0].message).not.toMatch(/Cannot POST/);
  });

  it('refuses ten aliased landscapes (armor\'s cost limit let them through) with a stable code, and takes one', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `l${i}: landscape(cycleId: "00000000-0000-4000-8000-000000000000", method: ROGERS_QUANTILES) { published }`);
    const refused = await api.graphql(`{ ${ten.join(' ')} }`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].message).toMatch(/too much work at once/);
    expect(refused.body.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const one = await api.graphql(`{ ${ten[0]} }`);
    expect(one.body.errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED'); // it ran: nobody is signed in
  });

  it('answers GraphQL with no-store, a Permissions-Policy and a CSP whose style-src allows no other host', async () => {
    for (const direct of [true, false]) {
      // The direct path answers a valid query; Apollo answers one with a validation error.
      const query = direct ? '{ signInMethods { password } }' : '{ signInMethods { nope } }';
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(direct ? 200 : 400);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
      expect(response.headers.get('content-security-policy')).toMatch(/style-src 'self'(;|$)/);
    }
    if (servesWebApp) {
      const page = await fetch(`${api.url}/`);
      expect(page.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
      expect(page.headers.get('content-security-policy')).not.toMatch(/https:(;| |$)/);
    }
  });
});
