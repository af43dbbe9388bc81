import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { InviteUserInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const PendingInvitationsDocument = graphql(`
  query PendingInvitations {
    pendingInvitations {
      id
      name
      email
      singleSignOn
      expiresAt
      expired
      sentAt
      roles {
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

export const pendingInvitationsQueryOptions = () =>
  queryOptions({
    queryKey: ['pending-invitations'],
    queryFn: ({ signal }) => execute(PendingInvitationsDocument, undefined, { signal }).then((data) => data.pendingInvitations),
  });

export const usePendingInvitations = () => useQuery(pendingInvitationsQueryOptions());

export type PendingInvitation = NonNullable<ReturnType<typeof usePendingInvitations>['data']>[number];

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      name
      email
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      expiresAt
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

function useRefreshingMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pendingInvitationsQueryOptions().queryKey }),
  });
}

export const useInviteUser = () =>
  useRefreshingMutation((input: InviteUserInput) => execute(InviteUserDocument, { input }).then((data) => data.inviteUser));

export const useResendInvitation = () =>
  useRefreshingMutation((id: string) => execute(ResendInvitationDocument, { id }).then((data) => data.resendInvitation));

export const useRevokeInvitation = () =>
  useRefreshingMutation((id: string) => execute(RevokeInvitationDocument, { id }).then((data) => data.revokeInvitation));
