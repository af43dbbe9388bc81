import { normaliseEmail } from '@idt/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppError, UnauthenticatedError } from '../../common/app-error';
import { AuditRepository } from '../audit/audit.repository';
import { UsersRepository } from '../users/users.repository';
import { PasswordHasher } from './password-hasher';
import { ExternalIdentitiesRepository } from './oidc/external-identities.repository';
import { CachedSession, SessionCache } from './session-cache';
import { SessionChangeListener } from './session-change-listener';
import { SessionsRepository } from './sessions.repository';
import { SignedIn } from './signed-in';
import { KnownDevicesRepository } from './known-devices.repository';
import { SIGN_IN_THROTTLE, signInDecision, SignInHistory, tooManyAttemptsMessage } from './sign-in-throttle';
import { hashToken } from '../../common/token-hash';

/** The same words whether the email has no account or the password is wrong. */
export const WRONG_CREDENTIALS = 'Enter a correct email address and password.';



@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditRepository,
    private readonly hasher: PasswordHasher,
    private readonly identities: ExternalIdentitiesRepository,
    private readonly cache: SessionCache,
    private readonly listener: SessionChangeListener,
    private readonly knownDevices: KnownDevicesRepository,
  ) {}

  private readonly logger = new Logger(AuthService.name);

  /**
   * Checks an email address and password (Passport's local strategy calls this), throttled as sign-in-throttle.ts says
   * (ADR 0033): per account and address with growing delays, per address, and per account for unknown devices, while
   * a known device (`deviceToken`, this account's) is held back only by its own failures. The counts are in the
   * database, so every replica applies the same; every failure is audited.
   */
  async verifyPassword(emailTyped: string, password: string, ip: string | null, deviceToken?: string): Promise<{ id: string }> {
    const email = normaliseEmail(emailTyped).slice(0, 254);
    const account = await this.users.findCredentials(email);
    const device = account && deviceToken ? await this.knownDevices.find(hashToken(deviceToken), account.id) : null;
    const decision = signInDecision(device ? knownDeviceHistory(device) : await this.unknownDeviceHistory(email, ip));
    if (!decision.allowed) throw new AppError('TOO_MANY_REQUESTS', tooManyAttemptsMessage(decision.waitMinutes));
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password.slice(0, 1024));
    if (!account || !valid) {
      await this.audit.append({
        actorUserId: null,
        action: 'SIGN_IN_FAILED',
        subjectType: 'user_account',
        subjectId: email,
        ip,
      });
      if (device) await this.knownDevices.recordFailure(device.id);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    return { id: account.id };
  }

  private async unknownDeviceHistory(email: string, ip: string | null): Promise<SignInHistory> {
    const recent = await this.audit.recentFailedSignIns(email, ip, SIGN_IN_THROTTLE.addressWindowMinutes);
    return {
      knownDevice: false,
      accountAndAddressFailures: recent.accountAndAddress,
      minutesSinceAccountAndAddressFailure: recent.minutesSinceAccountAndAddress,
      addressFailures: recent.address,
      accountFailures: recent.account,
    };
  }

  /**
   * After a password sign-in: notes it on this browser's known device, or remembers the browser as a new one. Returns
   * the token of a new device's cookie (null when the browser already had a valid one for this account).
   */
  async rememberDevice(userId: string, deviceToken: string | undefined): Promise<string | null> {
    if (deviceToken && (await this.knownDevices.signedIn(hashToken(deviceToken), userId))) return null;
    const token = randomBytes(32).toString('base64url');
    await this.knownDevices.remember(hashToken(token), userId);
    return token;
  }

  /**
   * The account behind an identity proved by the OpenID provider: the one already linked to this issuer + subject,
   * else (first sign-in) the account with the provider-verified email, which is then linked. Null, and audited as a
   * failed sign-in, when there is none: single sign-on never creates accounts; admins do.
   */
  async findAccountForExternalIdentity(identity: {
    issuer: string;
    subject: string;
    email: string | null;
    emailVerified: boolean;
  }): Promise<string | null> {
    const { issuer, subject } = identity;
    const linked = await this.identities.findUserId(issuer, subject);
    if (linked) return linked;
    if (identity.email && identity.emailVerified) {
      const userId = await this.identities.linkByEmail(issuer, subject, normaliseEmail(identity.email));
      if (userId) return userId;
    }
    await this.audit.append({
      actorUserId: null,
      action: 'SIGN_IN_FAILED',
      subjectType: 'user_account',
      subjectId: identity.email ? normaliseEmail(identity.email) : null,
      after: { method: 'oidc', issuer, subject },
    });
    return null;
  }

  /** Opens a session for someone whose identity has been proved; returns the cookie's secret token. */
  async openSession(
    userId: string,
    ip: string | null,
    method: 'password' | 'oidc',
    options: { userAgent?: string | null; secondStepUsed?: 'code' | 'recovery code'; mustEnrolSecondStep?: boolean } = {},
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.open(
      userId,
      hashToken(token),
      {
        actorUserId: userId,
        action: 'SIGNED_IN',
        subjectType: 'user_session',
        after: { method, ...(options.secondStepUsed ? { secondStep: options.secondStepUsed } : {}) },
        ip,
      },
      { userAgent: options.userAgent ?? null, mustEnrolSecondStep: options.mustEnrolSecondStep === true },
    );
    return token;
  }

  /**
   * The person behind a session cookie, or null if it is missing, unknown, expired, idle too long or revoked. Served
   * from this process's memory when it has checked the session before and the change listener is connected (so any
   * sign-out, role or membership change would have evicted it); else from the database, and remembered.
   */
  async authenticate(token: string | undefined): Promise<SignedIn | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const key = tokenHash.toString('base64');
    if (this.listener.connected) {
      const cached = this.cache.get(key);
      if (cached) {
        if (this.cache.touchDue(cached)) this.touchLater(key, cached);
        return cached.signedIn;
      }
    }
    const generation = this.cache.generation;
    const found = await this.sessions.findSignedIn(tokenHash);
    if (!found) return null;
    if (this.listener.connected) {
      this.cache.set(key, found.signedIn, { seconds: found.secondsLeft, idleSeconds: found.idleSecondsLeft }, generation);
    }
    return found.signedIn;
  }

  /** Writes `last_seen_at` without making the request wait; a session found ended meanwhile is forgotten. */
  private touchLater(key: string, cached: CachedSession): void {
    const at = Date.now();
    this.sessions.touch(cached.signedIn.sessionId).then(
      (live) => (live ? this.cache.touched(cached, at) : this.cache.evict(key)),
      (error: unknown) => {
        // Not recorded: forget it, so the next request asks the database (which records the use).
        this.cache.evict(key);
        this.logger.warn(`Could not record a session's use: ${String(error)}`);
      },
    );
  }

  async closeSession(signedIn: SignedIn, ip: string | null): Promise<void> {
    await this.sessions.revoke(signedIn.sessionId, {
      actorUserId: signedIn.user.id,
      action: 'SIGNED_OUT',
      subjectType: 'user_session',
      ip,
    });
    // The database tells every replica (this one too, a moment later); this request's own next one must not wait.
    this.cache.evictUser(signedIn.user.id);
  }
}

function knownDeviceHistory(device: { failures: number; minutesSinceFailure: number | null }): SignInHistory {
  return { knownDevice: true, deviceFailures: device.failures, minutesSinceDeviceFailure: device.minutesSinceFailure };
}
