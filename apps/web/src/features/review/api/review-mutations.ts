import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AddReviewCommentInput, ModerateResponseInput, TransitionAssessmentInput } from '../../../gql/graphql';
import { execute, GraphQLRequestError } from '../../../lib/graphql-client';
import { applyReviewState, reviewAssessmentQueryOptions } from './get-review-assessment';
import { REVIEWS_KEY } from './get-review-queue';

export const ReviewTransitionDocument = graphql(`
  mutation ReviewTransition($input: TransitionAssessmentInput!) {
    transitionAssessment(input: $input) {
      ...ReviewState
    }
  }
`);

export const ModerateResponseDocument = graphql(`
  mutation ModerateResponse($input: ModerateResponseInput!) {
    moderateResponse(input: $input) {
      ...ReviewState
    }
  }
`);

export const AddReviewCommentDocument = graphql(`
  mutation AddReviewComment($input: AddReviewCommentInput!) {
    addReviewComment(input: $input) {
      ...ReviewState
    }
  }
`);

/** Refused as a CONFLICT (someone changed it since it was loaded): fetch it again, so the page shows what is saved now. */
function refetchOnConflict(queryClient: QueryClient, error: unknown, assessmentId: string) {
  if (error instanceof GraphQLRequestError && error.code === 'CONFLICT') {
    void queryClient.invalidateQueries({ queryKey: reviewAssessmentQueryOptions(assessmentId).queryKey });
  }
}

/**
 * The reviewer's changes of status: start the review, return it to the ICS, validate it. The queue and the
 * notifications (the ICS's, and the count in the header) change with them.
 */
export function useReviewTransition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionAssessmentInput) => execute(ReviewTransitionDocument, { input }).then((data) => data.transitionAssessment),
    // The queue is fetched again (even while no page shows it) before the caller goes on, so that going back to it
    // never shows the assessment where it was.
    onSuccess: async (state) => {
      applyReviewState(queryClient, state);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...REVIEWS_KEY, 'queue'], refetchType: 'all' }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]);
    },
    onError: (error, input) => refetchOnConflict(queryClient, error, input.assessmentId),
  });
}

/** A moderated level (or none) beside one criterion's self-assessed level, with an optional comment that joins its thread. */
export function useModerateResponse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ModerateResponseInput) => execute(ModerateResponseDocument, { input }).then((data) => data.moderateResponse),
    onSuccess: (state) => applyReviewState(queryClient, state),
    onError: (error, input) => refetchOnConflict(queryClient, error, input.assessmentId),
  });
}

/** Adds a comment to one criterion's thread. */
export function useAddReviewComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddReviewCommentInput) => execute(AddReviewCommentDocument, { input }).then((data) => data.addReviewComment),
    onSuccess: (state) => applyReviewState(queryClient, state),
  });
}
