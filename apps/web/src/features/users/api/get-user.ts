import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { UserDetailsFragment } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { usersQueryOptions } from './get-users';

/** One account as the user page shows it: what `user`, `grantRole` and `revokeRole` all return. */
export const UserDetailsFragmentDocument = graphql(`
  fragment UserDetails on UserAccount {
    id
    name
    email
    createdAt
    deactivatedAt
    secondStep {
      enrolled
      required
    }
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
`);

export const UserDocument = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserDetails
    }
  }
`);

export type UserDetails = UserDetailsFragment;

/** Under the list's key, so that anything that invalidates the list refreshes this account too. */
export const userQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: [...usersQueryOptions().queryKey, userId],
    queryFn: ({ signal }): Promise<UserDetails> => execute(UserDocument, { id: userId }, { signal }).then((data) => data.user),
  });

export const useUser = (userId: string) => useQuery(userQueryOptions(userId));

/** After a change to one account's roles: show the account as the API returned it, and refresh the list. */
export function useStoreChangedUser() {
  const queryClient = useQueryClient();
  return async (user: UserDetails) => {
    queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
    // Refetch the list now, even though it is not on screen, so it is fresh when the admin goes back to it.
    await queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey, refetchType: 'all' });
  };
}
