import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { MyAccountQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const MyAccountDocument = graphql(`
  query MyAccount {
    myAccount {
      id
      name
      email
      hasPassword
      sessions {
        id
        device
        signedInAt
        lastUsedAt
        current
      }
    }
  }
`);

export type MyAccount = MyAccountQuery['myAccount'];
export type MySession = MyAccount['sessions'][number];

export const myAccountQueryOptions = () =>
  queryOptions({
    queryKey: ['my-account'],
    queryFn: ({ signal }): Promise<MyAccount> => execute(MyAccountDocument, undefined, { signal }).then((data) => data.myAccount),
  });

export const useMyAccount = () => useQuery(myAccountQueryOptions());
