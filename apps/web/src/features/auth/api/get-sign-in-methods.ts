import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

export const SignInMethodsDocument = graphql(`
  query SignInMethods {
    signInMethods {
      password
      singleSignOn {
        name
        url
      }
    }
  }
`);

export const signInMethodsQueryOptions = () =>
  queryOptions({
    queryKey: ['signInMethods'],
    queryFn: ({ signal }) => execute(SignInMethodsDocument, undefined, { signal }).then((data) => data.signInMethods),
    // A deployment's sign-in methods change only when it is reconfigured.
    staleTime: Infinity,
  });

export const useSignInMethods = () => useQuery(signInMethodsQueryOptions());
