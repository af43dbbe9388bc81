import type { NotificationKind } from '@idt/domain';

/**
 * Where a notification leads: a submission waits for review, so the reviewer goes to the review; anything else is
 * about the ICS's own assessment. Null when it is about no assessment.
 */
export function notificationHref(notification: { readonly kind: NotificationKind; readonly assessmentId?: string | null }): string | null {
  if (!notification.assessmentId) return null;
  return notification.kind === 'ASSESSMENT_SUBMITTED' ? `/reviews/${notification.assessmentId}` : `/assessments/${notification.assessmentId}`;
}

/** The ids of those not read yet. */
export const unreadIds = (items: readonly { readonly id: string; readonly readAt?: string | null }[]): string[] =>
  items.filter((item) => !item.readAt).map((item) => item.id);

/** "You have 2 unread notifications." */
export function unreadSummary(count: number): string {
  if (count === 0) return 'You have no unread notifications.';
  return count === 1 ? 'You have 1 unread notification.' : `You have ${count} unread notifications.`;
}
