import type { CookieOptions, Request, Response } from 'express';

/**
 * The session cookie: httpOnly (no script can read it), Secure, SameSite=Lax (not sent on cross-site POSTs), and
 * `__Host-` prefixed, so the browser only accepts it from this origin, on path /, over HTTPS or from localhost.
 */
export const SESSION_COOKIE = '__Host-idt_session';

export const SESSION_LIFETIME_HOURS = 12;
export const SESSION_IDLE_MINUTES = 120;

const options: CookieOptions = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' };

export function setSessionCookie(response: Response, token: string): void {
  response.cookie(SESSION_COOKIE, token, { ...options, maxAge: SESSION_LIFETIME_HOURS * 3600 * 1000 });
}

export function clearSessionCookie(response: Response): void {
  response.clearCookie(SESSION_COOKIE, options);
}

export function readSessionCookie(request: Request): string | undefined {
  const value: unknown = request.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}
