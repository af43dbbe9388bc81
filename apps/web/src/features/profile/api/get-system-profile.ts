import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { SystemProfileQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const SystemProfileDocument = graphql(`
  query SystemProfile($systemId: ID!) {
    systemProfile(systemId: $systemId) {
      system {
        id
        name
        region {
          id
          name
        }
      }
      calibrationCycleName
      evidenceCycleName
      evidence {
        domainKey
        criteria
        withEvidence
        withLinks
        notAssessed
      }
      calibration {
        domainKey
        meanGap
        count
      }
      peerMatches {
        domainKey
        score
        matches {
          systemId
          name
          category
          score
        }
      }
      cycles {
        basis
        category
        published
        overallScore
        cycle {
          id
          name
          illustrative
          frameworkId
        }
        domainScores {
          domainKey
          score
          incomplete
        }
        progress {
          domainKey
          delta
        }
        comparedAcrossVersions {
          fromVersion
          toVersion
          summary
        }
        peers {
          group
          groupKey
          groupName
          figures {
            domainKey
            score
            withheld
            count
            lowerQuartile
            median
            upperQuartile
            percentileRank
          }
        }
      }
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

export type SystemProfileData = SystemProfileQuery;
export type SystemProfile = SystemProfileQuery['systemProfile'];
export type ProfileCycle = SystemProfile['cycles'][number];
export type PeerFigure = ProfileCycle['peers'][number]['figures'][number];

/** One ICS over time and against its peers, with the canvas versions' domain titles. */
export const systemProfileQueryOptions = (systemId: string) =>
  queryOptions({
    queryKey: ['system-profile', systemId],
    queryFn: ({ signal }): Promise<SystemProfileData> => execute(SystemProfileDocument, { systemId }, { signal }),
  });

export const useSystemProfile = (systemId: string) => useQuery(systemProfileQueryOptions(systemId));
