import { CohortsPage } from '../../features/cohorts/components/CohortsPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return <RequireAccount>{(account) => <CohortsPage canManage={account.roles.includes('ADMIN')} />}</RequireAccount>;
}
