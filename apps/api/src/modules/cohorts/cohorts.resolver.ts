import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { CohortsService } from './cohorts.service';
import { CreateCohortInput } from './dto/create-cohort.input';
import { CohortModel } from './models/cohort.model';

@Resolver(() => CohortModel)
export class CohortsResolver {
  constructor(private readonly cohortsService: CohortsService) {}

  @Query(() => [CohortModel], { description: 'The cohorts you may see, by name.' })
  cohorts(@CurrentCaller() caller: Caller) {
    return this.cohortsService.list(caller);
  }

  @Query(() => CohortModel, { description: 'One cohort you may see.' })
  cohort(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.cohortsService.get(caller, id);
  }

  @Mutation(() => CohortModel, { description: 'Creates an empty cohort. Admins only.' })
  createCohort(@CurrentCaller() caller: Caller, @Args('input') input: CreateCohortInput) {
    return this.cohortsService.create(caller, input);
  }

  @Mutation(() => CohortModel, { description: 'Adds an ICS to a cohort. Admins only.' })
  addSystemToCohort(
    @CurrentCaller() caller: Caller,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('systemId', { type: () => ID }) systemId: string,
  ) {
    return this.cohortsService.addSystem(caller, cohortId, systemId);
  }

  @Mutation(() => CohortModel, { description: 'Removes an ICS from a cohort. Admins only.' })
  removeSystemFromCohort(
    @CurrentCaller() caller: Caller,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('systemId', { type: () => ID }) systemId: string,
  ) {
    return this.cohortsService.removeSystem(caller, cohortId, systemId);
  }
}
