import type { CookieOptions, Request, Response } from 'express';

/**
 * The known-device cookie (ADR 0033): a random token, set when a person signs in with their password, naming this
 * browser as one they have signed in with before (the database keeps only its hash). Like the session cookie it is
 * httpOnly, Secure, SameSite=Lax and `__Host-` prefixed; it outlives sessions and sign-outs.
 */
export const DEVICE_COOKIE = '__Host-idt_device';

/** A device unused for this long is forgotten: its cookie expires, and the database no longer recognises it. */
export const KNOWN_DEVICE_DAYS = 180;

const options: CookieOptions = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' };

export function setDeviceCookie(response: Response, token: string): void {
  response.cookie(DEVICE_COOKIE, token, { ...options, maxAge: KNOWN_DEVICE_DAYS * 24 * 3600 * 1000 });
}

export function readDeviceCookie(request: Request): string | undefined {
  const value: unknown = request.cookies?.[DEVICE_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}
