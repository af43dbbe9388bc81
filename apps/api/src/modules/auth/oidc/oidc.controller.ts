import { storableUserAgent } from '../../account/device';
import { Controller, Get, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from '../auth.service';
import { Public } from '../public.decorator';
import { setSessionCookie } from '../session-cookie';
import { ApiRequest, clientIp } from '../signed-in';
import { OidcEnabledGuard } from './oidc-enabled.guard';
import { OidcGuard } from './oidc.guard';
import { SingleSignOnResult } from './oidc.strategy';

/**
 * NHS single sign-on over OpenID Connect: `/auth/oidc/login?returnTo=/somewhere` starts it, the provider sends the
 * browser back to `/auth/oidc/callback`. Both answer 404 when single sign-on is not configured.
 */
@Public()
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly auth: AuthService) {}

  @Get('login')
  @UseGuards(OidcEnabledGuard, OidcGuard)
  login(): void {
    // The guard has already redirected the browser to the provider.
  }

  @Get('callback')
  @UseGuards(OidcEnabledGuard, OidcGuard)
  async callback(@Req() request: ApiRequest & { user?: SingleSignOnResult | null }, @Res() response: Response): Promise<void> {
    const result = request.user;
    if (!result) {
      response.redirect(303, '/sign-in?error=single-sign-on');
      return;
    }
    setSessionCookie(response, await this.auth.openSession(result.userId, clientIp(request), 'oidc', { userAgent: storableUserAgent(request.headers['user-agent']) }));
    response.redirect(303, result.returnTo);
  }
}
