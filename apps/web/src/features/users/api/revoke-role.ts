import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { useStoreChangedUser } from './get-user';

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($grantId: ID!) {
    revokeRole(grantId: $grantId) {
      ...UserDetails
    }
  }
`);

export function useRevokeRole() {
  const storeChangedUser = useStoreChangedUser();
  return useMutation({
    mutationFn: (grantId: string) => execute(RevokeRoleDocument, { grantId }).then((data) => data.revokeRole),
    onSuccess: storeChangedUser,
  });
}
