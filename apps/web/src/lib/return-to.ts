/** Where sign-in sends someone when they came from nowhere in particular (or from somewhere we will not send them). */
export const DEFAULT_RETURN_TO = '/';

const SIGN_IN_PATH = '/sign-in';
const MAX_LENGTH = 2000;
const PLACEHOLDER_ORIGIN = 'https://idt-canvas.invalid';

/**
 * The page to go to after signing in, from an untrusted `?returnTo=`: only a path on this site, starting with a
 * single "/". Anything else (another site, "//host", "/\host", a URL with a scheme, control characters or spaces
 * that browsers strip, the sign-in page itself) gives `null`, so the caller falls back to DEFAULT_RETURN_TO.
 */
export function safeReturnTo(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  // Browsers read "\" as "/" and drop tabs and newlines from URLs, so "/\evil.example" and "/\t/evil.example" are
  // other sites: refuse backslashes, whitespace and control characters outright.
  if (/[\\\s\p{Cc}]/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asking to come back to `returnTo` afterwards (when that is a page we would go back to). */
export function signInPath(returnTo?: string | null): string {
  const safe = safeReturnTo(returnTo);
  return safe && safe !== DEFAULT_RETURN_TO ? `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(safe)}` : SIGN_IN_PATH;
}
