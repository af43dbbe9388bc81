import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SystemCrosswalkQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

/**
 * An ICS's results in the terms of the canvas's crosswalk (NHS England's five domains), per cycle. Asked apart from the
 * profile itself, so the profile's own answer stays a published answer the server keeps (ADR 0025).
 */
export const SystemCrosswalkDocument = graphql(`
  query SystemCrosswalk($systemId: ID!) {
    systemProfile(systemId: $systemId) {
      system {
        id
      }
      cycles {
        published
        cycle {
          id
          name
          illustrative
        }
        crosswalk {
          citation
          frameworkVersion
          mappedFromVersion
          mappingNote
          domains {
            key
            title
            score
            incomplete
            criteria
            scored
            basis
          }
        }
      }
    }
  }
`);

export type SystemCrosswalkData = SystemCrosswalkQuery;
export type CrosswalkCycle = SystemCrosswalkQuery['systemProfile']['cycles'][number];
export type Crosswalk = NonNullable<CrosswalkCycle['crosswalk']>;

export const systemCrosswalkQueryOptions = (systemId: string) =>
  queryOptions({
    queryKey: ['system-crosswalk', systemId],
    queryFn: ({ signal }): Promise<SystemCrosswalkData> => execute(SystemCrosswalkDocument, { systemId }, { signal }),
  });

export const useSystemCrosswalk = (systemId: string) => useQuery(systemCrosswalkQueryOptions(systemId));
