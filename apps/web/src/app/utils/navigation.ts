import type { Role } from '@idt/domain';

export interface NavItem {
  readonly href: string;
  readonly label: string;
}

const SEES_ALL_COHORTS: readonly Role[] = ['ADMIN', 'NATIONAL'];
const SEES_OWN_COHORTS: readonly Role[] = ['COACH', 'ICS_LEAD'];
const REVIEWS: readonly Role[] = ['COACH', 'ADMIN'];

/** Whether someone with these roles reviews submitted assessments (the review queue and review pages). */
export const reviewsAllowed = (roles: readonly Role[]): boolean => roles.some((r) => REVIEWS.includes(r));

/**
 * Whether the header has to ask how many cohorts this person can see before it knows whether to offer "Cohorts":
 * admins and national viewers always see them all; coaches and ICS leads only those they are part of.
 */
export function needsCohortCount(roles: readonly Role[]): boolean {
  return !roles.some((r) => SEES_ALL_COHORTS.includes(r)) && roles.some((r) => SEES_OWN_COHORTS.includes(r));
}

/**
 * The primary navigation for someone with these roles (the service name in the header goes home): everyone gets the
 * list of ICSs; every role the landscape; ICS leads
 * their own assessment;
 * "Cohorts" goes to those who can see at least one (`visibleCohortCount` is null while that is not known yet);
 * "Reviews" to coaches and admins; "Cycles" and "Users" to admins.
 */
export function navigationFor(roles: readonly Role[], visibleCohortCount: number | null): NavItem[] {
  const items: NavItem[] = [{ href: '/systems', label: 'ICSs' }];
  // Every role may see the landscape (anyone signed in: named, unnamed or, until published, only their own ICSs).
  if (roles.length > 0) items.push({ href: '/landscape', label: 'Landscape' });
  if (roles.includes('ICS_LEAD')) items.push({ href: '/assessments', label: 'Your assessment' });
  const seesCohorts =
    roles.some((r) => SEES_ALL_COHORTS.includes(r)) ||
    (roles.some((r) => SEES_OWN_COHORTS.includes(r)) && (visibleCohortCount ?? 0) > 0);
  if (seesCohorts) items.push({ href: '/cohorts', label: 'Cohorts' });
  if (reviewsAllowed(roles)) items.push({ href: '/reviews', label: 'Reviews' });
  if (roles.includes('ADMIN')) items.push({ href: '/admin/cycles', label: 'Cycles' }, { href: '/admin/users', label: 'Users' });
  return items;
}

/** Whether a navigation link is the page being shown ("page"), the section it is in ("section"), or neither. */
export function currentState(href: string, pathname: string): 'page' | 'section' | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === href) return 'page';
  if (href !== '/' && path.startsWith(`${href}/`)) return 'section';
  return null;
}

/**
 * The header's link to the notifications (beside the account, for everyone signed in), with the unread count in its
 * text when there are any: "Notifications (2)". The count is null until known.
 */
export function notificationsLinkText(unreadCount: number | null | undefined): string {
  return unreadCount && unreadCount > 0 ? `Notifications (${unreadCount})` : 'Notifications';
}
