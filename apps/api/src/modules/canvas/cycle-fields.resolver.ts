import { CYCLE_PHASE_LABELS, CyclePhase, todayInEngland } from '@idt/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '../../common/app-error';
import { CanvasRepository } from './canvas.repository';
import { CycleRecord } from './canvas.types';
import { toFrameworkModel } from './framework-model';
import { CanvasFrameworkModel } from './models/canvas-framework.model';
import { phaseOf } from './cycle-refusal';
import { AssessmentCycleModel, CyclePhaseEnum } from './models/assessment-cycle.model';

/**
 * A cycle's state, on every `AssessmentCycle` wherever it appears (a cycle list, an assessment's cycle, a cohort's):
 * its phase today (`cyclePhase`, ADR 0023), when it closed and its canvas version. A parent read without the closing columns (another
 * module's row) is completed from the cycle itself.
 */
@Resolver(() => AssessmentCycleModel)
export class AssessmentCycleFieldsResolver {
  constructor(private readonly canvas: CanvasRepository) {}

  private async full(parent: CycleRecord): Promise<CycleRecord> {
    if (parent.closedOn !== undefined && parent.closedEarly !== undefined) return parent;
    return (await this.canvas.findCycle(parent.id)) ?? { ...parent, closedOn: null, closedEarly: false };
  }

  @ResolveField(() => CyclePhaseEnum, {
    description: 'Where the cycle is today: not open yet, open, past its closing date (not closed yet), closed (figures being checked), published.',
  })
  async phase(@Parent() parent: CycleRecord): Promise<CyclePhase> {
    return phaseOf(await this.full(parent), todayInEngland(new Date()));
  }

  @ResolveField(() => String, { description: 'The phase in words, as people read it.' })
  async phaseLabel(@Parent() parent: CycleRecord): Promise<string> {
    return CYCLE_PHASE_LABELS[await this.phase(parent)];
  }

  @ResolveField(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the cycle stopped taking answers; null while open.' })
  async closedOn(@Parent() parent: CycleRecord): Promise<string | null> {
    return (await this.full(parent)).closedOn;
  }

  @ResolveField(() => Boolean, { description: 'Whether an admin closed it before its closing date.' })
  async closedEarly(@Parent() parent: CycleRecord): Promise<boolean> {
    return (await this.full(parent)).closedEarly;
  }

  @ResolveField(() => CanvasFrameworkModel, { description: 'The canvas version its assessments are made against (published when it opened).' })
  async framework(@Parent() parent: CycleRecord): Promise<CanvasFrameworkModel> {
    const framework = await this.canvas.findFramework(parent.frameworkId);
    if (!framework) throw new NotFoundError('Canvas framework');
    return toFrameworkModel(framework);
  }
}
