import { emailProblem, nameProblem, normaliseEmail } from '@idt/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppError, BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SecondStepService } from '../auth/second-step/second-step.service';
import { AuthService } from '../auth/auth.service';
import { Caller } from '../auth/current-user.decorator';
import { PasswordHasher } from '../auth/password-hasher';
import { checkNewPassword } from '../auth/password-policy';
import { requirePermission } from '../auth/require-permission';
import { JobsService } from '../jobs/jobs.service';
import { EMAIL_SENDER, EmailSender } from '../notifications/email-sender';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationAttempts } from './invitation-attempts';
import { InvitationsRepository } from './invitations.repository';
import { INVITATION_LINK_DEAD, InvitationForInvitee, InvitedRole, PendingInvitationRecord } from './invitations.types';
import { hashToken } from '../../common/token-hash';

const MANAGE_USERS = { kind: 'user-accounts' } as const;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** The one refusal for a dead link, whatever killed it (never says which, or whether it ever existed). */
export class InvitationLinkDeadError extends AppError {
  constructor() {
    super('NOT_FOUND', INVITATION_LINK_DEAD, { field: 'token', reason: 'INVITATION_LINK_DEAD' });
  }
}

/**
 * Invitations (docs/decisions/0030-invitations.md): an admin invites a person by email with their roles; the email's
 * single-use link, valid for 7 days, is where they set their own password (or are sent to NHS single sign-on). No
 * admin ever types or sees another person's password. The link's token exists only in the email: the job that sends
 * it makes it and stores its SHA-256 hash.
 */
