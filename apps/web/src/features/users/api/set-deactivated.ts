import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { useStoreChangedUser } from './get-user';

export const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      ...UserDetails
    }
  }
`);

export const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...UserDetails
    }
  }
`);

/** Deactivates a leaver (their sessions end at once) or reactivates them. */
export function useSetDeactivated() {
  const storeChangedUser = useStoreChangedUser();
  return useMutation({
    mutationFn: ({ id, deactivate }: { id: string; deactivate: boolean }) =>
      deactivate
        ? execute(DeactivateUserDocument, { id }).then((data) => data.deactivateUser)
        : execute(ReactivateUserDocument, { id }).then((data) => data.reactivateUser),
    onSuccess: storeChangedUser,
  });
}
