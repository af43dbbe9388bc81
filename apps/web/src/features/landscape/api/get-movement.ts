import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { MovementQuery, PlacementMethod } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const MovementDocument = graphql(`
  query Movement($fromCycleId: ID!, $toCycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int) {
    movement(fromCycleId: $fromCycleId, toCycleId: $toCycleId, method: $method, naturalBreaksK: $naturalBreaksK) {
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
    }
  }
`);

export type Movement = MovementQuery['movement'];

export interface MovementRequest {
  readonly fromCycleId: string;
  readonly toCycleId: string;
  readonly method: PlacementMethod;
  readonly naturalBreaksK: number | null;
}

export const movementQueryOptions = ({ fromCycleId, toCycleId, method, naturalBreaksK }: MovementRequest) => {
  const k = method === 'NATURAL_BREAKS' ? naturalBreaksK : null;
  return queryOptions({
    queryKey: ['movement', fromCycleId, toCycleId, method, k],
    queryFn: ({ signal }): Promise<Movement> =>
      execute(MovementDocument, { fromCycleId, toCycleId, method, naturalBreaksK: k }, { signal }).then((data) => data.movement),
  });
};

/** How ICSs moved between adopter categories from one cycle to another, placed by the same method. */
export const useMovement = (request: MovementRequest | null) =>
  useQuery({
    ...movementQueryOptions(request ?? { fromCycleId: '', toCycleId: '', method: 'ROGERS_QUANTILES', naturalBreaksK: null }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
