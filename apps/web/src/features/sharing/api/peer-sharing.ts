import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

export const PeerSharingDocument = graphql(`
  query PeerSharing($systemId: ID!) {
    peerSharing(systemId: $systemId) {
      systemId
      systemName
      shareNameWithPeers
      updatedAt
      canChange
    }
  }
`);

export const SetPeerSharingDocument = graphql(`
  mutation SetPeerSharing($systemId: ID!, $shareNameWithPeers: Boolean!) {
    setPeerSharing(systemId: $systemId, shareNameWithPeers: $shareNameWithPeers)
  }
`);

export const peerSharingQueryOptions = (systemId: string) =>
  queryOptions({
    queryKey: ['peer-sharing', systemId],
    queryFn: ({ signal }) => execute(PeerSharingDocument, { systemId }, { signal }).then((data) => data.peerSharing),
  });

export const usePeerSharing = (systemId: string) => useQuery(peerSharingQueryOptions(systemId));

/** Saves the choice; then reads it again, and forgets every landscape held (they now show the ICS differently). */
export function useSetPeerSharing(systemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareNameWithPeers: boolean) => execute(SetPeerSharingDocument, { systemId, shareNameWithPeers }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: peerSharingQueryOptions(systemId).queryKey });
      const shown = new Set(['landscape', 'movement', 'system-profile', 'home']);
      await queryClient.invalidateQueries({ predicate: (q) => shown.has(String(q.queryKey[0])) });
    },
  });
}
