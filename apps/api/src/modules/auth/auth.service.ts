import { normaliseEmail } from '@idt/domain';
import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AppError, UnauthenticatedError } from '../../common/app-error';
import { AuditRepository } from '../audit/audit.repository';
import { UsersRepository } from '../users/users.repository';
import { PasswordHasher } from './password-hasher';
import { ExternalIdentitiesRepository } from './oidc/external-identities.repository';
import { CachedSession, SessionCache } from './session-cache';
import { SessionChangeListener } from './session-change-listener';
import { SessionsRepository } from './sessions.repository';
import { SignedIn } from './signed-in';

/** The same words whether the email has no account or the password is wrong. */
export const WRONG_CREDENTIALS = 'Enter a correct email address and password.';

/** Failed sign-ins allowed in the window, per email address and per IP address, before sign-in pauses. */
export const SIGN_IN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 50 } as const;

const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

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
  ) {}

  private readonly logger = new Logger(AuthService.name);

  /**
   * Checks an email address and password (Passport's local strategy calls this). Rate-limited per email and per IP
   * from the audit trail, so every replica counts the same; every failure is audited.
   */
  async verifyPassword(emailTyped: string, password: string, ip: string | null): Promise<{ id: string }> {
    const email = normaliseEmail(emailTyped).slice(0, 254);
    const recent = await this.audit.recentFailedSignIns(email, ip, SIGN_IN_LIMITS.windowMinutes);
    if (recent.forEmail >= SIGN_IN_LIMITS.perEmail || recent.fromIp >= SIGN_IN_LIMITS.perIp) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `There have been too many attempts to sign in. Wait ${SIGN_IN_LIMITS.windowMinutes} minutes and try again.`,
      );
    }
    const account = await this.users.findCredentials(email);
    const valid = await this.hasher.verify(account?.passwordHash ?? null, password.slice(0, 1024));
    if (!account || !valid) {
      await this.audit.append({
        actorUserId: null,
        action: 'SIGN_IN_FAILED',
        subjectType: 'user_account',
        subjectId: email,
        ip,
      });
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    return { id: account.id };
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
    secondStep: { used?: 'code' | 'recovery code'; mustEnrol?: boolean } = {},
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.open(
      userId,
      hashToken(token),
      {
        actorUserId: userId,
        action: 'SIGNED_IN',
        subjectType: 'user_session',
        after: { method, ...(secondStep.used ? { secondStep: secondStep.used } : {}) },
        ip,
      },
      { mustEnrolSecondStep: secondStep.mustEnrol === true },
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
