import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { UserQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { usersQueryOptions } from './get-users';

export const UserDocument = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      id
      name
      email
      createdAt
      roleGrants {
        id
        role
        grantedAt
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

export type UserDetails = UserQuery['user'];

/** Under the list's key, so that anything that invalidates the list refreshes this account too. */
export const userQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: [...usersQueryOptions().queryKey, userId],
    queryFn: ({ signal }): Promise<UserDetails> => execute(UserDocument, { id: userId }, { signal }).then((data) => data.user),
  });

export const useUser = (userId: string) => useQuery(userQueryOptions(userId));
