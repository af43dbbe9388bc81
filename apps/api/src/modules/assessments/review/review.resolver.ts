import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Caller, CurrentCaller } from '../../auth/current-user.decorator';
import { AddReviewCommentInput, ModerateResponseInput, RecordOnBehalfInput } from '../dto/review.input';
import { AssessmentModel } from '../models/assessment.model';
import { ReviewQueueItemModel } from './review-queue.model';
import { ReviewService } from './review.service';

@Resolver()
export class ReviewResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @Query(() => [ReviewQueueItemModel], { description: 'Submitted assessments in your cohorts, the longest waiting first. Coaches and admins.' })
  reviewQueue(@CurrentCaller() caller: Caller) {
    return this.reviewService.queue(caller);
  }

  @Mutation(() => AssessmentModel, { description: 'Gives a moderated level beside the self-assessed level, with an optional comment. In review only.' })
  moderateResponse(@CurrentCaller() caller: Caller, @Args('input') input: ModerateResponseInput) {
    return this.reviewService.moderate(caller, input);
  }

  @Mutation(() => AssessmentModel, { description: 'Adds a comment to a criterion’s thread (the ICS and its reviewers).' })
  addReviewComment(@CurrentCaller() caller: Caller, @Args('input') input: AddReviewCommentInput) {
    return this.reviewService.addComment(caller, input);
  }

  @Mutation(() => AssessmentModel, { description: 'The assisted route: a coach starts recording an ICS’s draft on its behalf.' })
  recordAssessmentOnBehalf(@CurrentCaller() caller: Caller, @Args('input') input: RecordOnBehalfInput) {
    return this.reviewService.recordOnBehalf(caller, input);
  }
}
