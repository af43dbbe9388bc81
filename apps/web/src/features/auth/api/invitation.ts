import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { meQueryOptions } from './get-me';

export const InvitationDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      name
      email
      singleSignOn
    }
  }
`);

/** The invitation behind a link (by POST: the token never goes in an address that may be logged). */
export const useInvitation = (token: string) =>
  useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => execute(InvitationDocument, { token }, { signal, secret: true }).then((data) => data.invitation),
    retry: false,
    staleTime: Infinity,
  });

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SignedInAccountFields
    }
  }
`);

const meKey = meQueryOptions().queryKey;

/**
 * Accepts the invitation. For a password invitation the API has signed them in: whatever was cached before is
 * dropped and `me` becomes the new account, as after signing in.
 */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; password?: string }) =>
      execute(AcceptInvitationDocument, { input }).then((data) => data.acceptInvitation),
    onSuccess: (account, input) => {
      if (input.password === undefined) return;
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, account);
    },
  });
}
