import { SignInPage } from '../../features/auth/components/SignInPage';

export function Component() {
  return <SignInPage />;
}
