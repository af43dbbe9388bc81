import { DEMO_ACCOUNTS } from '@idt/domain';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { hkdfSync, randomBytes } from 'node:crypto';
import { toDataURL } from 'qrcode';
import { AppError, ForbiddenError, NotFoundError, requireUuid, UnauthenticatedError } from '../../../common/app-error';
import { hashToken } from '../../../common/token-hash';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { AuditRepository } from '../../audit/audit.repository';
import { UsersRepository } from '../../users/users.repository';
import { PasswordHasher } from '../password-hasher';
import { Caller } from '../current-user.decorator';
import { requirePermission } from '../require-permission';
import { SessionCache } from '../session-cache';
import { SecondStepRepository, SecondStepState } from './second-step.repository';
import { SecretBox } from './secret-box';
import { acceptedStep, groupedKey, newRecoveryCodes, newTotpSecret, readCode, recoveryCodeHash, totpUri } from './totp';

/** A sign-in waiting for its second step lasts this long, and allows this many wrong codes. */
export const PENDING_SIGN_IN = { minutes: 5, maxWrongCodes: 5 } as const;
/** Wrong codes for one account, across pending sign-ins, before it must wait (a stranger who knows the password). */
export const SECOND_STEP_LIMIT = { windowMinutes: 15, perAccount: 10 } as const;

/** Roles that see every ICS: their accounts must use a second step when signing in with a password. */
const ROLES_REQUIRING_SECOND_STEP: readonly string[] = ['ADMIN', 'NATIONAL'];

export const WRONG_CODE_MESSAGE = 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.';

/** What happens after a correct password. */
export type AfterPassword =
  | { readonly kind: 'session'; readonly mustEnrol: boolean }
  | { readonly kind: 'pending'; readonly token: string };

/** Two-step sign-in: enrolment, the second step at sign-in, turning it off, and an admin's reset. */
@Injectable()
export class SecondStepService implements OnModuleInit {
  private readonly box: SecretBox;
  private readonly logger = new Logger(SecondStepService.name);

  constructor(
    private readonly repository: SecondStepRepository,
    private readonly audit: AuditRepository,
    private readonly hasher: PasswordHasher,
    private readonly users: UsersRepository,
    private readonly cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(
      config.secondStep?.encryptionKey ??
        Buffer.from(hkdfSync('sha256', config.databaseUrl, 'idt-canvas', 'second-step secrets', 32)),
    );
  }

  onModuleInit(): void {
    if (this.config.production && !this.config.secondStep?.keyFromEnvironment) {
      this.logger.warn('TOTP_ENCRYPTION_KEY is not set: second-step secrets are encrypted with a key derived from DATABASE_URL. Set it (openssl rand -base64 32).');
    }
  }

  /**
   * The one rule for who must use a second step: a password account holding a role that sees every ICS, except the
   * demo admin and national viewer on the embedded demo database when `DEMO_SKIP_SECOND_STEP` says so.
   */
  isRequired(state: Pick<SecondStepState, 'email' | 'hasPassword' | 'roles'>): boolean {
    if (!state.hasPassword || !state.roles.some((role) => ROLES_REQUIRING_SECOND_STEP.includes(role))) return false;
    const demoSkip = this.config.secondStep?.demoAccountsMaySkip === true && DEMO_ACCOUNTS.some((a) => a.email === state.email);
    return !demoSkip;
  }

  /**
   * After a correct password: someone with a second step gets a pending sign-in (its token goes in a cookie), else a
   * session, which can only set one up when their role requires it.
   */
  async afterPassword(userId: string): Promise<AfterPassword> {
    const state = await this.repository.state(userId);
    if (!state) throw new UnauthenticatedError();
    if (state.enrolled) {
      const token = randomBytes(32).toString('base64url');
      await this.repository.openPending(userId, hashToken(token), PENDING_SIGN_IN.minutes);
      return { kind: 'pending', token };
    }
    return { kind: 'session', mustEnrol: this.isRequired(state) };
  }

