import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../gql';
import { execute } from '../../../lib/graphql-client';

/** The header's question: only the count, so it is cheap to ask on every page and whenever the window regains focus. */
export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    notifications(first: 1) {
      unreadCount
    }
  }
`);

/**
 * How many of the signed-in person's notifications are unread, for the header. Under the notifications key, so that
 * marking some read (or any change that invalidates it) refreshes it; and asked again when the window regains focus.
 */
export function useUnreadNotificationCount({ enabled }: { enabled: boolean }) {
  return useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: ({ signal }) => execute(UnreadNotificationCountDocument, undefined, { signal }).then((data) => data.notifications.unreadCount),
    enabled,
    staleTime: 30_000,
    refetchOnWindowFocus: true,
  });
}
