import { ACCOUNT_LIMITS, cohortReadScope, nameProblem } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { SystemsService } from '../systems/systems.service';
import { CohortsRepository } from './cohorts.repository';
import { CohortRecord } from './cohorts.types';
import { CreateCohortInput } from './dto/create-cohort.input';

const MANAGE_COHORTS = { kind: 'cohorts' } as const;

/** Cohorts of ICSs. Admins manage them; national viewers read all; coaches and ICS leads read their own. */
@Injectable()
export class CohortsService {
  constructor(
    private readonly cohorts: CohortsRepository,
    private readonly systems: SystemsService,
  ) {}

  list(caller: Caller): Promise<CohortRecord[]> {
    return this.cohorts.list(cohortReadScope(caller.actor));
  }

  /** One cohort; one outside the caller's scope is reported exactly as one that does not exist. */
  async get(caller: Caller, cohortId: string): Promise<CohortRecord> {
    const facts = await this.cohorts.findFacts(requireUuid(cohortId, 'id'));
    if (!facts) throw new NotFoundError('Cohort');
    requirePermission(caller.actor, 'read', { kind: 'cohort', ...facts }, 'Cohort');
    return (await this.cohorts.findById(facts.cohortId)) as CohortRecord;
  }

  async create(caller: Caller, input: CreateCohortInput): Promise<CohortRecord> {
    requirePermission(caller.actor, 'manage', MANAGE_COHORTS);
    const problem = nameProblem(input.name, 'Cohort name', ACCOUNT_LIMITS.cohortNameMaxLength);
    if (problem) throw new BadUserInputError(problem, 'name');
    const description = (input.description ?? '').trim();
    if (description.length > ACCOUNT_LIMITS.cohortDescriptionMaxLength) {
      throw new BadUserInputError(
        `Description must be ${ACCOUNT_LIMITS.cohortDescriptionMaxLength} characters or fewer`,
        'description',
      );
    }
    const name = input.name.trim();
    if (await this.cohorts.nameTaken(name)) throw new BadUserInputError('A cohort with this name already exists.', 'name');
    return this.cohorts.create({ name, description }, { actorUserId: caller.user.id, action: 'COHORT_CREATED', ip: caller.ip });
  }

  /** Adds an ICS to a cohort; adding one that is already there changes nothing. */
  addSystem(caller: Caller, cohortId: string, systemId: string): Promise<CohortRecord> {
    return this.changeMembers(caller, cohortId, systemId, 'add');
  }

  /** Removes an ICS from a cohort; removing one that is not there changes nothing. */
  removeSystem(caller: Caller, cohortId: string, systemId: string): Promise<CohortRecord> {
    return this.changeMembers(caller, cohortId, systemId, 'remove');
  }

  private async changeMembers(caller: Caller, cohortId: string, systemId: string, change: 'add' | 'remove') {
    const cohort = await this.requireManageable(caller, cohortId);
    await this.systems.requireSystem(systemId);
    const audit = { actorUserId: caller.user.id, ip: caller.ip } as const;
    if (change === 'add') {
      await this.cohorts.addSystem(cohort, systemId.toLowerCase(), { ...audit, action: 'COHORT_SYSTEM_ADDED' });
    } else {
      await this.cohorts.removeSystem(cohort, systemId.toLowerCase(), { ...audit, action: 'COHORT_SYSTEM_REMOVED' });
    }
    return (await this.cohorts.findById(cohort)) as CohortRecord;
  }

  /** Permission first, so that someone who may not manage cohorts learns nothing about which ones exist. */
  private async requireManageable(caller: Caller, cohortId: string): Promise<string> {
    requirePermission(caller.actor, 'manage', MANAGE_COHORTS);
    const facts = await this.cohorts.findFacts(requireUuid(cohortId, 'cohortId'));
    if (!facts) throw new NotFoundError('Cohort');
    return facts.cohortId;
  }
}
