import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute, GraphQLRequestError } from '../../../lib/graphql-client';
import { meQueryOptions } from './get-me';

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

const meKey = meQueryOptions().queryKey;

/** Ends the session on the server, then forgets everything cached: nobody is signed in any more. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<boolean> => {
      try {
        return (await execute(SignOutDocument)).signOut;
      } catch (error) {
        // The session had already ended: signed out is what was wanted.
        if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') return true;
        throw error;
      }
    },
    onSuccess: () => {
      queryClient.setQueryData(meKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
    },
  });
}
