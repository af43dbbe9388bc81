import { AccountPage } from '../../features/account/components/AccountPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return <RequireAccount>{() => <AccountPage />}</RequireAccount>;
}
