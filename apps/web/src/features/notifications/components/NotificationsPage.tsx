import { Button, Tag } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { formErrorsFrom } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useMarkNotificationsRead, useNotifications, type NotificationItem } from '../api/get-notifications';
import { notificationHref, unreadIds, unreadSummary } from '../utils/notifications';
import './notifications.css';

/** The signed-in person's notifications, newest first: the unread ones marked "New", each leading to its assessment. */
export function NotificationsPage() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormErrors();

  const markAllRead = () => {
    if (markRead.isPending || !notifications.data) return;
    const ids = unreadIds(notifications.data.items);
    if (ids.length === 0) return;
    markRead.mutate(ids, {
      onSuccess: () => {
        form.clear();
        setNotice('All your notifications are marked as read.');
      },
      onError: (error) => form.show(formErrorsFrom(error, {})),
    });
  };
  // Opening one marks it read (in the background: the link goes on regardless).
  const opened = (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate([item.id]);
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Notifications</PageHeading>
      <SuccessNotice message={notice} />
      {notifications.isPending ? (
        <Loading what="your notifications" />
      ) : notifications.isError ? (
        <QueryError error={notifications.error} what="your notifications" onRetry={() => void notifications.refetch()} />
      ) : notifications.data.items.length === 0 ? (
        <p data-testid="notifications-empty">You have no notifications yet.</p>
      ) : (
        <>
          <p data-testid="unread-summary">{unreadSummary(notifications.data.unreadCount)}</p>
          {notifications.data.unreadCount > 0 ? (
            <Button type="button" secondary onClick={markAllRead}>
              Mark all as read
            </Button>
          ) : null}
          <ul className="nhsuk-list app-notifications" data-testid="notifications">
            {notifications.data.items.map((item) => {
              const href = notificationHref(item);
              return (
                <li key={item.id} className="app-notifications__item" data-testid="notification">
                  {!item.readAt ? (
                    <Tag modifier="blue" className="app-notifications__tag">
                      New
                    </Tag>
                  ) : null}
                  <p className="nhsuk-u-margin-bottom-1">
                    {href ? (
                      <Link to={href} onClick={() => opened(item)}>
                        {item.message}
                      </Link>
                    ) : (
                      item.message
                    )}
                  </p>
                  <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">{formatDateTime(item.createdAt)}</p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
