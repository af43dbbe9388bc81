import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

/** What a role can be for: the 42 ICSs (for an ICS lead) and the cohorts (for a coach). */
export const GrantRoleChoicesDocument = graphql(`
  query GrantRoleChoices {
    systems {
      id
      name
      region {
        id
        name
      }
    }
    cohorts {
      id
      name
    }
  }
`);

export const grantRoleChoicesQueryOptions = () =>
  queryOptions({
    queryKey: ['grant-role-choices'],
    queryFn: ({ signal }) => execute(GrantRoleChoicesDocument, undefined, { signal }),
  });

export const useGrantRoleChoices = () => useQuery(grantRoleChoicesQueryOptions());
