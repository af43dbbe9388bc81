import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

export const CohortsDocument = graphql(`
  query Cohorts {
    cohorts {
      id
      name
      description
      systems {
        id
        name
      }
      coaches {
        id
        name
      }
    }
  }
`);

/** The cohorts the signed-in person may see (all of them for admins and national viewers). */
export const cohortsQueryOptions = () =>
  queryOptions({
    queryKey: ['cohorts'],
    queryFn: ({ signal }) => execute(CohortsDocument, undefined, { signal }).then((data) => data.cohorts),
  });

export const useCohorts = ({ enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...cohortsQueryOptions(), enabled });
