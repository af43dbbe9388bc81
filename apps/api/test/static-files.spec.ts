import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';
import { COMPRESSION_THRESHOLD_BYTES } from '../src/bootstrap';

/** The web app as the API serves it in the one-process set-up (`npm start`): compressed, and cached where it is safe. */
describe('serving the web app', () => {
  let api: TestApp;
  const script = `console.log(${JSON.stringify('IDT Canvas '.repeat(2000))});`;

  beforeAll(async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'idt-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), `<!doctype html><title>IDT Canvas</title><script src="/assets/index-abc123.js"></script>`);
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), script);
    // Vite copies apps/web/public into the build as it is.
    copyFileSync(resolve(__dirname, '../../web/public/robots.txt'), join(webRoot, 'robots.txt'));
    api = await startTestApp({ webRoot });
  });
  afterAll(async () => {
    await api.close();
  });

  it('gzips what it sends to browsers that accept it', async () => {
    const response = await fetch(`${api.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe(script); // fetch undoes the gzip
    // The API's JSON too.
    const json = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ systems { onsCode name region { name } } }' }),
    });
    expect(json.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends answers that fit in one TCP segment as they are: gzip would save no round trip', async () => {
    const small = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ systems { onsCode } }' }),
    });
    const bytes = Buffer.from(await small.arrayBuffer()).length;
    expect(bytes).toBeGreaterThan(1024); // the old threshold compressed this
    expect(bytes).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('lets browsers keep content-named assets for good, and always revalidate the page', async () => {
    expect((await fetch(`${api.url}/assets/index-abc123.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${api.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves /robots.txt as plain text that keeps every search engine out, not the app', async () => {
    const response = await fetch(`${api.url}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain\b/);
    const body = await response.text();
    expect(body.split('\n').map((line) => line.trim())).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /']));
    expect(body).not.toContain('<');
  });
});
