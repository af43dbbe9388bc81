import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { applyAssessmentState } from './get-assessment';

export const CopyPreviousAnswersDocument = graphql(`
  mutation CopyPreviousAnswers($assessmentId: ID!, $expectedVersion: Int!) {
    copyPreviousAnswers(assessmentId: $assessmentId, expectedVersion: $expectedVersion) {
      ...AssessmentState
    }
  }
`);

/** Starts an assessment that has no answers yet from the ICS's answers in its previous cycle. */
export function useCopyPreviousAnswers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { assessmentId: string; expectedVersion: number }) =>
      execute(CopyPreviousAnswersDocument, variables).then((data) => data.copyPreviousAnswers),
    onSuccess: (state) => applyAssessmentState(queryClient, state),
  });
}
