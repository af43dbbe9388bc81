import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { HomeQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const HomeDocument = graphql(`
  query Home {
    home {
      leads {
        systemId
        systemName
        openActionCount
        assessment {
          id
          status
          cycleName
          illustrative
          closesOn
          daysLeft
          canEdit
          criteriaAnswered
          criteriaTotal
          domainsLeft {
            domainKey
            number
            title
            answered
            total
          }
          returnReason
          returnedItems {
            criterionKey
            criterionStatement
            domainKey
            domainNumber
            domainTitle
            comment
            authorName
          }
          recordedOnBehalfBy
        }
        overdueActions {
          id
          action
          owner
          dueOn
          status
        }
        nextActions {
          id
          action
          owner
          dueOn
          status
        }
      }
      coach {
        reviewsWaiting {
          assessmentId
          systemName
          cycleName
          status
          daysWaiting
        }
        cohorts {
          cohortId
          cohortName
          memberCount
          cycleId
          cycleName
          closesOn
          statusCounts {
            status
            count
          }
        }
      }
      national {
        latestPublished {
          cycleId
          cycleName
          illustrative
          methodDescription
          assessed
          categoryCounts {
            category
            label
            count
          }
        }
        provisional {
          ...HomeCycleProgress
        }
      }
      admin {
        cohortsWithoutCoach {
          id
          name
        }
        systemsWithoutLead {
          id
          name
        }
        openCycles {
          ...HomeCycleProgress
        }
        closedUnpublished {
          ...HomeCycleProgress
        }
        reviewsWaiting
      }
    }
  }

  fragment HomeCycleProgress on HomeCycleProgress {
    cycleId
    cycleName
    illustrative
    opensOn
    closesOn
    daysLeft
    closedOn
    open
    closingSoon
    cohortName
    participating
    statusCounts {
      status
      count
    }
  }
`);

export type Home = HomeQuery['home'];
export type LeadHome = Home['leads'][number];
export type CoachHome = NonNullable<Home['coach']>;
export type NationalHome = NonNullable<Home['national']>;
export type AdminHome = NonNullable<Home['admin']>;

/** What the signed-in person needs to do now, a section per role; asked afresh whenever the home page opens. */
export const homeQueryOptions = () =>
  queryOptions({
    queryKey: ['home'],
    queryFn: ({ signal }) => execute(HomeDocument, undefined, { signal }).then((data) => data.home),
    staleTime: 0,
  });

export const useHome = () => useQuery(homeQueryOptions());
