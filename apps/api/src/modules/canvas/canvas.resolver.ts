import { CYCLE_PROGRESS_CSV_HEADERS } from '@idt/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { CanvasService } from './canvas.service';
import { CanvasVersionsService } from './canvas-versions.service';
import { OpenAssessmentCycleInput } from './dto/open-cycle.input';
import { toFrameworkModel } from './framework-model';
import { AssessmentCycleModel, CycleProgressModel } from './models/assessment-cycle.model';
import { CanvasFrameworkModel } from './models/canvas-framework.model';

@Resolver()
export class CanvasResolver {
  constructor(
    private readonly canvasService: CanvasService,
    private readonly versions: CanvasVersionsService,
  ) {}

  @Query(() => [CanvasFrameworkModel], { description: 'Every version of the canvas (drafts: admins only).' })
  async canvasFrameworks(@CurrentCaller() caller: Caller) {
    return (await this.versions.listVersions(caller)).map(toFrameworkModel);
  }

  @Query(() => CanvasFrameworkModel, { description: 'One version of the canvas, with its domains and criteria (a draft: admins only).' })
  async canvasFramework(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return toFrameworkModel(await this.versions.readVersion(caller, id));
  }

  @Query(() => [AssessmentCycleModel], { description: 'Every assessment cycle, newest first.' })
  assessmentCycles(@CurrentCaller() caller: Caller) {
    return this.canvasService.listCycles(caller);
  }

  @Query(() => AssessmentCycleModel, { description: 'One assessment cycle.' })
  assessmentCycle(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.canvasService.getCycle(caller, id);
  }

  @Query(() => CycleProgressModel, {
    description: "A cycle's progress at a glance: each ICS taking part, where its assessment is, and the counts. Admins only.",
  })
  async cycleProgress(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return { ...(await this.canvasService.cycleProgress(caller, cycleId)), csvHeaders: [...CYCLE_PROGRESS_CSV_HEADERS] };
  }

  @Mutation(() => AssessmentCycleModel, {
    description:
      'Opens a cycle and a draft assessment for each ICS taking part. Admins only. Refused (BAD_USER_INPUT, with every problem in extensions.problems) for a draft canvas, bad dates or dates overlapping another open cycle of the same ICSs.',
  })
  openAssessmentCycle(@CurrentCaller() caller: Caller, @Args('input') input: OpenAssessmentCycleInput) {
    return this.canvasService.openCycle(caller, input);
  }

  @Mutation(() => AssessmentCycleModel, {
    description: "Moves an open cycle's closing date, earlier or later (not before today). The leads of its ICSs are told. Admins only.",
  })
  changeCycleClosingDate(
    @CurrentCaller() caller: Caller,
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('closesOn', { description: 'ISO date (YYYY-MM-DD).' }) closesOn: string,
  ) {
    return this.canvasService.changeClosingDate(caller, cycleId, closesOn);
  }

  @Mutation(() => AssessmentCycleModel, {
    description:
      'Closes an open cycle: early (today) or, once its closing date has passed, on that date. Answers stop and the ICSs check their provisional figures; the leads of its ICSs are told. Admins only.',
  })
  closeAssessmentCycle(@CurrentCaller() caller: Caller, @Args('cycleId', { type: () => ID }) cycleId: string) {
    return this.canvasService.closeCycle(caller, cycleId);
  }
}
