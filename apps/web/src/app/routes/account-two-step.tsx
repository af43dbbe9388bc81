import { TwoStepPage } from '../../features/auth/components/TwoStepPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return <RequireAccount>{() => <TwoStepPage />}</RequireAccount>;
}
