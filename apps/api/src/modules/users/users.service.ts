import { emailProblem, nameProblem, normaliseEmail } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { AppError, BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { SessionCache } from '../auth/session-cache';
import { SignedIn } from '../auth/signed-in';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { SystemsService } from '../systems/systems.service';
import { CreateUserInput } from './dto/create-user.input';
import { GrantRoleInput } from './dto/grant-role.input';
import { UsersRepository } from './users.repository';
import { SignedInAccount } from './signed-in-account';
import { NewRoleGrant, UserAccountRecord } from './users.types';

const MANAGE_USERS = { kind: 'user-accounts' } as const;

/** Accounts and roles. Only admins manage them; everyone may read their own account (`me`). */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly cohorts: CohortsRepository,
    private readonly systems: SystemsService,
    private readonly sessions: SessionCache,
  ) {}

  /** The caller's own account, with their roles. */
  async me(userId: string): Promise<UserAccountRecord | null> {
    return this.users.findById(userId);
  }

  /** The signed-in person's own account, read from the database only for the fields the session does not carry. */
  signedInAccount(signedIn: SignedIn): SignedInAccount {
    const { id, email, name } = signedIn.user;
    return new SignedInAccount(id, email, name, (userId) => this.users.findById(userId));
  }

  list(caller: Caller): Promise<UserAccountRecord[]> {
    requirePermission(caller.actor, 'read', MANAGE_USERS);
    return this.users.list();
  }

  async get(caller: Caller, userId: string): Promise<UserAccountRecord> {
    requirePermission(caller.actor, 'read', MANAGE_USERS);
    return this.requireUser(userId);
  }

  async create(caller: Caller, input: CreateUserInput): Promise<UserAccountRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    const email = normaliseEmail(input.email);
    const problem = emailProblem(email);
    if (problem) throw new BadUserInputError(problem, 'email');
    const nameIssue = nameProblem(input.name);
    if (nameIssue) throw new BadUserInputError(nameIssue, 'name');
    if (await this.users.emailTaken(email)) {
      throw new BadUserInputError('An account with this email address already exists.', 'email');
    }
    return this.users.create(
      {
        email,
        name: input.name.trim(),
        // No admin types another person's password: they set it themselves (an invitation), or use single sign-on.
        passwordHash: null,
      },
      { actorUserId: caller.user.id, action: 'USER_CREATED', subjectType: 'user_account', ip: caller.ip },
    );
  }

  /** Gives a person a role. Granting a role they already hold changes nothing. */
  async grantRole(caller: Caller, input: GrantRoleInput): Promise<UserAccountRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    const user = await this.requireUser(input.userId, 'userId');
    const grant = await this.checkedGrant(user.id, input);
    await this.users.grant(grant, caller.user.id, {
      actorUserId: caller.user.id,
      action: 'ROLE_GRANTED',
      subjectType: 'role_grant',
      ip: caller.ip,
    });
    // Committed: this process's next request sees it now; other replicas hear of it by NOTIFY within milliseconds.
    this.sessions.evictUser(user.id);
    return this.requireUser(user.id);
  }

  async revokeRole(caller: Caller, grantId: string): Promise<UserAccountRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    const grant = await this.users.findGrant(requireUuid(grantId, 'grantId'));
    if (!grant) throw new NotFoundError('Role grant');
    if (grant.role === 'ADMIN' && grant.userId === caller.user.id) {
      throw new BadUserInputError('You cannot remove your own admin role: ask another admin.', 'grantId');
    }
    await this.users.revoke(grant, {
      actorUserId: caller.user.id,
      action: 'ROLE_REVOKED',
      subjectType: 'role_grant',
      ip: caller.ip,
    });
    this.sessions.evictUser(grant.userId);
    return this.requireUser(grant.userId);
  }

  /** Checks a role an invitation will grant: the same rules as `grantRole`. */
  async checkedRole(input: { role: GrantRoleInput['role']; systemId?: string | null; cohortId?: string | null }) {
    const { role, systemId, cohortId } = await this.checkedGrant('', { userId: '', ...input });
    return { role, systemId, cohortId };
  }

  /**
   * A leaver: ends every session of theirs at once (on every replica) and refuses every way of signing in until an
   * admin reactivates them. An admin cannot deactivate themself, nor the last active admin.
   */
  async deactivate(caller: Caller, userId: string): Promise<UserAccountRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    const user = await this.requireUser(userId);
    if (user.id === caller.user.id) {
      throw new BadUserInputError('You cannot deactivate your own account: ask another admin.', 'id');
    }
    const done = await this.users.deactivate(user.id, { actorUserId: caller.user.id, ip: caller.ip });
    if (done === 'LAST_ADMIN') {
      throw new AppError('CONFLICT', 'This is the last active admin: make someone else an admin first.', { field: 'id' });
    }
    // Committed: this process forgets them now; other replicas hear of it by NOTIFY within milliseconds.
    this.sessions.evictUser(user.id);
    return this.requireUser(user.id);
  }

  async reactivate(caller: Caller, userId: string): Promise<UserAccountRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_USERS);
    const user = await this.requireUser(userId);
    await this.users.reactivate(user.id, { actorUserId: caller.user.id, ip: caller.ip });
    return this.requireUser(user.id);
  }

  private async requireUser(userId: string, field = 'id'): Promise<UserAccountRecord> {
    const user = await this.users.findById(requireUuid(userId, field));
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** A grant's scope must match its role: an ICS for a lead, a cohort for a coach, nothing for the others. */
  private async checkedGrant(userId: string, input: GrantRoleInput): Promise<NewRoleGrant> {
    const systemId = input.systemId ?? null;
    const cohortId = input.cohortId ?? null;
    switch (input.role) {
      case 'ICS_LEAD':
        if (!systemId) throw new BadUserInputError('Choose the ICS this person leads.', 'systemId');
        if (cohortId) throw new BadUserInputError('An ICS lead role has no cohort.', 'cohortId');
        await this.systems.requireSystem(systemId);
        return { userId, role: 'ICS_LEAD', systemId: systemId.toLowerCase(), cohortId: null };
      case 'COACH':
        if (!cohortId) throw new BadUserInputError('Choose the cohort this person coaches.', 'cohortId');
        if (systemId) throw new BadUserInputError('A coach role has no ICS.', 'systemId');
        if (!(await this.cohorts.findFacts(requireUuid(cohortId, 'cohortId')))) {
          throw new BadUserInputError('There is no cohort with that id.', 'cohortId');
        }
        return { userId, role: 'COACH', systemId: null, cohortId: cohortId.toLowerCase() };
      default:
        if (systemId || cohortId) {
          throw new BadUserInputError(`A ${input.role} role covers every ICS: give no ICS or cohort.`, systemId ? 'systemId' : 'cohortId');
        }
        return { userId, role: input.role, systemId: null, cohortId: null };
    }
  }
}
