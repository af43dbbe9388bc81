import { GraphQLRequestError } from './graphql-client';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  it('tells the app when a query is refused because nobody is signed in', async () => {
    const onUnauthenticated = jest.fn();
    const client = createQueryClient({ onUnauthenticated });
    await client
      .fetchQuery({ queryKey: ['users'], queryFn: () => Promise.reject(new GraphQLRequestError('UNAUTHENTICATED', 'Sign in to continue.')) })
      .catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledWith(client);
  });

  it('does not for other refusals, and does not retry them', async () => {
    const onUnauthenticated = jest.fn();
    const client = createQueryClient({ onUnauthenticated });
    const queryFn = jest.fn().mockRejectedValue(new GraphQLRequestError('FORBIDDEN', 'No.'));
    await client.fetchQuery({ queryKey: ['users'], queryFn, retry: client.getDefaultOptions().queries?.retry }).catch(() => undefined);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
