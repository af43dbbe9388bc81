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

/**
 * A sign-in waiting for its second step (two-step sign-in): a cookie of its own, httpOnly and SameSite=Strict, for 5
 * minutes, so a correct password alone never opens a session.
 */
export const PENDING_SIGN_IN_COOKIE = '__Host-idt_pending_sign_in';

export function setPendingSignInCookie(response: Response, token: string, minutes: number): void {
  response.cookie(PENDING_SIGN_IN_COOKIE, token, { ...options, sameSite: 'strict', maxAge: minutes * 60 * 1000 });
}

export function clearPendingSignInCookie(response: Response): void {
  response.clearCookie(PENDING_SIGN_IN_COOKIE, { ...options, sameSite: 'strict' });
}

export function readPendingSignInCookie(request: Request): string | undefined {
  const value: unknown = request.cookies?.[PENDING_SIGN_IN_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}
