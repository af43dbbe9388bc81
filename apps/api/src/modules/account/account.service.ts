import { emailProblem, normaliseEmail } from '@idt/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppError, BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuditRepository } from '../audit/audit.repository';
import { Caller } from '../auth/current-user.decorator';
import { PasswordHasher } from '../auth/password-hasher';
import { checkNewPassword } from '../auth/password-policy';
import { SessionCache } from '../auth/session-cache';
import { JobsService } from '../jobs/jobs.service';
import { EMAIL_SENDER, EmailSender } from '../notifications/email-sender';
import { UsersRepository } from '../users/users.repository';
import { AccountRepository, RESET_LINK_MINUTES } from './account.repository';
import { describeDevice } from './device';
import { MyAccountModel } from './models/my-account.model';
import { hashToken } from '../../common/token-hash';

/** Reset emails asked for in the window, per email address and per IP address, before asking pauses. */
export const RESET_REQUEST_LIMITS = { windowMinutes: 60, perEmail: 3, perIp: 20 } as const;

/**
 * Wrong current passwords typed when changing it, in the window, before changing it pauses: someone holding a
 * signed-in device is not left to guess the password (and so take the account over for good) at leisure.
 */
export const CURRENT_PASSWORD_LIMITS = { windowMinutes: 15, attempts: 5 } as const;

/** The same answer whether or not an account uses the address (the web app shows it). */
export const RESET_REQUESTED =
  'If an account uses that email address, we have sent a link to it. The link works once, for an hour.';

export const RESET_LINK_NOT_VALID =
  'This link to reset your password has expired or has already been used. Ask for a new link.';

/** The most of a typed password that is ever hashed (a longer one cannot be right: the rule caps new ones at 128). */
const MAX_TYPED_PASSWORD = 1024;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

type AccountEmail = { kind: 'PASSWORD_RESET'; email: string } | { kind: 'PASSWORD_CHANGED'; userId: string };

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * A person's own password and sessions (docs/access-control.md, "Passwords and sessions"; ADR 0031). Emails go
 * through the job queue: asking for a reset link does the same work in the request whether or not the address has an
 * account, and the lookup, the link and the email happen in the job.
 */
