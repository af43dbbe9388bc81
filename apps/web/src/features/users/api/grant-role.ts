import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { GrantRoleInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { useStoreChangedUser } from './get-user';

export const GrantRoleDocument = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...UserDetails
    }
  }
`);

export function useGrantRole() {
  const storeChangedUser = useStoreChangedUser();
  return useMutation({
    mutationFn: (input: GrantRoleInput) => execute(GrantRoleDocument, { input }).then((data) => data.grantRole),
    onSuccess: storeChangedUser,
  });
}
