/**
 * The cookies of a `Cookie` header, as cookie-parser's `req.cookies` has them (the first of a name wins; values are
 * unquoted and URL-decoded when they can be). For the direct GraphQL path, which answers before cookie-parser runs and
 * only ever reads the session cookie; `cookies.spec.ts` holds it equal to cookie-parser.
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    const name = part.slice(0, equals).trim();
    if (Object.prototype.hasOwnProperty.call(cookies, name)) continue;
    let value = part.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    cookies[name] = decode(value);
  }
  return cookies;
}

function decode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
