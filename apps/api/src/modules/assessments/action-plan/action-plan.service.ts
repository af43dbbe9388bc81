import { actionPlanItemProblems, isIsoDate } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError, requireUuid } from '../../../common/app-error';
import { Caller } from '../../auth/current-user.decorator';
import { requirePermission } from '../../auth/require-permission';
import { CanvasRepository } from '../../canvas/canvas.repository';
import { FrameworkRecord } from '../../canvas/canvas.types';
import { toFrameworkModel } from '../../canvas/framework-model';
import { CanvasFrameworkModel } from '../../canvas/models/canvas-framework.model';
import { ActionPlanItemInput, ActionPlanItemModel } from './action-plan.model';
import { ActionPlanRepository, ActionValues } from './action-plan.repository';

/** "How to get there": kept by the ICS's leads; read by its coaches, national viewers and admins. */
@Injectable()
export class ActionPlanService {
  constructor(
    private readonly plans: ActionPlanRepository,
    private readonly canvas: CanvasRepository,
  ) {}

  list(caller: Caller, systemId: string): Promise<ActionPlanItemModel[]> {
    const id = requireUuid(systemId, 'systemId');
    requirePermission(caller.actor, 'read', { kind: 'action-plan', systemId: id }, 'Action plan');
    return this.plans.list(id);
  }

  /** The canvas the ICS's plan follows (its newest cycle's): the form offers its domains, and actions are checked against them. */
  async framework(caller: Caller, systemId: string): Promise<CanvasFrameworkModel> {
    const id = requireUuid(systemId, 'systemId');
    requirePermission(caller.actor, 'read', { kind: 'action-plan', systemId: id }, 'Action plan');
    return toFrameworkModel(await this.frameworkOf(id));
  }

  async add(caller: Caller, systemId: string, input: ActionPlanItemInput): Promise<ActionPlanItemModel> {
    const id = requireUuid(systemId, 'systemId');
    requireManage(caller, id);
    const values = checked(input, await this.frameworkOf(id));
    return this.plans.save({ id: null, systemId: id, ...values }, { userId: caller.user.id, ip: caller.ip });
  }

  async update(caller: Caller, itemId: string, input: ActionPlanItemInput): Promise<ActionPlanItemModel> {
    const systemId = await this.manageableSystemOf(caller, itemId);
    const values = checked(input, await this.frameworkOf(systemId));
    return this.plans.save({ id: itemId.toLowerCase(), systemId, ...values }, { userId: caller.user.id, ip: caller.ip });
  }

  async remove(caller: Caller, itemId: string): Promise<boolean> {
    await this.manageableSystemOf(caller, itemId);
    await this.plans.remove(itemId.toLowerCase(), { userId: caller.user.id, ip: caller.ip });
    return true;
  }

  private async frameworkOf(systemId: string): Promise<FrameworkRecord> {
    const frameworkId = await this.plans.frameworkOf(systemId);
    const framework = frameworkId ? await this.canvas.findFramework(frameworkId) : null;
    if (!framework) throw new Error('No canvas is published, so an action plan has no domains');
    return framework;
  }

  /** An item in a plan the caller may not read is reported exactly as one that does not exist. */
  private async manageableSystemOf(caller: Caller, itemId: string): Promise<string> {
    const systemId = await this.plans.findSystemOf(requireUuid(itemId, 'id'));
    if (!systemId) throw new NotFoundError('Action');
    requireManage(caller, systemId);
    return systemId;
  }
}

/** Someone who may not even read the plan learns nothing (NOT_FOUND); a reader who may not change it is FORBIDDEN. */
function requireManage(caller: Caller, systemId: string): void {
  requirePermission(caller.actor, 'read', { kind: 'action-plan', systemId }, 'Action plan');
  requirePermission(caller.actor, 'manage', { kind: 'action-plan', systemId });
}

/** The action as it is kept, if it is complete and for a domain of the canvas the plan follows. */
function checked(input: ActionPlanItemInput, framework: FrameworkRecord): ActionValues {
  const problem = actionPlanItemProblems(input)[0];
  if (problem) throw new BadUserInputError(problem.message, problem.field);
  const action = input.action.trim();
  const owner = (input.owner ?? '').trim();
  if (!framework.definition.domains.some((d) => d.key === input.domainKey)) {
    throw new BadUserInputError('Choose a domain of the canvas', 'domainKey');
  }
  const dueOn = input.dueOn || null;
  if (dueOn !== null && !isIsoDate(dueOn)) {
    throw new BadUserInputError('The due date must be a real date', 'dueOn');
  }
  return { domainKey: input.domainKey, action, owner, dueOn, status: input.status ?? 'NOT_STARTED' };
}
