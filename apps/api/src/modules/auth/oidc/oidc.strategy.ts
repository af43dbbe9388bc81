import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import passport from 'passport';
import { generators } from 'openid-client';
import type { Request } from 'express';
import { AuthService } from '../auth.service';
import { ExternalIdentitiesRepository, SIGN_IN_ATTEMPT_MINUTES } from './external-identities.repository';
import { OidcClient } from './oidc-client';
import { safeReturnTo } from './return-to';

/** Holds the login's `state` in the browser so the callback can prove it is the same browser (no login CSRF). */
export const STATE_COOKIE = '__Host-idt_sso_state';

const sha256 = (value: string) => createHash('sha256').update(value).digest();

export interface SingleSignOnResult {
  readonly userId: string;
  readonly returnTo: string;
}

/**
 * Passport strategy "oidc": the authorization code flow with PKCE, state and nonce. The first visit redirects to the
 * provider; the callback checks state (cookie and stored attempt), exchanges the code, and lets openid-client verify
 * the ID token (signature, issuer, audience, expiry, nonce) before mapping issuer + subject to an account.
 */
@Injectable()
export class OidcStrategy extends passport.Strategy implements OnModuleInit {
  override name = 'oidc';

  constructor(
    private readonly oidc: OidcClient,
    private readonly attempts: ExternalIdentitiesRepository,
    private readonly auth: AuthService,
  ) {
    super();
  }

  onModuleInit(): void {
    if (this.oidc.settings) passport.use('oidc', this);
  }

  override authenticate(request: Request): void {
    const run = 'code' in request.query || 'error' in request.query ? this.finish(request) : this.start(request);
    run.catch((error: unknown) => this.error(error instanceof Error ? error : new Error(String(error))));
  }

  private async start(request: Request): Promise<void> {
    const client = await this.oidc.get();
    const state = randomBytes(32).toString('base64url');
    const nonce = generators.nonce();
    const codeVerifier = generators.codeVerifier();
    await this.attempts.saveAttempt({ stateHash: sha256(state), nonce, codeVerifier, returnTo: safeReturnTo(request.query['returnTo']) });
    request.res?.cookie(STATE_COOKIE, state, {
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
      maxAge: SIGN_IN_ATTEMPT_MINUTES * 60 * 1000,
    });
    this.redirect(
      client.authorizationUrl({
        scope: 'openid email profile',
        state,
        nonce,
        code_challenge: generators.codeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      }),
    );
  }

  private async finish(request: Request): Promise<void> {
    const client = await this.oidc.get();
    const params = client.callbackParams(request);
    const state: unknown = request.cookies?.[STATE_COOKIE];
    request.res?.clearCookie(STATE_COOKIE, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
    if (typeof state !== 'string' || params.state !== state) return this.fail({ message: 'state' }, 401);
    const attempt = await this.attempts.takeAttempt(sha256(state));
    if (!attempt || params.error) return this.fail({ message: params.error ?? 'attempt' }, 401);

    const tokens = await client.callback(this.oidc.redirectUri, params, {
      state,
      nonce: attempt.nonce,
      code_verifier: attempt.codeVerifier,
      response_type: 'code',
    });
    const claims = tokens.claims();
    // Providers that issue an access token may keep profile claims out of the ID token (OIDC Core 5.4): then ask the
    // userinfo endpoint, which openid-client checks is about the same subject.
    const profile = claims.email === undefined && tokens.access_token ? await client.userinfo(tokens) : claims;
    const userId = await this.auth.findAccountForExternalIdentity({
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof profile.email === 'string' ? profile.email : null,
      emailVerified: profile.email_verified === true,
    });
    if (!userId) return this.fail({ message: 'no-account' }, 401);
    const result: SingleSignOnResult = { userId, returnTo: attempt.returnTo };
    this.success(result);
  }
}
