import { Inject, Injectable } from '@nestjs/common';
import { BaseClient, Issuer } from 'openid-client';
import { APP_CONFIG, AppConfig, OidcConfig } from '../../../config/app-config';

export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

/**
 * The OpenID Connect client for NHS single sign-on (NHS CIS2 Authentication, or NHSmail on Microsoft Entra ID),
 * built from the provider's discovery document on first use. `undefined` when single sign-on is not configured.
 */
@Injectable()
export class OidcClient {
  private client: Promise<BaseClient> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get settings(): OidcConfig | undefined {
    return this.config.oidc;
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}${OIDC_CALLBACK_PATH}`;
  }

  /** The client, discovering the issuer the first time (and again after a failed discovery). */
  get(): Promise<BaseClient> {
    const settings = this.config.oidc;
    if (!settings) return Promise.reject(new Error('Single sign-on is not configured.'));
    this.client ??= Issuer.discover(settings.issuerUrl)
      .then(
        (issuer) =>
          new issuer.Client({
            client_id: settings.clientId,
            client_secret: settings.clientSecret,
            redirect_uris: [this.redirectUri],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          }),
      )
      .catch((error: unknown) => {
        this.client = undefined;
        throw error;
      });
    return this.client;
  }
}
