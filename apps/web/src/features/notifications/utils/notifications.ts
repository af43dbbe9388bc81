import type { NotificationKind } from '@idt/domain';

/** What a reviewer is told about: they go to the review. */
const FOR_REVIEWERS: readonly NotificationKind[] = ['ASSESSMENT_SUBMITTED', 'COMMENT_FROM_ICS'];

/**
 * Where a notification leads: a submission, or the ICS's reply, to the review; anything else is about the ICS's own
 * assessment. Null when it is about no assessment.
 */
export function notificationHref(notification: { readonly kind: NotificationKind; readonly assessmentId?: string | null }): string | null {
  if (!notification.assessmentId) return null;
  return FOR_REVIEWERS.includes(notification.kind) ? `/reviews/${notification.assessmentId}` : `/assessments/${notification.assessmentId}`;
}

/** The ids of those not read yet. */
export const unreadIds = (items: readonly { readonly id: string; readonly readAt?: string | null }[]): string[] =>
  items.filter((item) => !item.readAt).map((item) => item.id);

/** "You have 2 unread notifications." */
export function unreadSummary(count: number): string {
  if (count === 0) return 'You have no unread notifications.';
  return count === 1 ? 'You have 1 unread notification.' : `You have ${count} unread notifications.`;
}
