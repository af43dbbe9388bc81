import { ForgotPasswordPage } from '../../features/account/components/ForgotPasswordPage';

export function Component() {
  return <ForgotPasswordPage />;
}
