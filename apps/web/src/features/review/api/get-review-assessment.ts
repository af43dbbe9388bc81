import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ReviewAssessmentQuery, ReviewStateFragment } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { REVIEWS_KEY } from './get-review-queue';

/** What the review changes: status, version, moderated levels and comment threads. Every review mutation returns it. */
export const ReviewStateFragmentDocument = graphql(`
  fragment ReviewState on Assessment {
    id
    status
    version
    canModerate
    canComment
    availableTransitions
    submittedAt
    recordedOnBehalfBy
    recordedOnBehalfSince
    responses {
      ...CriterionResponseFields
    }
    reviewComments {
      ...ReviewCommentFields
    }
    history {
      transition
      reason
      actorName
      occurredAt
    }
  }
`);

export const ReviewAssessmentDocument = graphql(`
  query ReviewAssessment($id: ID!) {
    assessment(id: $id) {
      ...ReviewState
      cycle {
        id
        name
      }
      system {
        id
        name
      }
      framework {
        id
        domains {
          ...CanvasDomainFields
        }
      }
    }
  }
`);

export type ReviewAssessment = ReviewAssessmentQuery['assessment'];
export type ReviewState = ReviewStateFragment;
export type ReviewDomain = ReviewAssessment['framework']['domains'][number];
export type ReviewCriterion = ReviewDomain['criteria'][number];
export type ReviewResponse = ReviewState['responses'][number];
export type ReviewComment = ReviewState['reviewComments'][number];

export const reviewAssessmentQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: [...REVIEWS_KEY, 'assessment', assessmentId],
    queryFn: ({ signal }): Promise<ReviewAssessment> =>
      execute(ReviewAssessmentDocument, { id: assessmentId }, { signal }).then((data) => data.assessment),
  });

export const useReviewAssessment = (assessmentId: string) => useQuery(reviewAssessmentQueryOptions(assessmentId));

/** After a mutation: the assessment's new review state at once, without fetching the framework again. */
export function applyReviewState(queryClient: QueryClient, state: ReviewState): void {
  queryClient.setQueryData(reviewAssessmentQueryOptions(state.id).queryKey, (cached) => (cached ? { ...cached, ...state } : cached));
}
