import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import type { NotificationsQuery } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-client';

export const NotificationsDocument = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      items {
        id
        kind
        message
        assessmentId
        createdAt
        readAt
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export type NotificationItem = NotificationsQuery['notifications']['items'][number];

/** Everything about notifications is under this key: the list and the header's unread count refresh together. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** How many the page lists, newest first. */
export const NOTIFICATIONS_PAGE_SIZE = 50;

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: [...NOTIFICATIONS_KEY, 'list'],
    queryFn: ({ signal }) =>
      execute(NotificationsDocument, { first: NOTIFICATIONS_PAGE_SIZE }, { signal }).then((data) => data.notifications),
  });

export const useNotifications = () => useQuery(notificationsQueryOptions());

/** Marks these notifications read; the list and the header's count are fetched again. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: readonly string[]) => execute(MarkNotificationsReadDocument, { ids: [...ids] }).then((data) => data.markNotificationsRead),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