@Injectable()
export class InvitationsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Invitations');

  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly auth: AuthService,
    private readonly secondStep: SecondStepService,
    private readonly hasher: PasswordHasher,
    private readonly jobs: JobsService,
    private readonly attempts: InvitationAttempts,
    @Inject(EMAIL_SENDER) private readonly email: EmailSender | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.email) {
      await this.jobs.work<{ invitationId: string; sendNumber: number }>('invitation-email', (job) =>
        this.sendEmail(job.invitationId, job.sendNumber),
      );
    }
  }

  async invite(caller: Caller, input: InviteUserInput): Promise<PendingInvitationRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    const email = normaliseEmail(input.email);
    const emailIssue = emailProblem(email);
    if (emailIssue) throw new BadUserInputError(emailIssue, 'email');
    const nameIssue = nameProblem(input.name);
    if (nameIssue) throw new BadUserInputError(nameIssue, 'name');
    const singleSignOn = input.singleSignOn ?? false;
    if (singleSignOn && !this.config.oidc) {
      throw new BadUserInputError('Single sign-on is not set up for this service: invite them to set a password.', 'singleSignOn');
    }
    if (input.roles.length > 20) throw new BadUserInputError('Give at most 20 roles.', 'roles');
    const roles: InvitedRole[] = [];
    for (const role of input.roles) {
      const checked = await this.usersService.checkedRole(role);
      if (!roles.some((r) => r.role === checked.role && r.systemId === checked.systemId && r.cohortId === checked.cohortId)) roles.push(checked);
    }
    this.requireEmail();
    const account = await this.users.accountStatus(email);
    if (account === 'active') {
      throw new AppError('CONFLICT', 'This person already has an account. Give them roles from their account instead.', { field: 'email' });
    }
    const conflict = () =>
      new AppError('CONFLICT', 'This person already has an invitation waiting. Resend it from the list of invitations.', { field: 'email' });
    if (await this.invitations.hasPending(email)) throw conflict();
    const created = await this.invitations.create(
      { email, name: input.name.trim(), roles, singleSignOn, invitedBy: caller.user.id },
      { actorUserId: caller.user.id, ip: caller.ip },
    );
    if (!created) throw conflict();
    await this.jobs.send('invitation-email', { invitationId: created.id, sendNumber: created.sendNumber });
    return this.requirePending(created.id);
  }

  listPending(caller: Caller): Promise<PendingInvitationRecord[]> {
    requirePermission(caller.actor, 'read', MANAGE_USERS);
    return this.invitations.listPending();
  }

  /** Sends a new link, valid for another 7 days; the old link is dead from now. */
  async resend(caller: Caller, id: string): Promise<PendingInvitationRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    const invitationId = requireUuid(id, 'id');
    this.requireEmail();
    const renewed = await this.invitations.renew(invitationId, { actorUserId: caller.user.id, ip: caller.ip });
    if (!renewed) throw new NotFoundError('Invitation');
    await this.jobs.send('invitation-email', { invitationId, sendNumber: renewed.sendNumber });
    return this.requirePending(invitationId);
  }

  async revoke(caller: Caller, id: string): Promise<boolean> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    if (!(await this.invitations.revoke(requireUuid(id, 'id'), { actorUserId: caller.user.id, ip: caller.ip }))) {
      throw new NotFoundError('Invitation');
    }
    return true;
  }

  /** What a link shows the person who opened it: their own name and email, or the one refusal. */
  async forInvitee(token: string, ip: string | null): Promise<InvitationForInvitee> {
    return this.requireValid(token, ip);
  }

  /**
   * Accepts an invitation: checks the new password (for a password invitation), creates or reactivates the account
   * with its roles, and signs them in. A single sign-on invitation opens no session: they sign in with it next.
   */
  async accept(
    token: string,
    password: string | null | undefined,
    ip: string | null,
  ): Promise<{ userId: string; sessionToken: string | null }> {
    const invitation = await this.requireValid(token, ip);
    let passwordHash: string | null = null;
    if (!invitation.singleSignOn) {
      if (password == null || password === '') throw new BadUserInputError('Enter a password.', 'password');
      const problem = checkNewPassword(password, { email: invitation.email, name: invitation.name });
      if (problem) throw new AppError('BAD_USER_INPUT', problem.message, { field: 'password', reason: problem.code });
      passwordHash = await this.hasher.hash(password);
    }
    const accepted = await this.invitations.accept(hashToken(token), passwordHash, ip);
    if (accepted === 'LINK_DEAD') throw new InvitationLinkDeadError();
    if (accepted === 'ACCOUNT_ACTIVE') {
      throw new AppError('CONFLICT', 'You already have an account. Sign in with it instead.', { field: 'token' });
    }
    return { userId: accepted.userId, sessionToken: accepted.singleSignOn ? null : await this.openSessionAfterAccepting(accepted.userId, ip) };
  }

  /**
   * Signs in the person who set their password, as a password sign-in would (ADR 0032): someone whose roles require
   * a second step gets a session that can only set one up; an account that already has one (reactivated) is not
   * signed in here, and signs in with both steps.
   */
  private async openSessionAfterAccepting(userId: string, ip: string | null): Promise<string | null> {
    const secondStep = await this.secondStep.status(userId);
    if (secondStep.enrolled) return null;
    return this.auth.openSession(userId, ip, 'password', { mustEnrolSecondStep: secondStep.required });
  }

  private async requireValid(token: string, ip: string | null): Promise<InvitationForInvitee> {
    this.attempts.check(ip);
    const invitation = TOKEN_SHAPE.test(token) ? await this.invitations.findValid(hashToken(token)) : null;
    if (!invitation) {
      this.attempts.failed(ip);
      throw new InvitationLinkDeadError();
    }
    return invitation;
  }

  private async requirePending(id: string): Promise<PendingInvitationRecord> {
    const found = (await this.invitations.listPending()).find((invitation) => invitation.id === id);
    if (!found) throw new NotFoundError('Invitation');
    return found;
  }

  private requireEmail(): void {
    if (!this.email) {
      throw new AppError('CONFLICT', 'Invitations are sent by email, and email is not set up for this service. Ask whoever runs it to set SMTP_URL.');
    }
  }

  /** The job: makes the link, stores its hash, and emails it. Sends nothing if the invitation was renewed or ended. */
  private async sendEmail(invitationId: string, sendNumber: number): Promise<void> {
    if (!this.email) return;
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashToken(token);
    const invitation = await this.invitations.issueLink(invitationId, sendNumber, tokenHash);
    if (!invitation) return;
    const link = `${this.config.publicUrl}/invitation/${token}`;
    const next = invitation.singleSignOn
      ? 'Open this link to accept it. You will then sign in with NHS single sign-on: you do not need a password for IDT Canvas.'
      : 'Open this link to accept it and choose your password.';
    try {
      await this.email.send({
        to: invitation.email,
        subject: 'You have been invited to IDT Canvas',
        text:
          `Hello ${invitation.name},\n\nYou have been invited to IDT Canvas. ${next}\n\n${link}\n\n` +
          `The link works once and expires on ${longDate.format(invitation.expiresAt)}. ` +
          `If you were not expecting this email, you can ignore it.\n`,
      });
    } catch (error) {
      await this.invitations.withdrawLink(invitationId, tokenHash).catch(() => undefined);
      this.logger.warn(`Could not email invitation ${invitationId} (it will be tried again): ${String(error)}`);
      throw error;
    }
  }
}
