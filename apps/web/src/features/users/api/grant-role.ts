import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { GrantRoleInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { userQueryOptions } from './get-user';
import { usersQueryOptions } from './get-users';

export const GrantRoleDocument = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
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

export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GrantRoleInput) => execute(GrantRoleDocument, { input }).then((data) => data.grantRole),
    onSuccess: async (user) => {
      queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
      await queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey });
    },
  });
}
