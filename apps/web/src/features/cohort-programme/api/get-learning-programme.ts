import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { LearningProgrammeDetailsFragment, LearningProgrammeQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

/** A cohort's learning programme as its page shows it: what the query and the save both return. */
export const LearningProgrammeDetailsFragmentDocument = graphql(`
  fragment LearningProgrammeDetails on LearningProgramme {
    cohortId
    cohortName
    cycle {
      id
      name
      frameworkId
      illustrative
    }
    systems {
      id
      name
    }
    proposal {
      groupSessions {
        domainKey
        meanScore
        scoredMembers
        systemIds
        coachingTopics
        recommendationIds
      }
      individualCoaching {
        systemId
        gaps {
          domainKey
          score
          coachingTopics
          recommendationIds
          peers {
            systemId
            category
            score
          }
        }
      }
      unscoredSystemIds
    }
    plan {
      groupSessions {
        domainKey
        title
        systemIds
        notes
      }
      individualCoaching {
        systemId
        topics
        recommendationIds
        peerSystemIds
        notes
      }
    }
    version
    updatedAt
    updatedByName
  }
`);

export const LearningProgrammeDocument = graphql(`
  query LearningProgramme($cohortId: ID!, $cycleId: ID!) {
    learningProgramme(cohortId: $cohortId, cycleId: $cycleId) {
      ...LearningProgrammeDetails
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

/** The default cycle (the latest its ICSs took part in) and the others, for the picker. */
export const CohortCyclesDocument = graphql(`
  query CohortCycles($cohortId: ID!) {
    cohortOverview(cohortId: $cohortId) {
      cohortName
      cycle {
        id
      }
      cycles {
        id
        name
      }
    }
  }
`);

export type LearningProgramme = LearningProgrammeDetailsFragment;
export type LearningProgrammeData = LearningProgrammeQuery;

export const learningProgrammeQueryOptions = (cohortId: string, cycleId: string) =>
  queryOptions({
    queryKey: ['cohorts', cohortId, 'learning-programme', cycleId],
    queryFn: ({ signal }): Promise<LearningProgrammeData> => execute(LearningProgrammeDocument, { cohortId, cycleId }, { signal }),
  });

export const useLearningProgramme = (cohortId: string, cycleId: string | null) =>
  useQuery({ ...learningProgrammeQueryOptions(cohortId, cycleId ?? ''), enabled: cycleId !== null });

export const useCohortCycles = (cohortId: string) =>
  useQuery({
    queryKey: ['cohorts', cohortId, 'cycles'],
    queryFn: ({ signal }) => execute(CohortCyclesDocument, { cohortId }, { signal }).then((data) => data.cohortOverview),
  });
