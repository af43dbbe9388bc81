import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startTestApp, TestApp } from './support/test-app';

async function post(api: TestApp, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), text };
}

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
});
