import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';
import { ApiRequest, clientIp } from './signed-in';
import { readDeviceCookie } from './device-cookie';

/** Passport's local strategy: an email address and a password, checked by `AuthService.verifyPassword`. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: ApiRequest, email: string, password: string): Promise<{ id: string }> {
    return this.auth.verifyPassword(email, password, clientIp(request), readDeviceCookie(request));
  }
}
