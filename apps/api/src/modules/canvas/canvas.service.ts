import { ACCOUNT_LIMITS, isIsoDate, nameProblem } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { CanvasRepository } from './canvas.repository';
import { CycleRecord, FrameworkRecord } from './canvas.types';
import { OpenAssessmentCycleInput } from './dto/open-cycle.input';

/** Canvas versions (read by anyone signed in) and assessment cycles (opened by admins). */
@Injectable()
export class CanvasService {
  constructor(
    private readonly canvas: CanvasRepository,
    private readonly cohorts: CohortsRepository,
  ) {}

  listFrameworks(): Promise<FrameworkRecord[]> {
    return this.canvas.listFrameworks();
  }

  async getFramework(id: string): Promise<FrameworkRecord> {
    const framework = await this.canvas.findFramework(requireUuid(id, 'id'));
    if (!framework) throw new NotFoundError('Canvas framework');
    return framework;
  }

  listCycles(caller: Caller): Promise<CycleRecord[]> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    return this.canvas.listCycles();
  }

  async openCycle(caller: Caller, input: OpenAssessmentCycleInput): Promise<CycleRecord> {
    requirePermission(caller.actor, 'manage', { kind: 'assessment-cycles' });
    const nameIssue = nameProblem(input.name, 'Cycle name', ACCOUNT_LIMITS.cohortNameMaxLength);
    if (nameIssue) throw new BadUserInputError(nameIssue, 'name');
    if (!isIsoDate(input.opensOn)) throw new BadUserInputError('Opening date must be a real date, like 2026-04-01', 'opensOn');
    if (!isIsoDate(input.closesOn)) throw new BadUserInputError('Closing date must be a real date, like 2026-06-30', 'closesOn');
    if (input.closesOn < input.opensOn) throw new BadUserInputError('The cycle must close on or after the day it opens', 'closesOn');
    const framework = await this.canvas.findFramework(requireUuid(input.frameworkId, 'frameworkId'));
    if (!framework) throw new BadUserInputError('There is no canvas version with that id.', 'frameworkId');
    if (framework.status !== 'PUBLISHED') throw new BadUserInputError('Only a published canvas can be used for a cycle.', 'frameworkId');
    const cohortId = input.cohortId ? requireUuid(input.cohortId, 'cohortId') : null;
    if (cohortId && !(await this.cohorts.findFacts(cohortId))) {
      throw new BadUserInputError('There is no cohort with that id.', 'cohortId');
    }
    const name = input.name.trim();
    if (await this.canvas.cycleNameTaken(name)) throw new BadUserInputError('A cycle with this name already exists.', 'name');
    return this.canvas.openCycle(
      { name, frameworkId: framework.id, opensOn: input.opensOn, closesOn: input.closesOn, cohortId },
      { actorUserId: caller.user.id, action: 'CYCLE_OPENED', ip: caller.ip },
    );
  }
}
