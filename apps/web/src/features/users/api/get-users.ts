import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

export const UsersDocument = graphql(`
  query Users {
    users {
      id
      name
      email
      deactivatedAt
      roleGrants {
        id
        role
        system {
          id
          name
        }
        cohort {
          id
          name
        }
      }
    }
  }
`);

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: ['users'],
    queryFn: ({ signal }) => execute(UsersDocument, undefined, { signal }).then((data) => data.users),
  });

export const useUsers = () => useQuery(usersQueryOptions());
