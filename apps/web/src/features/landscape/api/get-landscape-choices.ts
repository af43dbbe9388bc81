import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { LandscapeChoicesQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const LandscapeChoicesDocument = graphql(`
  query LandscapeChoices {
    newestLandscape {
      cycleId
    }
    assessmentCycles {
      id
      name
      illustrative
      publishedAt
      frameworkId
    }
    canvasFrameworks {
      id
      domains {
        key
        number
        title
      }
    }
  }
`);

export type LandscapeChoices = LandscapeChoicesQuery;
export type CycleChoice = LandscapeChoicesQuery['assessmentCycles'][number];

/**
 * The cycles to pick from (newest first), the one to show when none is chosen (the newest in which this person sees
 * any ICS, worked out by the API), and each canvas version's domain titles, by key.
 */
export const landscapeChoicesQueryOptions = () =>
  queryOptions({
    queryKey: ['landscape-choices'],
    queryFn: ({ signal }) => execute(LandscapeChoicesDocument, undefined, { signal }),
  });

export const useLandscapeChoices = () => useQuery(landscapeChoicesQueryOptions());
