import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { userQueryOptions } from './get-user';
import { usersQueryOptions } from './get-users';

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($grantId: ID!) {
    revokeRole(grantId: $grantId) {
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

export function useRevokeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grantId: string) => execute(RevokeRoleDocument, { grantId }).then((data) => data.revokeRole),
    onSuccess: async (user) => {
      queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
      await queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey });
    },
  });
}