  /**
   * Checks the second step of a pending sign-in. On success the pending sign-in is used up and the account's id is
   * returned (the caller opens the session), with how many recovery codes are left when one was used.
   */
  async completeSignIn(
    pendingToken: string | undefined,
    typed: string,
    ip: string | null,
  ): Promise<{ userId: string; usedRecoveryCode: boolean; recoveryCodesLeft: number }> {
    const pending = pendingToken ? await this.repository.findPending(hashToken(pendingToken), PENDING_SIGN_IN.maxWrongCodes) : null;
    if (!pending) throw signInAgain();
    const { userId } = pending;
    if ((await this.audit.recentAboutAccount('SECOND_STEP_FAILED', userId, SECOND_STEP_LIMIT.windowMinutes)) >= SECOND_STEP_LIMIT.perAccount) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `There have been too many wrong codes for this account. Wait ${SECOND_STEP_LIMIT.windowMinutes} minutes and try again.`,
      );
    }
    const state = await this.repository.state(userId);
    const code = readCode(typed.slice(0, 100));
    let usedRecoveryCode = false;
    let ok = false;
    let left = state?.recoveryCodesLeft ?? 0;
    if (state?.enrolled && code.kind === 'totp') {
      ok = await this.useAuthenticatorCode(userId, state, code.code);
    } else if (state?.enrolled && code.kind === 'recovery') {
      const used = await this.repository.useRecoveryCode(userId, recoveryCodeHash(code.code));
      ok = used.used;
      usedRecoveryCode = used.used;
      left = used.left;
    }
    if (!ok) {
      const failures = await this.repository.pendingFailed(pending.id);
      await this.audit.append({
        actorUserId: null,
        action: 'SECOND_STEP_FAILED',
        subjectType: 'user_account',
        subjectId: userId,
        after: { attempt: failures },
        ip,
      });
      if (failures >= PENDING_SIGN_IN.maxWrongCodes) {
        await this.repository.deletePending(pending.id);
        throw signInAgain('That code was wrong too many times.');
      }
      throw new AppError('WRONG_SECOND_STEP_CODE', WRONG_CODE_MESSAGE, { field: 'code' });
    }
    if (!(await this.repository.deletePending(pending.id))) throw signInAgain();
    if (usedRecoveryCode) {
      await this.audit.append({
        actorUserId: userId,
        action: 'RECOVERY_CODE_USED',
        subjectType: 'user_account',
        subjectId: userId,
        after: { recoveryCodesLeft: left },
        ip,
      });
    }
    return { userId, usedRecoveryCode, recoveryCodesLeft: left };
  }

  /** Whether this person has a second step, whether their role requires one, and (their own) recovery codes left. */
  async status(userId: string): Promise<{ enrolled: boolean; required: boolean; recoveryCodesLeft: number; canUse: boolean }> {
    const state = await this.repository.state(userId);
    if (!state) throw new NotFoundError('The account');
    return {
      enrolled: state.enrolled,
      required: this.isRequired(state),
      recoveryCodesLeft: state.recoveryCodesLeft,
      canUse: state.hasPassword,
    };
  }

  /** Starts (or starts again) setting up an authenticator app: a new secret, as a QR code and a key to type. */
  async startEnrolment(caller: Caller): Promise<{ manualKey: string; qrCodeDataUrl: string; otpauthUri: string }> {
    const state = await this.repository.state(caller.user.id);
    if (!state) throw new UnauthenticatedError();
    if (!state.hasPassword) {
      throw new AppError('CONFLICT', 'You sign in with NHS single sign-on, which asks for its own second step.');
    }
    if (state.enrolled) throw new AppError('CONFLICT', 'Two-step sign-in is already set up for your account.');
    const secret = newTotpSecret();
    if (!(await this.repository.saveUnconfirmed(caller.user.id, this.box.seal(secret, caller.user.id)))) {
      throw new AppError('CONFLICT', 'Two-step sign-in is already set up for your account.');
    }
    const uri = totpUri(secret, state.email);
    return { manualKey: groupedKey(secret), qrCodeDataUrl: await toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2 }), otpauthUri: uri };
  }

  /**
   * Confirms enrolment with a first code; returns ten recovery codes, shown this once. A session that could only
   * enrol is replaced by a full one: the new token is returned for the cookie.
   */
  async confirmEnrolment(caller: Caller & { mustEnrolSecondStep?: boolean }, typed: string): Promise<{ recoveryCodes: string[]; newSessionToken: string | null }> {
    const userId = caller.user.id;
    const state = await this.repository.state(userId);
    if (!state?.secretEncrypted || state.enrolled) {
      throw new AppError('CONFLICT', 'Start setting up two-step sign-in again: scan the new QR code and enter its code.');
    }
    const code = readCode(typed.slice(0, 100));
    const step = code.kind === 'totp' ? acceptedStep(this.box.open(state.secretEncrypted, userId), code.code, null) : null;
    if (step === null) {
      throw new AppError('WRONG_SECOND_STEP_CODE', 'Enter the 6-digit code your authenticator app shows now.', { field: 'code' });
    }
    const recoveryCodes = newRecoveryCodes();
    const newSessionToken = caller.mustEnrolSecondStep ? randomBytes(32).toString('base64url') : null;
    const confirmed = await this.repository.confirm(
      userId,
      step,
      recoveryCodes.map(recoveryCodeHash),
      { actorUserId: userId, action: 'SECOND_STEP_ENROLLED', subjectType: 'user_account', subjectId: userId, ip: caller.ip },
      newSessionToken ? { sessionId: caller.sessionId, newTokenHash: hashToken(newSessionToken) } : undefined,
    );
    if (!confirmed) {
      throw new AppError('CONFLICT', 'That set-up has expired. Start again: scan the new QR code and enter its code.');
    }
    if (newSessionToken) this.cache.evictUser(userId);
    return { recoveryCodes, newSessionToken };
  }

  /** Turns the second step off, with a current code or the password; refused where the role requires it. */
  async turnOff(caller: Caller, input: { code?: string | null; password?: string | null }): Promise<void> {
    const userId = caller.user.id;
    const state = await this.repository.state(userId);
    if (!state?.enrolled || !state.secretEncrypted) throw new AppError('CONFLICT', 'Two-step sign-in is not set up for your account.');
    if (this.isRequired(state)) {
      throw new AppError('SECOND_STEP_REQUIRED', 'Your role sees every ICS, so your account must keep two-step sign-in.');
    }
    let proved = false;
    if (input.code) {
      const code = readCode(input.code.slice(0, 100));
      proved = code.kind === 'totp' && (await this.useAuthenticatorCode(userId, state, code.code));
      if (!proved) throw new AppError('WRONG_SECOND_STEP_CODE', 'Enter the 6-digit code your authenticator app shows now.', { field: 'code' });
    } else if (input.password) {
      proved = await this.hasher.verify((await this.users.credentialsOf(userId))?.passwordHash ?? null, input.password.slice(0, 1024));
      if (!proved) throw new AppError('BAD_USER_INPUT', 'Enter your current password.', { field: 'password' });
    } else {
      throw new AppError('BAD_USER_INPUT', 'Enter a code from your authenticator app or your password.', { field: 'code' });
    }
    await this.repository.remove(
      userId,
      { actorUserId: userId, action: 'SECOND_STEP_TURNED_OFF', subjectType: 'user_account', subjectId: userId, ip: caller.ip },
      { endSessions: false },
    );
  }

  /**
   * Whether `code` is this person's authenticator code for now (±1 step) and newer than the last one accepted; when it
   * is, its step is recorded, so the same code is never accepted twice.
   */
  private async useAuthenticatorCode(userId: string, state: Pick<SecondStepState, 'secretEncrypted' | 'lastUsedStep'>, code: string): Promise<boolean> {
    if (!state.secretEncrypted) return false;
    const step = acceptedStep(this.box.open(state.secretEncrypted, userId), code, state.lastUsedStep);
    return step !== null && (await this.repository.useStep(userId, step));
  }

  /**
   * An admin removes someone's second step (a lost phone): their sessions end, and they set it up again at their next
   * sign-in if their role requires it. Audited.
   */
  async reset(caller: Caller, userId: string): Promise<void> {
    requirePermission(caller.actor, 'manage', { kind: 'user-accounts' });
    userId = requireUuid(userId, 'userId');
    const state = await this.repository.state(userId);
    if (!state) throw new NotFoundError('The account');
    if (!state.enrolled && !state.secretEncrypted) {
      throw new AppError('CONFLICT', 'This person has not set up two-step sign-in, so there is nothing to reset.');
    }
    if (userId === caller.user.id) throw new ForbiddenError('Ask another admin to reset your own two-step sign-in.');
    await this.repository.remove(
      userId,
      { actorUserId: caller.user.id, action: 'SECOND_STEP_RESET', subjectType: 'user_account', subjectId: userId, ip: caller.ip },
      { endSessions: true },
    );
    this.cache.evictUser(userId);
  }
}

function signInAgain(why = 'Your sign-in has expired.'): AppError {
  return new AppError('SIGN_IN_AGAIN', `${why} Sign in again with your email address and password.`);
}
