import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SignInInput } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { meQueryOptions, type SignedInAccount } from './get-me';

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SignedInAccountFields
    }
  }
`);

const meKey = meQueryOptions().queryKey;

/**
 * Signs in (the API sets the httpOnly session cookie). Whatever was cached for whoever was here before is dropped,
 * and `me` becomes the new account, so the header changes at once.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput): Promise<SignedInAccount> => execute(SignInDocument, { input }).then((data) => data.signIn),
    onSuccess: (account) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, account);
    },
  });
}
