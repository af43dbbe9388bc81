import type { FixedThresholds } from '@idt/maturity';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { LandscapeQuery, PlacementMethod } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const LandscapeDocument = graphql(`
  query Landscape($cycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {
    landscape(cycleId: $cycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {
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
        namedOnly
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
        revision {
          number
          note
        }
      }
    }
  }
`);

export type Landscape = LandscapeQuery['landscape'];
export type LandscapeEntry = Landscape['entries'][number];

/** How to place ICSs on the curve: the method and, for natural breaks and fixed thresholds, its parameters. */
export interface PlacementChoice {
  readonly method: PlacementMethod;
  /** Only for natural breaks. */
  readonly naturalBreaksK: number | null;
  /** Only for fixed thresholds; null or left out for the default bands. */
  readonly thresholds?: FixedThresholds | null;
}

/** A placement choice as the API's variables (each parameter only with its own method), also used as a query key. */
export const placementVariables = ({ method, naturalBreaksK, thresholds }: PlacementChoice) => ({
  method,
  naturalBreaksK: method === 'NATURAL_BREAKS' ? naturalBreaksK : null,
  thresholds: method === 'FIXED_THRESHOLDS' && thresholds ? { ...thresholds } : null,
});

export interface LandscapeRequest extends PlacementChoice {
  readonly cycleId: string;
}

export const landscapeQueryOptions = ({ cycleId, ...choice }: LandscapeRequest) => {
  const placement = placementVariables(choice);
  return queryOptions({
    queryKey: ['landscape', cycleId, placement],
    queryFn: ({ signal }): Promise<Landscape> => execute(LandscapeDocument, { cycleId, ...placement }, { signal }).then((data) => data.landscape),
  });
};

/** One cycle's landscape; while another cycle or method loads, the last one stays on screen. */
export const useLandscape = (request: LandscapeRequest | null) =>
  useQuery({
    ...landscapeQueryOptions(request ?? { cycleId: '', method: 'ROGERS_QUANTILES', naturalBreaksK: null }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
