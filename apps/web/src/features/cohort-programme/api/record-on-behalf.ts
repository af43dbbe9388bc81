import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

export const RecordAssessmentOnBehalfDocument = graphql(`
  mutation RecordAssessmentOnBehalf($input: RecordOnBehalfInput!) {
    recordAssessmentOnBehalf(input: $input) {
      id
      version
      recordedOnBehalfBy
    }
  }
`);

/**
 * The assisted route: the coach starts recording an ICS's draft on its behalf. Afterwards every cached view of the
 * cohort and of assessments is stale (the draft is now the coach's to edit), so both are refreshed.
 */
export function useRecordOnBehalf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { assessmentId: string; expectedVersion: number }) =>
      execute(RecordAssessmentOnBehalfDocument, { input }).then((data) => data.recordAssessmentOnBehalf),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cohorts'] }),
        queryClient.invalidateQueries({ queryKey: ['assessments'] }),
      ]);
    },
  });
}
