import { Actor } from '@idt/domain';
import type { Request } from 'express';

/** The person behind a request, once their session cookie has been checked. */
export interface SignedIn {
  readonly sessionId: string;
  readonly user: { readonly id: string; readonly email: string; readonly name: string };
  readonly actor: Actor;
  /** A session that may only set up the second step its role requires (two-step sign-in); absent means false. */
  readonly mustEnrolSecondStep?: boolean;
}

/** The request as the API sees it: the guard sets `signedIn` (null when nobody is signed in). */
export type ApiRequest = Request & { signedIn?: SignedIn | null };

/** The client's address: the socket's, or the one a trusted proxy forwarded (`TRUST_PROXY`; see bootstrap.ts). */
export function clientIp(request: Request): string | null {
  return request.ip ?? null;
}
