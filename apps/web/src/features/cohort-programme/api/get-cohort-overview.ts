import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { CohortOverviewQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const CohortOverviewDocument = graphql(`
  query CohortOverview($cohortId: ID!, $cycleId: ID) {
    cohortOverview(cohortId: $cohortId, cycleId: $cycleId) {
      cohortId
      cohortName
      cycle {
        id
        name
        illustrative
      }
      cycles {
        id
        name
      }
      previousCycle {
        id
        name
      }
      domains {
        key
        number
        title
      }
      members {
        systemId
        systemName
        assessmentId
        status
        version
        submittedAt
        recordedOnBehalfBy
        recordedOnBehalfSince
        canRecordOnBehalf
        canRead
        overallScore
        basis
        category
        domainScores {
          domainKey
          score
          incomplete
        }
        calibration {
          meanGapPoints
          count
        }
        previousOverallScore
      }
    }
  }
`);

export type CohortOverview = CohortOverviewQuery['cohortOverview'];
export type CohortMember = CohortOverview['members'][number];

/** Under the cohort's key (`['cohorts', id]`), so that anything that refreshes the cohort refreshes this too. */
export const cohortOverviewQueryOptions = (cohortId: string, cycleId: string | null) =>
  queryOptions({
    queryKey: ['cohorts', cohortId, 'overview', cycleId ?? 'latest'],
    queryFn: ({ signal }): Promise<CohortOverview> =>
      execute(CohortOverviewDocument, { cohortId, cycleId }, { signal }).then((data) => data.cohortOverview),
  });

/** A cohort in one cycle (the latest when `cycleId` is null); another cycle's figures replace it when they arrive. */
export const useCohortOverview = (cohortId: string, cycleId: string | null) =>
  useQuery({ ...cohortOverviewQueryOptions(cohortId, cycleId), placeholderData: keepPreviousData });
