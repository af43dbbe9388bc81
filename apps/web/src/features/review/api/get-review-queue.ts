import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { ReviewQueueQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const ReviewQueueDocument = graphql(`
  query ReviewQueue {
    reviewQueue {
      assessmentId
      systemName
      cycleName
      status
      submittedAt
      daysWaiting
      recordedOnBehalfByName
    }
  }
`);

export type ReviewQueueItem = ReviewQueueQuery['reviewQueue'][number];

/** Everything under this key is about reviews: invalidating it refreshes the queue and every assessment under review. */
export const REVIEWS_KEY = ['reviews'] as const;

/** Submitted and in-review assessments in the signed-in coach's cohorts (every cohort for admins), longest waiting first. */
export const reviewQueueQueryOptions = () =>
  queryOptions({
    queryKey: [...REVIEWS_KEY, 'queue'],
    queryFn: ({ signal }) => execute(ReviewQueueDocument, undefined, { signal }).then((data) => data.reviewQueue),
  });

export const useReviewQueue = () => useQuery(reviewQueueQueryOptions());
