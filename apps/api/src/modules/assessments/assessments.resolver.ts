import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { AssessmentsService } from './assessments.service';
import { SaveAnswersInput } from './dto/save-answers.input';
import { TransitionAssessmentInput } from './dto/transition-assessment.input';
import { AssessmentModel } from './models/assessment.model';
import { SaveAnswersResultModel } from './models/save-answers-result.model';

@Resolver(() => AssessmentModel)
export class AssessmentsResolver {
  constructor(private readonly assessmentsService: AssessmentsService) {}

  @Query(() => [AssessmentModel], { description: 'The assessments of the ICSs you lead, newest cycle first.' })
  myAssessments(@CurrentCaller() caller: Caller) {
    return this.assessmentsService.mine(caller);
  }

  @Query(() => AssessmentModel, { description: 'One assessment you may see.' })
  assessment(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string) {
    return this.assessmentsService.get(caller, id);
  }

  @Mutation(() => SaveAnswersResultModel, {
    description:
      'Saves answers (autosave) and answers with what changed. Refused with CONFLICT if someone else saved since expectedVersion.',
  })
  saveAnswers(@CurrentCaller() caller: Caller, @Args('input') input: SaveAnswersInput) {
    return this.assessmentsService.saveAnswers(caller, input);
  }

  @Mutation(() => AssessmentModel, { description: 'Submits, withdraws, reviews, returns or validates an assessment.' })
  transitionAssessment(@CurrentCaller() caller: Caller, @Args('input') input: TransitionAssessmentInput) {
    return this.assessmentsService.transition(caller, input);
  }

  @Mutation(() => AssessmentModel, { description: 'Starts an assessment with no answers from the ICS’s last ones.' })
  copyPreviousAnswers(
    @CurrentCaller() caller: Caller,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ) {
    return this.assessmentsService.copyPrevious(caller, assessmentId, expectedVersion);
  }
}
