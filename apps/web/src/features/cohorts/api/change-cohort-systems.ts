import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { cohortQueryOptions, type CohortDetails } from './get-cohort';
import { cohortsQueryOptions } from './get-cohorts';

// Both return the cohort as `cohort(id)` does (the CohortDetails fragment), so the page updates without another request.
export const AddSystemToCohortDocument = graphql(`
  mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {
    addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {
      ...CohortDetails
    }
  }
`);

export const RemoveSystemFromCohortDocument = graphql(`
  mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {
    removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {
      ...CohortDetails
    }
  }
`);

interface CohortSystem {
  readonly cohortId: string;
  readonly systemId: string;
}

/** Shows the changed cohort at once, and refreshes the list (whose counts changed) by its own key. */
function useCohortChange(change: (variables: CohortSystem) => Promise<CohortDetails>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (cohort) => {
      queryClient.setQueryData(cohortQueryOptions(cohort.id).queryKey, cohort);
      await queryClient.invalidateQueries({ queryKey: cohortsQueryOptions().queryKey, exact: true });
    },
  });
}

export const useAddSystemToCohort = () =>
  useCohortChange((variables) => execute(AddSystemToCohortDocument, variables).then((data) => data.addSystemToCohort));

export const useRemoveSystemFromCohort = () =>
  useCohortChange((variables) => execute(RemoveSystemFromCohortDocument, variables).then((data) => data.removeSystemFromCohort));
