import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { CohortProgrammeService } from './cohort-programme.service';
import { CohortOverviewModel } from './models/cohort-overview.model';
import { LearningProgrammeModel, SaveLearningProgrammeInput } from './models/learning-programme.model';

@Resolver()
export class CohortProgrammeResolver {
  constructor(private readonly programmes: CohortProgrammeService) {}

  @Query(() => CohortOverviewModel, {
    description: 'A cohort in one cycle (the latest by default): ICS × domain scores, statuses, calibration, movement. Its coaches, admins, national viewers.',
  })
  cohortOverview(
    @CurrentCaller() caller: Caller,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('cycleId', { type: () => ID, nullable: true }) cycleId?: string | null,
  ) {
    return this.programmes.overview(caller, cohortId, cycleId ?? null);
  }

  @Query(() => LearningProgrammeModel, { description: 'The cohort’s learning programme for a cycle: the proposal, and the saved plan.' })
  learningProgramme(
    @CurrentCaller() caller: Caller,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('cycleId', { type: () => ID }) cycleId: string,
  ) {
    return this.programmes.learningProgramme(caller, cohortId, cycleId);
  }

  @Mutation(() => LearningProgrammeModel, { description: 'Saves the cohort’s learning programme. Its coaches and admins.' })
  saveLearningProgramme(@CurrentCaller() caller: Caller, @Args('input') input: SaveLearningProgrammeInput) {
    return this.programmes.saveLearningProgramme(caller, input);
  }
}
