import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { PERMISSIONS_POLICY, recordSecurityHeaders, securityHeaderOptions, securityHeaders, withPermissionsPolicy } from './security-headers';

/** A response that keeps its headers in a map, as Node's does (names case-insensitive). */
function fakeResponse(initial: Record<string, string> = {}) {
  const headers = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    headers,
    setHeader: (name: string, value: unknown) => void headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => void headers.delete(name.toLowerCase()),
  };
}

function run(middleware: (req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void) => void) {
  const res = fakeResponse({ 'X-Powered-By': 'Express', 'Content-Type': 'application/json' });
  let nexted = 0;
  middleware({} as IncomingMessage, res as unknown as ServerResponse, () => void nexted++);
  return { headers: Object.fromEntries(res.headers), nexted };
}

describe('security headers fixed at start-up', () => {
  it.each([false, true])('are exactly the headers helmet sets (production %s), in one middleware', (production) => {
    const options = securityHeaderOptions(production);
    const fromHelmet = run(helmet(options) as never);
    const fixed = run(securityHeaders(recordSecurityHeaders(options)));
    expect(fixed).toEqual(fromHelmet);
    expect(fixed.nexted).toBe(1);
    expect(fixed.headers['x-powered-by']).toBeUndefined();
    expect(fixed.headers['content-security-policy']).toMatch(/font-src 'self' https:\/\/assets\.nhs\.uk/);
    expect(fixed.headers['strict-transport-security']).toBeDefined();
    expect(Object.keys(fixed.headers).length).toBeGreaterThanOrEqual(12);
  });

  it('allow style sheets from the app itself only (no https: wildcard, no inline styles)', () => {
    const csp = recordSecurityHeaders(securityHeaderOptions(true)).set.find(([name]) => name === 'Content-Security-Policy')?.[1];
    expect(csp).toMatch(/(^|;)style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/https:(;| |$)/);
  });

  it('add a Permissions-Policy that turns off the camera, microphone, location and payment', () => {
    const { set } = withPermissionsPolicy(recordSecurityHeaders(securityHeaderOptions(true)));
    expect(set.find(([name]) => name === 'Permissions-Policy')?.[1]).toBe(PERMISSIONS_POLICY);
    expect(PERMISSIONS_POLICY).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\), .*payment=\(\)/);
  });

  it('upgrade insecure requests in production only', () => {
    const csp = (production: boolean) => recordSecurityHeaders(securityHeaderOptions(production)).set.find(([name]) => name === 'Content-Security-Policy')?.[1];
    expect(csp(true)).toMatch(/upgrade-insecure-requests/);
    expect(csp(false)).not.toMatch(/upgrade-insecure-requests/);
  });

  it('refuse options whose headers depend on the request', () => {
    const nonce = () => "'nonce-x'";
    expect(() => recordSecurityHeaders({ contentSecurityPolicy: { directives: { 'script-src': ["'self'", nonce] } } })).toThrow(/depends on the request/);
  });

  it('refuse options helmet rejects, as helmet does', () => {
    expect(() => recordSecurityHeaders({ contentSecurityPolicy: { directives: { 'script-src': ['self'] } } })).toThrow();
  });
});
