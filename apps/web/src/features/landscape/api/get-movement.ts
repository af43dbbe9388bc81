import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { MovementQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';
import { placementVariables, type PlacementChoice } from './get-landscape';

export const MovementDocument = graphql(`
  query Movement($fromCycleId: ID!, $toCycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {
    movement(fromCycleId: $fromCycleId, toCycleId: $toCycleId, method: $method, naturalBreaksK: $naturalBreaksK, thresholds: $thresholds) {
      methodDescription
      movedUp
      movedDown
      stayed
      from {
        id
        name
      }
      to {
        id
        name
      }
      cells {
        from
        to
        count
      }
      moves {
        systemId
        name
        regionName
        cohortNames
        fromScore
        toScore
        from
        to
        direction
      }
      acrossVersions {
        fromVersion
        toVersion
        summary
      }
    }
  }
`);

export type Movement = MovementQuery['movement'];

export interface MovementRequest extends PlacementChoice {
  readonly fromCycleId: string;
  readonly toCycleId: string;
}

export const movementQueryOptions = ({ fromCycleId, toCycleId, ...choice }: MovementRequest) => {
  const placement = placementVariables(choice);
  return queryOptions({
    queryKey: ['movement', fromCycleId, toCycleId, placement],
    queryFn: ({ signal }): Promise<Movement> =>
      execute(MovementDocument, { fromCycleId, toCycleId, ...placement }, { signal }).then((data) => data.movement),
  });
};

/** How ICSs moved between adopter categories from one cycle to another, placed by the same method. */
export const useMovement = (request: MovementRequest | null) =>
  useQuery({
    ...movementQueryOptions(request ?? { fromCycleId: '', toCycleId: '', method: 'ROGERS_QUANTILES', naturalBreaksK: null }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
