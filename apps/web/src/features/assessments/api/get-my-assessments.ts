import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

export const MyAssessmentsDocument = graphql(`
  query MyAssessments {
    myAssessments {
      id
      status
      canEdit
      recordedOnBehalfBy
      recordedOnBehalfSince
      cycle {
        id
        name
        closesOn
      }
      system {
        id
        name
      }
      progress {
        domainKey
        status
      }
    }
  }
`);

/** The assessments of the ICSs the signed-in person leads, newest cycle first. */
export const myAssessmentsQueryOptions = () =>
  queryOptions({
    queryKey: ['assessments'],
    queryFn: ({ signal }) => execute(MyAssessmentsDocument, undefined, { signal }).then((data) => data.myAssessments),
  });

export const useMyAssessments = () => useQuery(myAssessmentsQueryOptions());
