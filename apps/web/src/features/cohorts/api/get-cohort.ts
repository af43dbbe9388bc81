import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CohortDetailsFragment } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { cohortsQueryOptions } from './get-cohorts';

/** One cohort as its page shows it: what `cohort`, `addSystemToCohort` and `removeSystemFromCohort` all return. */
export const CohortDetailsFragmentDocument = graphql(`
  fragment CohortDetails on Cohort {
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
    projects {
      id
      systemId
      systemName
      name
      pathway
      description
    }
  }
`);

export const CohortDocument = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      ...CohortDetails
    }
  }
`);

export type CohortDetails = CohortDetailsFragment;

/** Under the list's key, so that anything that invalidates the list refreshes this cohort too. */
export const cohortQueryOptions = (cohortId: string) =>
  queryOptions({
    queryKey: [...cohortsQueryOptions().queryKey, cohortId],
    queryFn: ({ signal }): Promise<CohortDetails> => execute(CohortDocument, { id: cohortId }, { signal }).then((data) => data.cohort),
  });

export const useCohort = (cohortId: string) => useQuery(cohortQueryOptions(cohortId));
