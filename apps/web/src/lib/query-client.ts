import { QueryCache, QueryClient } from '@tanstack/react-query';
import { GraphQLRequestError } from './graphql-client';

export interface QueryClientOptions {
  /**
   * Called when a query is refused because nobody is signed in (e.g. the session ended on the server): the app uses
   * it to forget who was signed in, so protected pages send the person to sign in again.
   */
  readonly onUnauthenticated?: (client: QueryClient) => void;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') options.onUnauthenticated?.(client);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // A slow or dropped connection deserves another try; a request the server refused does not.
        retry: (failureCount, error) => !(error instanceof GraphQLRequestError && error.code !== 'NETWORK_ERROR') && failureCount < 3,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
