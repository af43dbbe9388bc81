import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, UnauthenticatedError } from '../../common/app-error';
import { setRequestScope } from '../../database/database-scope';
import { ALLOWED_BEFORE_SECOND_STEP } from './allowed-before-second-step.decorator';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';
import { requestOf } from './request-of';
import { readSessionCookie } from './session-cookie';

/**
 * Registered globally: every resolver and controller needs a signed-in person unless marked `@Public()`. It looks
 * the session up once per request and leaves the result on the request for `@SignedInUser()`.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (request.signedIn === undefined) {
      request.signedIn = await this.auth.authenticate(readSessionCookie(request));
    }
    // Row-level security: from here on the request's statements see only this person's ICSs (ADR 0034).
    setRequestScope(request.signedIn?.user.id ?? null);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    // A session that must first set up its second step may do that and little else (docs/access-control.md).
    if (
      request.signedIn?.mustEnrolSecondStep &&
      !isPublic &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_SECOND_STEP, [context.getHandler(), context.getClass()])
    ) {
      throw new AppError(
        'SECOND_STEP_REQUIRED',
        'Set up two-step sign-in for your account before you continue: your role sees every ICS.',
      );
    }
    if (isPublic || request.signedIn) return true;
    throw new UnauthenticatedError();
  }
}
