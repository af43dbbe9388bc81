import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';
import { myAccountQueryOptions } from './get-my-account';

export const EndMySessionDocument = graphql(`
  mutation EndMySession($sessionId: ID!) {
    endMySession(sessionId: $sessionId)
  }
`);

export const EndMyOtherSessionsDocument = graphql(`
  mutation EndMyOtherSessions {
    endMyOtherSessions
  }
`);

const accountKey = myAccountQueryOptions().queryKey;

/** Signs one of the person's other devices out (the list of sessions is read again afterwards). */
export function useEndMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => execute(EndMySessionDocument, { sessionId }).then((data) => data.endMySession),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKey }),
  });
}

/** Signs every other device out; answers how many were signed out. */
export function useEndMyOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => execute(EndMyOtherSessionsDocument).then((data) => data.endMyOtherSessions),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKey }),
  });
}
