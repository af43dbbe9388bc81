import { SecondStepSignInPage } from '../../features/auth/components/SecondStepSignInPage';

export function Component() {
  return <SecondStepSignInPage />;
}
