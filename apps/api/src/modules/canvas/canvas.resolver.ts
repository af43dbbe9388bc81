import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { CanvasService } from './canvas.service';
import { OpenAssessmentCycleInput } from './dto/open-cycle.input';
import { toFrameworkModel } from './framework-model';
import { AssessmentCycleModel } from './models/assessment-cycle.model';
import { CanvasFrameworkModel } from './models/canvas-framework.model';

@Resolver()
export class CanvasResolver {
  constructor(private readonly canvasService: CanvasService) {}

  @Query(() => [CanvasFrameworkModel], { description: 'Every version of the canvas.' })
  async canvasFrameworks(@CurrentCaller() _caller: Caller) {
    return (await this.canvasService.listFrameworks()).map(toFrameworkModel);
  }

  @Query(() => CanvasFrameworkModel, { description: 'One version of the canvas, with its domains and criteria.' })
  async canvasFramework(@CurrentCaller() _caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return toFrameworkModel(await this.canvasService.getFramework(id));
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
