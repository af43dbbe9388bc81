import { useMutation } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { useStoreChangedUser } from './get-user';

export const ResetSecondStepDocument = graphql(`
  mutation ResetSecondStep($userId: ID!) {
    resetSecondStep(userId: $userId) {
      ...UserDetails
    }
  }
`);

/** An admin removes someone's two-step sign-in (e.g. a lost phone); the API ends their sessions. */
export function useResetSecondStep() {
  const storeChangedUser = useStoreChangedUser();
  return useMutation({
    mutationFn: (userId: string) => execute(ResetSecondStepDocument, { userId }).then((d) => d.resetSecondStep),
    onSuccess: storeChangedUser,
  });
}
