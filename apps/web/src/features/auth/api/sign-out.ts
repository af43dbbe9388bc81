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
 * Set once a person signs out (and dropped with everything else when someone signs in): nobody is signed in because
 * they chose to leave, not because a session ran out, so no page asks to be come back to after the next sign-in.
 */
export const SIGNED_OUT_KEY = ['signed-out-by-choice'] as const;

/**
 * Ends the session on the server, goes where `leave` goes (the sign-in page), and only then forgets everything cached
 * and any text kept in this tab: nobody is signed in any more. The previous person's page must not be remembered: a
 * page that needs an account, seeing nobody signed in, sends the browser to sign in *and come back to it* (returnTo),
 * so the next person would land on the previous person's page. Leaving first, and SIGNED_OUT_KEY (which such a page
 * reads, as it may still be drawn once after the cache is cleared), prevent that.
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
      queryClient.setQueryData(SIGNED_OUT_KEY, true);
      forgetAllUnsavedText(browserStorage());
    },
  });
}
