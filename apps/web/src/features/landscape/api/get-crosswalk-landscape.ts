import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CrosswalkLandscapeQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const CrosswalkLandscapeDocument = graphql(`
  query CrosswalkLandscape($cycleId: ID!) {
    crosswalkLandscape(cycleId: $cycleId) {
      cycle {
        id
        name
      }
      published
      illustrative
      citation
      frameworkVersion
      mappedFromVersion
      mappingNote
      figures {
        key
        title
        count
        lowerQuartile
        median
        upperQuartile
      }
      systems {
        systemId
        name
        regionName
        basis
        scores {
          key
          score
          incomplete
        }
      }
    }
  }
`);

export type CrosswalkLandscape = CrosswalkLandscapeQuery['crosswalkLandscape'];
export type CrosswalkFigure = CrosswalkLandscape['figures'][number];
export type CrosswalkSystem = CrosswalkLandscape['systems'][number];

/** Every ICS of a cycle and the nation in NHS England's five domains (national view only); no citation without a crosswalk. */
export const crosswalkLandscapeQueryOptions = (cycleId: string) =>
  queryOptions({
    queryKey: ['crosswalk-landscape', cycleId],
    queryFn: ({ signal }) => execute(CrosswalkLandscapeDocument, { cycleId }, { signal }),
  });

export const useCrosswalkLandscape = (cycleId: string | null) =>
  useQuery({ ...crosswalkLandscapeQueryOptions(cycleId ?? ''), enabled: cycleId !== null, placeholderData: keepPreviousData });
