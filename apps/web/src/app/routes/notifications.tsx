import { NotificationsPage } from '../../features/notifications/components/NotificationsPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return <RequireAccount>{() => <NotificationsPage />}</RequireAccount>;
}
