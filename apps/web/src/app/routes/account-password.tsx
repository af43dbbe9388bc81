import { ChangePasswordPage } from '../../features/account/components/ChangePasswordPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return <RequireAccount>{() => <ChangePasswordPage />}</RequireAccount>;
}