@Injectable()
export class AccountService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Account');

  constructor(
    private readonly account: AccountRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditRepository,
    private readonly hasher: PasswordHasher,
    private readonly cache: SessionCache,
    private readonly jobs: JobsService,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.email) await this.jobs.work<AccountEmail>('account-email', (job) => this.sendEmail(job));
  }

  async myAccount(caller: Caller): Promise<MyAccountModel> {
    const [credentials, sessions] = await Promise.all([this.users.credentialsOf(caller.user.id), this.account.liveSessions(caller.user.id)]);
    return {
      id: caller.user.id,
      name: caller.user.name,
      email: caller.user.email,
      hasPassword: Boolean(credentials?.passwordHash),
      sessions: sessions.map((s) => ({
        id: s.id,
        device: describeDevice(s.userAgent),
        signedInAt: s.signedInAt,
        lastUsedAt: s.lastUsedAt,
        current: s.id === caller.sessionId,
      })),
    };
  }

  /** Ends one of the caller's own sessions; anyone else's (or an unknown one) is "not found" and nothing changes. */
  async endMySession(caller: Caller, sessionId: string): Promise<boolean> {
    const id = requireUuid(sessionId, 'sessionId');
    const ended = await this.account.endSession(caller.user.id, id, { actorUserId: caller.user.id, action: 'SESSION_ENDED', ip: caller.ip });
    if (!ended) throw new NotFoundError('That session');
    this.cache.evictUser(caller.user.id);
    return true;
  }

  /** Ends every session of the caller's but this one; returns how many ended. */
  async endMyOtherSessions(caller: Caller): Promise<number> {
    const ended = await this.account.endOtherSessions(caller.user.id, caller.sessionId, {
      actorUserId: caller.user.id,
      action: 'OTHER_SESSIONS_ENDED',
      ip: caller.ip,
    });
    if (ended > 0) this.cache.evictUser(caller.user.id);
    return ended;
  }

  /**
   * Changes the caller's password: the current one must be right and the new one must meet the rule. Every other
   * session of theirs ends (this one stays), unused reset links stop working, and they are told by email.
   */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string): Promise<boolean> {
    const credentials = await this.users.credentialsOf(caller.user.id);
    if (!credentials?.passwordHash) {
      throw new BadUserInputError('Your account signs in with NHS single sign-on, so it has no password to change here.', 'currentPassword');
    }
    if (currentPassword === '') throw new BadUserInputError('Enter your current password', 'currentPassword');
    if ((await this.audit.recentAboutAccount('CURRENT_PASSWORD_REFUSED', caller.user.id, CURRENT_PASSWORD_LIMITS.windowMinutes)) >= CURRENT_PASSWORD_LIMITS.attempts) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `You have typed a wrong current password too many times. Wait ${CURRENT_PASSWORD_LIMITS.windowMinutes} minutes and try again, or sign out and use "Forgot your password?".`,
        { field: 'currentPassword' },
      );
    }
    const valid = await this.hasher.verify(credentials.passwordHash, currentPassword.slice(0, MAX_TYPED_PASSWORD));
    if (!valid) {
      await this.audit.append({
        actorUserId: caller.user.id,
        action: 'CURRENT_PASSWORD_REFUSED',
        subjectType: 'user_account',
        subjectId: caller.user.id,
        ip: caller.ip,
      });
      throw new BadUserInputError('Your current password is not right. Check it and try again.', 'currentPassword');
    }
    const hash = await this.hashNewPassword(newPassword, credentials);
    await this.account.changePassword(caller.user.id, hash, caller.sessionId, {
      actorUserId: caller.user.id,
      action: 'PASSWORD_CHANGED',
      ip: caller.ip,
    });
    this.cache.evictUser(caller.user.id);
    await this.queueEmail({ kind: 'PASSWORD_CHANGED', userId: caller.user.id });
    return true;
  }

  /**
   * Asks for a reset link. The answer is the same whether or not an account uses the address, and so is the work done
   * here (audit, count, queue): finding the account and making the link happen in the job. Limited per address typed
   * and per IP address.
   */
  async requestPasswordReset(emailTyped: string, ip: string | null): Promise<string> {
    const problem = emailProblem(emailTyped);
    if (problem) throw new BadUserInputError(problem, 'email');
    const email = normaliseEmail(emailTyped);
    const recent = await this.account.recentResetRequests(email, ip, RESET_REQUEST_LIMITS.windowMinutes);
    if (recent.forEmail >= RESET_REQUEST_LIMITS.perEmail || recent.fromIp >= RESET_REQUEST_LIMITS.perIp) {
      throw new AppError('TOO_MANY_REQUESTS', 'There have been too many requests to reset a password. Wait an hour and try again.', {
        field: 'email',
      });
    }
    await this.audit.append({ actorUserId: null, action: 'PASSWORD_RESET_REQUESTED', subjectType: 'user_account', subjectId: email, ip });
    await this.queueEmail({ kind: 'PASSWORD_RESET', email });
    return RESET_REQUESTED;
  }

  /** Whether a reset link still works (unknown, used and expired links all answer false). */
  async resetLinkWorks(token: string): Promise<boolean> {
    return (await this.usableResetLink(token)) !== null;
  }

  /** The link's person, while it is unused and unexpired and the account may still sign in (not deactivated). */
  private async usableResetLink(token: string): Promise<{ tokenHash: Buffer; userId: string; email: string; name: string } | null> {
    if (!TOKEN.test(token)) return null;
    const tokenHash = hashToken(token);
    const link = await this.account.findResetLink(tokenHash);
    // A link sent before the person left works no more: a deactivated account has no credentials to reset.
    if (!link || (await this.users.findCredentials(link.email)) === null) return null;
    return { tokenHash, ...link };
  }

  /**
   * Sets a new password with a reset link: the link is used up, every session of the person ends (they sign in
   * again), every other link stops working, and they are told by email.
   */
  async resetPassword(token: string, newPassword: string, ip: string | null): Promise<boolean> {
    const link = await this.usableResetLink(token);
    if (!link) throw new AppError('BAD_USER_INPUT', RESET_LINK_NOT_VALID, { field: 'token', reason: 'RESET_LINK_NOT_VALID' });
    const hash = await this.hashNewPassword(newPassword, link);
    const done = await this.account.resetPassword(link.tokenHash, link.userId, hash, { actorUserId: link.userId, action: 'PASSWORD_RESET', ip });
    if (!done) throw new AppError('BAD_USER_INPUT', RESET_LINK_NOT_VALID, { field: 'token', reason: 'RESET_LINK_NOT_VALID' });
    this.cache.evictUser(link.userId);
    await this.queueEmail({ kind: 'PASSWORD_CHANGED', userId: link.userId });
    return true;
  }

  /** The new password checked by the rule (ADR 0031), then hashed. */
  private async hashNewPassword(newPassword: string, person: { email: string; name: string }): Promise<string> {
    const problem = checkNewPassword(newPassword, person);
    if (problem) throw new AppError('BAD_USER_INPUT', problem.message, { field: 'newPassword', reason: problem.code });
    return this.hasher.hash(newPassword);
  }

  private async queueEmail(email: AccountEmail): Promise<void> {
    if (!this.email) {
      this.logger.warn(`Email is not set up (SMTP_URL), so no ${email.kind === 'PASSWORD_RESET' ? 'reset link' : 'password-changed'} email was sent.`);
      return;
    }
    await this.jobs.send('account-email', email, { retryLimit: 3 });
  }

  /** The job. A reset for an address with no password account (none, single sign-on only, or closed) sends nothing. */
  private async sendEmail(job: AccountEmail): Promise<void> {
    if (!this.email) return;
    const base = this.config.publicUrl;
    if (job.kind === 'PASSWORD_RESET') {
      const account = await this.users.findCredentials(job.email);
      if (!account?.passwordHash) return;
      const token = randomBytes(32).toString('base64url');
      await this.account.createResetLink(account.id, hashToken(token));
      await this.email.send({
        to: job.email,
        subject: 'Reset your IDT Canvas password',
        text:
          `Someone asked to reset the password of the IDT Canvas account for this email address.\n\n` +
          `To choose a new password, open this link within ${RESET_LINK_MINUTES} minutes. It works once:\n` +
          `${base}/reset-password/${token}\n\n` +
          `If you did not ask for this, you can ignore this email: your password has not changed.\n`,
      });
      return;
    }
    const person = await this.users.credentialsOf(job.userId);
    if (!person) return;
    await this.email.send({
      to: person.email,
      subject: 'Your IDT Canvas password has been changed',
      text:
        `The password of your IDT Canvas account was changed on ${when.format(new Date())}, and your account was signed out on your other devices.\n\n` +
        `If this wasn't you, reset your password now at ${base}/forgot-password and tell your IDT Canvas administrator.\n`,
    });
  }
}
