import { keepPreviousData, queryOptions, useQuery, useQueries } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { LandscapeQuery, PlacementMethod } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const LandscapeDocument = graphql(`
  query Landscape($cycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int) {
    landscape(cycleId: $cycleId, method: $method, naturalBreaksK: $naturalBreaksK) {
      assessed
      published
      illustrative
      method
      methodDescription
      cycle {
        id
        name
        frameworkId
      }
      categoryCounts {
        category
        count
        label
      }
      regionCounts {
        regionName
        withheld
        counts {
          category
          count
        }
      }
      chasm {
        gap
        lowestEarlyAdopterScore
        highestEarlyMajorityScore
        nearest {
          systemId
          name
          score
          distance
        }
      }
      entries {
        systemId
        name
        onsCode
        regionName
        own
        overallScore
        basis
        category
        rank
        domainScores {
          domainKey
          score
          incomplete
        }
      }
    }
  }
`);

export type Landscape = LandscapeQuery['landscape'];
export type LandscapeEntry = Landscape['entries'][number];

export interface LandscapeRequest {
  readonly cycleId: string;
  readonly method: PlacementMethod;
  /** Only for natural breaks. */
  readonly naturalBreaksK: number | null;
}

export const landscapeQueryOptions = ({ cycleId, method, naturalBreaksK }: LandscapeRequest) => {
  const k = method === 'NATURAL_BREAKS' ? naturalBreaksK : null;
  return queryOptions({
    queryKey: ['landscape', cycleId, method, k],
    queryFn: ({ signal }): Promise<Landscape> =>
      execute(LandscapeDocument, { cycleId, method, naturalBreaksK: k }, { signal }).then((data) => data.landscape),
  });
};

/** One cycle's landscape; while another cycle or method loads, the last one stays on screen. */
export const useLandscape = (request: LandscapeRequest | null) =>
  useQuery({
    ...landscapeQueryOptions(request ?? { cycleId: '', method: 'ROGERS_QUANTILES', naturalBreaksK: null }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });

/** The landscapes of several cycles at once (to find the newest one with figures), in the order given. */
export const useLandscapes = (requests: readonly LandscapeRequest[]) =>
  useQueries({ queries: requests.map((request) => landscapeQueryOptions(request)) });
