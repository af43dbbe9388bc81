import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

/** Runs the "oidc" strategy; a failed login is handed on as `null` so the controller can explain it. */
@Injectable()
export class OidcGuard extends AuthGuard('oidc') {
  override handleRequest<T>(error: unknown, user: T | false): T | null {
    if (error) throw error;
    return user || null;
  }
}
