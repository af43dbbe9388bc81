import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

export const SystemsDocument = graphql(`
  query Systems {
    systems {
      id
      onsCode
      odsCode
      name
      region {
        id
        odsCode
        name
      }
    }
  }
`);

export const systemsQueryOptions = () =>
  queryOptions({
    queryKey: ['systems'],
    queryFn: ({ signal }) => execute(SystemsDocument, undefined, { signal }).then((data) => data.systems),
    // Reference data: it changes when England's NHS geography does.
    staleTime: Infinity,
  });

export const useSystems = () => useQuery(systemsQueryOptions());
