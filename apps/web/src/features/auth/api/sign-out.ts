import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute, GraphQLRequestError } from '../../../lib/graphql-client';
import { browserStorage, forgetAllUnsavedText } from '../../../lib/unsaved-text';
import { meQueryOptions } from './get-me';

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

const meKey = meQueryOptions().queryKey;

/**
 * Ends the session on the server, goes where `leave` goes (the sign-in page), and only then forgets everything cached
 * and any text kept in this tab: nobody is signed in any more. Leaving first matters: a page that needs an account,
 * seeing nobody signed in, would send the browser to sign in *and come back to it*, so the next person to sign in
 * would land on the previous person's page.
 */
export function useSignOut({ leave }: { leave?: () => void | Promise<void> } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<boolean> => {
      let signedOut: boolean;
      try {
        signedOut = (await execute(SignOutDocument)).signOut;
      } catch (error) {
        // The session had already ended: signed out is what was wanted.
        if (!(error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')) throw error;
        signedOut = true;
      }
      await leave?.();
      return signedOut;
    },
    onSuccess: () => {
      queryClient.setQueryData(meKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      forgetAllUnsavedText(browserStorage());
    },
  });
}
