import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import fc from 'fast-check';
import { parseCookies } from './cookies';

/** What cookie-parser (the parser every other route uses) makes of a header. */
function byCookieParser(header: string | undefined): Record<string, unknown> {
  const req = { headers: header === undefined ? {} : { cookie: header } } as Request;
  cookieParser()(req, {} as Response, () => undefined);
  return { ...(req.cookies as Record<string, unknown>) };
}

describe('parseCookies', () => {
  it.each([
    undefined,
    '',
    '__Host-idt_session=abc123_-',
    'a=1; __Host-idt_session=tok; b=2',
    'a=1;a=2',
    ' spaced = value ; other=x',
    'quoted="some value"',
    'enc=a%20b%3Bc',
    'bad=%E0%A4%A',
    'novalue; a=',
    '=nameless; b=3',
  ])('reads %p as cookie-parser does', (header) => {
    expect(parseCookies(header)).toEqual(byCookieParser(header));
  });

  it('agrees with cookie-parser on generated headers of base64url tokens and other cookies', () => {
    const name = fc.stringMatching(/^[A-Za-z_][\w-]{0,15}$/);
    const value = fc.stringMatching(/^[\w-]{0,40}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 6 }), (pairs) => {
        const header = pairs.map(([n, v]) => `${n}=${v}`).join('; ');
        expect(parseCookies(header)).toEqual(byCookieParser(header));
      }),
    );
  });
});
