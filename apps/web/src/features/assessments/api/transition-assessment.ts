import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { TransitionAssessmentInput } from '../../../gql/graphql';
import { execute, GraphQLRequestError } from '../../../lib/graphql-client';
import { applyAssessmentState, assessmentQueryOptions } from './get-assessment';

export const TransitionAssessmentDocument = graphql(`
  mutation TransitionAssessment($input: TransitionAssessmentInput!) {
    transitionAssessment(input: $input) {
      ...AssessmentState
    }
  }
`);

/**
 * Submits or withdraws an assessment (the ICS's transitions). Refused as a CONFLICT (someone changed it since it
 * was loaded), the assessment is fetched again so that the page shows what is saved now.
 */
export function useTransitionAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TransitionAssessmentInput) =>
      execute(TransitionAssessmentDocument, { input }).then((data) => data.transitionAssessment),
    onSuccess: (state) => applyAssessmentState(queryClient, state),
    onError: (error, input) => {
      if (error instanceof GraphQLRequestError && error.code === 'CONFLICT') {
        void queryClient.invalidateQueries({ queryKey: assessmentQueryOptions(input.assessmentId).queryKey });
      }
    },
  });
}
