import { CanActivate, Injectable, NotFoundException } from '@nestjs/common';
import { OidcClient } from './oidc-client';

/** Answers 404 on the single sign-on routes when single sign-on is not configured. */
@Injectable()
export class OidcEnabledGuard implements CanActivate {
  constructor(private readonly oidc: OidcClient) {}

  canActivate(): boolean {
    if (!this.oidc.settings) throw new NotFoundException();
    return true;
  }
}
