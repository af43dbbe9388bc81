import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { AssessmentQuery, AssessmentStateFragment } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { myAssessmentsQueryOptions } from './get-my-assessments';

/**
 * What changes as an assessment is worked on: its status, version, answers and progress. Every mutation returns
 * this (not the framework again), and it is merged into the cached assessment.
 */
export const AssessmentStateFragmentDocument = graphql(`
  fragment AssessmentState on Assessment {
    id
    status
    version
    updatedAt
    canEdit
    canComment
    recordedOnBehalfBy
    recordedOnBehalfSince
    submittedAt
    availableTransitions
    previousCycleToCopy
    responses {
      ...CriterionResponseFields
    }
    quickCheckAnswers {
      questionKey
      answer
    }
    progress {
      domainKey
      answered
      total
      status
    }
    reviewComments {
      ...ReviewCommentFields
    }
    history {
      transition
      fromStatus
      toStatus
      reason
      actorName
      occurredAt
    }
  }
`);

export const AssessmentDocument = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentState
      cycle {
        id
        name
        closesOn
      }
      system {
        id
        name
      }
      framework {
        id
        title
        version
        domains {
          ...CanvasDomainFields
        }
      }
    }
  }
`);

export type AssessmentDetails = AssessmentQuery['assessment'];
export type AssessmentState = AssessmentStateFragment;
export type FrameworkDomain = AssessmentDetails['framework']['domains'][number];
export type FrameworkCriterion = FrameworkDomain['criteria'][number];
export type AssessmentComment = AssessmentState['reviewComments'][number];

/** Under the list's key, so that anything that invalidates the list refreshes this assessment too. */
export const assessmentQueryOptions = (assessmentId: string) =>
  queryOptions({
    queryKey: [...myAssessmentsQueryOptions().queryKey, assessmentId],
    queryFn: ({ signal }): Promise<AssessmentDetails> =>
      execute(AssessmentDocument, { id: assessmentId }, { signal }).then((data) => data.assessment),
  });

export const useAssessment = (assessmentId: string) => useQuery(assessmentQueryOptions(assessmentId));

/**
 * After a mutation: shows the assessment's new state at once (without fetching the framework again) and marks the
 * list, whose statuses and progress may have changed, for a refresh.
 */
export async function applyAssessmentState(queryClient: QueryClient, state: AssessmentState): Promise<void> {
  queryClient.setQueryData(assessmentQueryOptions(state.id).queryKey, (cached) => (cached ? { ...cached, ...state } : cached));
  await queryClient.invalidateQueries({ queryKey: myAssessmentsQueryOptions().queryKey, exact: true });
}

export const ReplyToReviewDocument = graphql(`
  mutation ReplyToReview($input: AddReviewCommentInput!) {
    addReviewComment(input: $input) {
      ...AssessmentState
    }
  }
`);

/** The ICS's side of the review: adds a comment to one criterion's thread with its coach. */
export function useReplyToReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { assessmentId: string; criterionKey: string; body: string }) =>
      execute(ReplyToReviewDocument, { input }).then((data) => data.addReviewComment),
    onSuccess: (state) => applyAssessmentState(queryClient, state),
  });
}
