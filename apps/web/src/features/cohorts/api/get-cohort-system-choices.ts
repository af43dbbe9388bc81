import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

/** The 42 ICSs, to choose one to add to a cohort. */
export const CohortSystemChoicesDocument = graphql(`
  query CohortSystemChoices {
    systems {
      id
      name
      region {
        id
        name
      }
    }
  }
`);

export const cohortSystemChoicesQueryOptions = () =>
  queryOptions({
    queryKey: ['cohort-system-choices'],
    queryFn: ({ signal }) => execute(CohortSystemChoicesDocument, undefined, { signal }).then((data) => data.systems),
    // Reference data: it changes when England's NHS geography does.
    staleTime: Infinity,
  });

export const useCohortSystemChoices = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...cohortSystemChoicesQueryOptions(), enabled });
