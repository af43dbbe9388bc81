import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { CanvasService } from './canvas.service';
import { CanvasVersionsService } from './canvas-versions.service';
import { OpenAssessmentCycleInput } from './dto/open-cycle.input';
import { toFrameworkModel } from './framework-model';
import { AssessmentCycleModel } from './models/assessment-cycle.model';
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

  @Mutation(() => AssessmentCycleModel, {
    description: 'Opens a cycle and a draft assessment for each ICS taking part. Admins only.',
  })
  openAssessmentCycle(@CurrentCaller() caller: Caller, @Args('input') input: OpenAssessmentCycleInput) {
    return this.canvasService.openCycle(caller, input);
  }
}
