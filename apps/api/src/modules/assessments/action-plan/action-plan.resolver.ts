import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../../auth/current-user.decorator';
import { CanvasFrameworkModel } from '../../canvas/models/canvas-framework.model';
import { ActionPlanItemInput, ActionPlanItemModel } from './action-plan.model';
import { ActionPlanService } from './action-plan.service';

@Resolver(() => ActionPlanItemModel)
export class ActionPlanResolver {
  constructor(private readonly actionPlanService: ActionPlanService) {}

  @Query(() => [ActionPlanItemModel], { description: 'An ICS’s action plan: open actions first.' })
  actionPlan(@CurrentCaller() caller: Caller, @Args('systemId', { type: () => ID }) systemId: string) {
    return this.actionPlanService.list(caller, systemId);
  }

  @Query(() => CanvasFrameworkModel, {
    description: 'The canvas an ICS’s action plan follows (that of its newest cycle): its actions are for this canvas’s domains.',
  })
  actionPlanFramework(@CurrentCaller() caller: Caller, @Args('systemId', { type: () => ID }) systemId: string) {
    return this.actionPlanService.framework(caller, systemId);
  }

  @Mutation(() => ActionPlanItemModel, { description: 'Adds an action to your ICS’s plan.' })
  addAction(
    @CurrentCaller() caller: Caller,
    @Args('systemId', { type: () => ID }) systemId: string,
    @Args('input') input: ActionPlanItemInput,
  ) {
    return this.actionPlanService.add(caller, systemId, input);
  }

  @Mutation(() => ActionPlanItemModel, { description: 'Changes an action of your ICS’s plan.' })
  updateAction(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ActionPlanItemInput,
  ) {
    return this.actionPlanService.update(caller, id, input);
  }

  @Mutation(() => Boolean, { description: 'Removes an action from your ICS’s plan.' })
  removeAction(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.actionPlanService.remove(caller, id);
  }
}
