import { QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from './graphql-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // A slow or dropped connection deserves another try; a request the server refused does not.
        retry: (failureCount, error) => !(error instanceof GraphQLRequestError && error.code !== 'NETWORK_ERROR') && failureCount < 3,
        refetchOnWindowFocus: false,
      },
    },
  });
}
