import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CohortQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { cohortsQueryOptions } from './get-cohorts';

export const CohortDocument = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      description
      systems {
        id
        name
        region {
          id
          name
        }
      }
      coaches {
        id
        name
      }
    }
  }
`);

export type CohortDetails = CohortQuery['cohort'];

/** Under the list's key, so that anything that invalidates the list refreshes this cohort too. */
export const cohortQueryOptions = (cohortId: string) =>
  queryOptions({
    queryKey: [...cohortsQueryOptions().queryKey, cohortId],
    queryFn: ({ signal }): Promise<CohortDetails> => execute(CohortDocument, { id: cohortId }, { signal }).then((data) => data.cohort),
  });

export const useCohort = (cohortId: string) => useQuery(cohortQueryOptions(cohortId));
