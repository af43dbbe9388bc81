import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CreateCohortInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { cohortsQueryOptions } from './get-cohorts';

export const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      name
    }
  }
`);

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCohortInput) => execute(CreateCohortDocument, { input }).then((data) => data.createCohort),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cohortsQueryOptions().queryKey }),
  });
}
