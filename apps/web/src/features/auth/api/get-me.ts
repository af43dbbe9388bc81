import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { MeQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

/** What the app knows of the signed-in person: `me`, and every mutation that signs someone in, answer the same. */
export const SignedInAccountFieldsFragment = graphql(`
  fragment SignedInAccountFields on UserAccount {
    id
    name
    email
    roleGrants {
      id
      role
      system {
        id
        name
      }
      cohort {
        id
        name
      }
    }
    secondStep {
      mustEnrolBeforeContinuing
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SignedInAccountFields
    }
  }
`);

/** The signed-in person with their roles, as `me`, `signIn` and the header see them. */
export type SignedInAccount = NonNullable<MeQuery['me']>;

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }): Promise<SignedInAccount | null> => execute(MeDocument, undefined, { signal }).then((data) => data.me),
    // Signing in and out set this directly; a session that ends on the server shows up as UNAUTHENTICATED errors.
    staleTime: 5 * 60_000,
  });

export const useMe = () => useQuery(meQueryOptions());
